/**
 * Reader side of LogicalTypes.md: one page's dense (non-null) physical values
 * of a leaf column, as decoded by src/encoding (shapes in encoding/types.ts),
 * turned into JS values. Defaults are lossless; the options choose
 * convenient forms that may lose precision. One column always gives one JS
 * type (it depends on the schema and the options, never on the values).
 */
import { ParquetError } from '../errors.js'
import type { ByteArrayColumn, FixedLenColumn } from '../encoding/types.js'
import { decodeUtf8 } from '../encoding/utf8.js'
import type { SchemaNode } from '../metadata/schema.js'
import { type ColumnKind, columnKind, columnName } from './column-kind.js'
import { beToBigInt, beToNumber, decimalToNumber, formatDecimal } from './decimal.js'
import { float16ToNumber } from './float16.js'
import { MS_PER_DAY, int96ToMillis, int96ToNanos, millisToDate, readUint32LE, unitsToMillis } from './temporal.js'
import { formatUuid } from './uuid.js'

/** How physical values map to JS values. Every field is optional; the defaults never lose information. */
export interface ValueOptions {
  /**
   * INT64 and INT(64) columns, UINT_64, and TIME(MICROS|NANOS).
   * - `'bigint'` (default): exact.
   * - `'number'`: a number; a value outside ±(2^53 - 1), which a number
   *   cannot hold exactly, throws ParquetError TYPE_INVALID instead of
   *   silently changing.
   */
  int64?: 'bigint' | 'number'
  /**
   * TIMESTAMP and INT96 columns.
   * - `'auto'` (default, exact): TIMESTAMP(MILLIS) gives a Date;
   *   TIMESTAMP(MICROS|NANOS) a bigint count of that unit since the epoch;
   *   INT96 a bigint of nanoseconds since the epoch.
   * - `'date'`: a Date for every unit, rounded down to the millisecond;
   *   an Invalid Date outside the Date range (±8.64e15 ms).
   * - `'bigint'`: a bigint count of the column's unit since the epoch
   *   (nanoseconds for INT96, which may exceed 64 bits).
   * Timestamps with isAdjustedToUTC = false are local times: the Date's UTC
   * fields (getUTCHours() ...) are the wall-clock fields.
   */
  timestamps?: 'auto' | 'date' | 'bigint'
  /**
   * DATE columns. `'date'` (default): a Date at UTC midnight (an Invalid Date
   * beyond ±100,000,000 days). `'number'`: days since 1970-01-01 (exact).
   */
  dates?: 'date' | 'number'
  /**
   * DECIMAL columns.
   * - `'auto'` (default): a number when every value of the column fits 15
   *   significant digits (INT32, or precision 1..15), else `'string'`. The
   *   number is the double nearest the decimal, and `n.toFixed(scale)` gives
   *   back its exact text.
   * - `'string'`: exact text, with exactly `scale` fraction digits ("-0.05", "1.00").
   * - `'bigint'`: the unscaled integer (value = unscaled × 10^-scale).
   * - `'number'`: always a number (the nearest double; lossy above 15 digits).
   */
  decimals?: 'auto' | 'string' | 'bigint' | 'number'
  /** Unannotated BYTE_ARRAY / FIXED_LEN_BYTE_ARRAY as UTF-8 text instead of bytes. Default false. */
  binaryAsString?: boolean
}

/** One page's dense values in a physical shape of encoding/types.ts. */
export type PhysicalValues =
  | Uint8Array // BOOLEAN (0/1)
  | Int32Array
  | BigInt64Array
  | Float32Array
  | Float64Array
  | FixedLenColumn // INT96, FIXED_LEN_BYTE_ARRAY
  | ByteArrayColumn // BYTE_ARRAY
  | readonly string[] // BYTE_ARRAY already decoded as UTF-8

/** An interval (LogicalTypes.md "INTERVAL"): three independent unsigned counts. */
export interface Interval {
  months: number
  days: number
  milliseconds: number
}

