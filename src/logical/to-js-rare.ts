/**
 * Reader side of LogicalTypes.md for the rarely met types, loaded with
 * import() by js-values.ts the first time a column needs them: DECIMAL (in
 * the forms of ValueOptions.decimals), FLOAT16, INT96 timestamps, UUID and
 * INTERVAL.
 */
import type { SchemaNode } from '../metadata/schema.js'
import type { ColumnKind } from './column-kind.js'
import { beToBigInt } from './be-bigint.js'
import { beToNumber, decimalToNumber, formatDecimal } from './decimal.js'
import { float16ToNumber } from './float16.js'
import { byteArray, fixed, type Interval, type PhysicalValues, type RareKind, typed, type ValueOptions } from './js-values.js'
import { int96ToMillis, int96ToNanos, readUint32LE } from './int96-read.js'
import { millisToDate } from './temporal-read.js'
import { formatUuid } from './uuid.js'

/** The values of a column of a rare kind as JS values (count already checked). */
export function rareJsValues(values: PhysicalValues, count: number, node: SchemaNode, kind: RareKind, options: ValueOptions): ArrayLike<unknown> {
  switch (kind.kind) {
    case 'FLOAT16': return float16s(fixed(values, 2, count, node), count)
    case 'DECIMAL': return decimals(values, count, node, kind, options)
    case 'INT96': return int96s(fixed(values, 12, count, node), count, options)
    case 'UUID': return uuids(fixed(values, 16, count, node), count)
    case 'INTERVAL': return intervals(fixed(values, 12, count, node), count)
  }
}

function float16s(bytes: Uint8Array, count: number): Float64Array {
  const out = new Float64Array(count)
  for (let i = 0; i < count; i++) out[i] = float16ToNumber(bytes[2 * i]! | (bytes[2 * i + 1]! << 8))
  return out
}

function int96s(bytes: Uint8Array, count: number, options: ValueOptions): ArrayLike<unknown> {
  if (options.timestamps === 'date') {
    const out = new Array<Date>(count)
    for (let i = 0; i < count; i++) out[i] = millisToDate(int96ToMillis(bytes, 12 * i))
    return out
  }
  const out = new Array<bigint>(count)
  for (let i = 0; i < count; i++) out[i] = int96ToNanos(bytes, 12 * i)
  return out
}

function uuids(bytes: Uint8Array, count: number): string[] {
  const out = new Array<string>(count)
  for (let i = 0; i < count; i++) out[i] = formatUuid(bytes, 16 * i)
  return out
}

function intervals(bytes: Uint8Array, count: number): Interval[] {
  const out = new Array<Interval>(count)
  for (let i = 0; i < count; i++) {
    const p = 12 * i
    out[i] = { months: readUint32LE(bytes, p), days: readUint32LE(bytes, p + 4), milliseconds: readUint32LE(bytes, p + 8) }
  }
  return out
}

type DecimalKind = ColumnKind & { kind: 'DECIMAL' }

/** DECIMAL values in the form `options.decimals` asks for (see {@link ValueOptions}). */
function decimals(values: PhysicalValues, count: number, node: SchemaNode, kind: DecimalKind, options: ValueOptions): unknown[] {
  let mode = options.decimals ?? 'auto'
  if (mode === 'auto') mode = kind.physical === 'INT32' || (kind.precision >= 1 && kind.precision <= 15) ? 'number' : 'string'
  const out = new Array<unknown>(count)
  const { scale } = kind
  if (kind.physical === 'INT32' || kind.physical === 'INT64') {
    const v: Int32Array | BigInt64Array =
      kind.physical === 'INT32'
        ? typed(values, Int32Array, count, node)
        : typed(values, BigInt64Array, count, node)
    for (let i = 0; i < count; i++) out[i] = decimalForm(v[i]!, scale, mode)
    return out
  }
  if (kind.physical === 'FIXED_LEN_BYTE_ARRAY') {
    const w = kind.width
    const bytes = fixed(values, w, count, node)
    for (let i = 0; i < count; i++) out[i] = decimalBytes(bytes, i * w, (i + 1) * w, scale, mode)
    return out
  }
  const { offsets, bytes } = byteArray(values, count, node)
  for (let i = 0; i < count; i++) out[i] = decimalBytes(bytes, offsets[i]!, offsets[i + 1]!, scale, mode)
  return out
}

function decimalBytes(bytes: Uint8Array, start: number, end: number, scale: number, mode: string): unknown {
  if (mode === 'bigint') return beToBigInt(bytes, start, end)
  return decimalForm(beToNumber(bytes, start, end) ?? beToBigInt(bytes, start, end), scale, mode)
}

function decimalForm(unscaled: number | bigint, scale: number, mode: string): unknown {
  if (mode === 'number') return decimalToNumber(unscaled, scale)
  if (mode === 'string') return formatDecimal(unscaled, scale)
  return typeof unscaled === 'bigint' ? unscaled : BigInt(unscaled)
}