/**
 * True when the column's BYTE_ARRAY values are read as text (STRING, ENUM,
 * JSON, or unannotated with `binaryAsString`), so the page decoder may decode
 * them straight to `string[]`. False for every other physical type.
 */
export function isStringColumn(node: SchemaNode, options: ValueOptions = {}): boolean {
  if (node.physicalType !== 'BYTE_ARRAY') return false
  const k = columnKind(node).kind
  return k === 'TEXT' || (k === 'BINARY' && options.binaryAsString === true)
}

/**
 * The first `count` values of `values` as JS values. Typed arrays come back
 * as they are (or a view) when their elements already are the JS values:
 * INT32 → Int32Array, INT(32,false) → Uint32Array, INT64 → BigInt64Array,
 * UINT_64 → BigUint64Array, FLOAT → Float32Array, DOUBLE → Float64Array;
 * int64 'number' and FLOAT16 give a Float64Array; text gives `string[]`;
 * everything else a plain array.
 */
export function toJsValues(values: PhysicalValues, count: number, node: SchemaNode, options: ValueOptions = {}): ArrayLike<unknown> {
  const kind = columnKind(node)
  if (!Number.isInteger(count) || count < 0) throw argument(node, `a value count >= 0, found ${count}`)
  switch (kind.kind) {
    case 'BOOLEAN': return booleans(typed(values, Uint8Array, count, node, 'Uint8Array'), count)
    case 'INT32': return typed(values, Int32Array, count, node, 'Int32Array')
    case 'UINT32': {
      const v = typed(values, Int32Array, count, node, 'Int32Array')
      return new Uint32Array(v.buffer, v.byteOffset, count)
    }
    case 'INT64': return int64s(typed(values, BigInt64Array, count, node, 'BigInt64Array'), node, options)
    case 'UINT64': {
      const v = typed(values, BigInt64Array, count, node, 'BigInt64Array')
      const u = new BigUint64Array(v.buffer, v.byteOffset, count)
      return options.int64 === 'number' ? safeNumbers(u, node) : u
    }
    case 'FLOAT': return typed(values, Float32Array, count, node, 'Float32Array')
    case 'DOUBLE': return typed(values, Float64Array, count, node, 'Float64Array')
    case 'FLOAT16': return float16s(fixed(values, 2, count, node), count)
    case 'DECIMAL': return decimals(values, count, node, kind, options)
    case 'DATE': return dates(typed(values, Int32Array, count, node, 'Int32Array'), options)
    case 'TIME':
      if (kind.unit === 'MILLIS') return typed(values, Int32Array, count, node, 'Int32Array')
      return int64s(typed(values, BigInt64Array, count, node, 'BigInt64Array'), node, options)
    case 'TIMESTAMP': return timestamps(typed(values, BigInt64Array, count, node, 'BigInt64Array'), kind.unit, options)
    case 'INT96': return int96s(fixed(values, 12, count, node), count, options)
    case 'TEXT': return strings(values, count, node)
    case 'BINARY': return options.binaryAsString ? strings(values, count, node) : byteViews(values, count, node)
    case 'BYTES': return byteViews(values, count, node)
    case 'UUID': return uuids(fixed(values, 16, count, node), count)
    case 'INTERVAL': return intervals(fixed(values, 12, count, node), count)
    case 'NULL': return new Array<null>(count).fill(null)
  }
}

/** A single physical value (as decoded from statistics or given to a filter), or the same forms for one value. */
export type PhysicalValue = boolean | number | bigint | string | Uint8Array

/**
 * One physical value as its JS value, by the same mapping as
 * {@link toJsValues}. Accepts INT32 as a number (signed or already unsigned),
 * INT64 as a bigint, FLOAT16 as its 2 bytes or an already converted number,
 * byte types as a Uint8Array (or text as a string).
 */
export function toJsValue(value: PhysicalValue, node: SchemaNode, options: ValueOptions = {}): unknown {
  if (typeof value === 'number' && node.physicalType === 'FIXED_LEN_BYTE_ARRAY' && columnKind(node).kind === 'FLOAT16') return value
  return toJsValues(singleValue(value, node), 1, node, options)[0]
}

function singleValue(value: PhysicalValue, node: SchemaNode): PhysicalValues {
  const p = node.physicalType
  const found = describe(value)
  switch (p) {
    case 'BOOLEAN':
      if (typeof value === 'boolean' || value === 0 || value === 1) return Uint8Array.of(value ? 1 : 0)
      break
    case 'INT32':
      if (typeof value === 'bigint') return Int32Array.of(Number(BigInt.asIntN(32, value)))
      if (typeof value === 'number' && Number.isInteger(value)) return Int32Array.of(value)
      break
    case 'INT64':
      if (typeof value === 'bigint') return BigInt64Array.of(BigInt.asIntN(64, value))
      if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt64Array.of(BigInt(value))
      break
    case 'FLOAT':
      if (typeof value === 'number') return Float32Array.of(value)
      break
    case 'DOUBLE':
      if (typeof value === 'number') return Float64Array.of(value)
      break
    case 'INT96': case 'FIXED_LEN_BYTE_ARRAY':
      if (value instanceof Uint8Array) return { width: value.length, bytes: value }
      if (typeof value === 'string' && p === 'FIXED_LEN_BYTE_ARRAY') return [value]
      break
    case 'BYTE_ARRAY':
      if (value instanceof Uint8Array) return { offsets: Uint32Array.of(0, value.length), bytes: value }
      if (typeof value === 'string') return [value]
      break
  }
  throw new ParquetError('TYPE_INVALID', `expected a ${p} value, found ${found}`, { column: columnName(node) })
}

/** Short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value instanceof Uint8Array) return `${value.constructor.name}(${value.length})`
  if (value instanceof Date) return `Date ${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()}`
  switch (typeof value) {
    case 'string': return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
    case 'bigint': return `bigint ${value}n`
    case 'number': case 'boolean': return `${typeof value} ${value}`
    case 'undefined': return 'undefined'
    default: return Array.isArray(value) ? 'an array' : typeof value
  }
}

function argument(node: SchemaNode, expected: string): ParquetError {
  return new ParquetError('ARGUMENT_INVALID', `expected ${expected}`, { column: columnName(node) })
}

type TypedCtor<T> = { new (...args: never[]): T }

function typed<T extends Uint8Array | Int32Array | BigInt64Array | Float32Array | Float64Array>(
  values: PhysicalValues, ctor: TypedCtor<T>, count: number, node: SchemaNode, name: string,
): T {
  if (!(values instanceof ctor)) throw argument(node, `${name} values for ${node.physicalType}, found ${values.constructor.name}`)
  if (values.length < count) throw argument(node, `${count} values, found ${values.length}`)
  return (values.length === count ? values : values.subarray(0, count)) as T
}

function fixed(values: PhysicalValues, width: number, count: number, node: SchemaNode): Uint8Array {
  const col = values as FixedLenColumn
  if (typeof col.width !== 'number' || !(col.bytes instanceof Uint8Array)) {
    throw argument(node, `a FixedLenColumn for ${node.physicalType}, found ${values.constructor.name}`)
  }
  if (col.width !== width) throw argument(node, `values of ${width} bytes, found ${col.width}`)
  if (col.bytes.length < count * width) throw argument(node, `${count} values of ${width} bytes, found ${col.bytes.length} bytes`)
  return col.bytes
}

function booleans(v: Uint8Array, count: number): boolean[] {
  const out = new Array<boolean>(count)
  for (let i = 0; i < count; i++) out[i] = v[i] !== 0
  return out
}

function int64s(v: BigInt64Array, node: SchemaNode, options: ValueOptions): ArrayLike<unknown> {
  return options.int64 === 'number' ? safeNumbers(v, node) : v
}

function safeNumbers(v: BigInt64Array | BigUint64Array, node: SchemaNode): Float64Array {
  const out = new Float64Array(v.length)
  for (let i = 0; i < v.length; i++) {
    const n = Number(v[i]!)
    // Rounding is monotonic and 2^53 is a double, so a safe result is the exact value.
    if (!Number.isSafeInteger(n)) {
      throw new ParquetError('TYPE_INVALID', `expected an integer within ±(2^53 - 1) for int64: 'number', found ${v[i]}; read with int64: 'bigint'`, {
        column: columnName(node),
        index: i,
      })
    }
    out[i] = n
  }
  return out
}

function float16s(bytes: Uint8Array, count: number): Float64Array {
  const out = new Float64Array(count)
  for (let i = 0; i < count; i++) out[i] = float16ToNumber(bytes[2 * i]! | (bytes[2 * i + 1]! << 8))
  return out
}

function dates(v: Int32Array, options: ValueOptions): ArrayLike<unknown> {
  if (options.dates === 'number') return v
  const n = v.length
  const out = new Array<Date>(n)
  // Days fit an int32, so days * MS_PER_DAY is exact; the Date constructor's
  // TimeClip gives an Invalid Date beyond ±8.64e15 ms, as millisToDate does.
  for (let i = 0; i < n; i++) out[i] = new Date(v[i]! * MS_PER_DAY)
  return out
}

function timestamps(v: BigInt64Array, unit: 'MILLIS' | 'MICROS' | 'NANOS', options: ValueOptions): ArrayLike<unknown> {
  const mode = options.timestamps ?? 'auto'
  if (mode === 'bigint' || (mode === 'auto' && unit !== 'MILLIS')) return v
  const out = new Array<Date>(v.length)
  for (let i = 0; i < v.length; i++) out[i] = millisToDate(unitsToMillis(v[i]!, unit))
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

function strings(values: PhysicalValues, count: number, node: SchemaNode): readonly string[] {
  if (Array.isArray(values)) {
    if (values.length < count) throw argument(node, `${count} values, found ${values.length}`)
    return values.length === count ? values : values.slice(0, count)
  }
  const out = new Array<string>(count)
  if (node.physicalType === 'FIXED_LEN_BYTE_ARRAY') {
    const w = node.typeLength ?? 0
    const bytes = fixed(values, w, count, node)
    for (let i = 0; i < count; i++) out[i] = decodeUtf8(bytes, i * w, (i + 1) * w)
    return out
  }
  const { offsets, bytes } = byteArray(values, count, node)
  for (let i = 0; i < count; i++) out[i] = decodeUtf8(bytes, offsets[i]!, offsets[i + 1]!)
  return out
}

function byteArray(values: PhysicalValues, count: number, node: SchemaNode): ByteArrayColumn {
  const col = values as ByteArrayColumn
  if (!(col.offsets instanceof Uint32Array) || !(col.bytes instanceof Uint8Array)) {
    throw argument(node, `a ByteArrayColumn for BYTE_ARRAY, found ${values.constructor.name}`)
  }
  if (col.offsets.length < count + 1) throw argument(node, `${count} values, found ${col.offsets.length - 1}`)
  return col
}

function byteViews(values: PhysicalValues, count: number, node: SchemaNode): Uint8Array[] {
  const out = new Array<Uint8Array>(count)
  if (node.physicalType === 'FIXED_LEN_BYTE_ARRAY') {
    const w = node.typeLength ?? 0
    const bytes = fixed(values, w, count, node)
    for (let i = 0; i < count; i++) out[i] = bytes.subarray(i * w, (i + 1) * w)
    return out
  }
  const { offsets, bytes } = byteArray(values, count, node)
  for (let i = 0; i < count; i++) out[i] = bytes.subarray(offsets[i]!, offsets[i + 1]!)
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
        ? typed(values, Int32Array, count, node, 'Int32Array')
        : typed(values, BigInt64Array, count, node, 'BigInt64Array')
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
