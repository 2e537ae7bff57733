/**
 * Writer side of LogicalTypes.md: JS values to the physical values of a leaf
 * column, in the shapes the encoders of src/encoding take (encoding/types.ts).
 * Accepts the lossless forms the reader gives by default and the convenient
 * ones (see to-js.ts): a Date or a bigint for a timestamp, a number, a string
 * or a bigint (unscaled) for a decimal, and so on. A value that does not fit
 * (wrong JS type, out of range, too many digits) is a ParquetError
 * TYPE_INVALID naming the column, what was expected and what was found.
 */
import { ParquetError } from '../errors.js'
import type { ByteArrayColumn, FixedLenColumn } from '../encoding/types.js'
import { encodeUtf8 } from '../encoding/utf8.js'
import { logicalTypeToString } from '../metadata/logical-type-text.js'
import type { SchemaNode } from '../metadata/schema.js'
import { type ColumnKind, MAX_DECIMAL_DIGITS, columnKind, columnName } from './column-kind.js'
import { minimalByteLength, parseDecimal, writeBigIntBE } from './decimal-write.js'
import { numberToFloat16 } from './float16.js'
import { MS_PER_DAY, unitsPerDay, unitsPerMilli } from './temporal.js'
import { nanosToInt96, writeUint32LE } from './temporal-write.js'
import { describe } from './describe.js'
import type { PhysicalValue, PhysicalValues } from './to-js.js'
import { parseUuid } from './uuid.js'

const INT64_MIN = -(2n ** 63n)
const INT64_MAX = 2n ** 63n - 1n

/** What one column needs per value, worked out once. */
interface Plan {
  kind: ColumnKind
  node: SchemaNode
  /** Text for messages, e.g. `INT32 DATE`. */
  type: string
  /** DECIMAL: exclusive bound on |unscaled| (10^precision). */
  decimalLimit: bigint
}

function makePlan(node: SchemaNode): Plan {
  const kind = columnKind(node)
  const logical = node.logicalType ? ` ${logicalTypeToString(node.logicalType)}` : ''
  const width = node.physicalType === 'FIXED_LEN_BYTE_ARRAY' ? `(${node.typeLength})` : ''
  const plan: Plan = { kind, node, type: `${node.physicalType}${width}${logical}`, decimalLimit: 0n }
  if (kind.kind === 'DECIMAL') {
    if (kind.precision < 1) {
      throw new ParquetError('SCHEMA_INVALID', `expected a DECIMAL precision >= 1 to write, found ${kind.precision}`, { column: columnName(node) })
    }
    plan.decimalLimit = 10n ** BigInt(kind.precision)
  }
  return plan
}

function invalid(plan: Plan, expected: string, value: unknown, index: number): ParquetError {
  return new ParquetError('TYPE_INVALID', `expected ${expected} for ${plan.type}, found ${describe(value)}`, {
    column: columnName(plan.node),
    index,
  })
}

/**
 * The physical values for `values` (dense: no null or undefined) of the leaf
 * `node`: BOOLEAN → Uint8Array 0/1, INT32 → Int32Array, INT64 →
 * BigInt64Array, FLOAT → Float32Array, DOUBLE → Float64Array, INT96 and
 * FIXED_LEN_BYTE_ARRAY → FixedLenColumn, BYTE_ARRAY → `string[]` when every
 * value of a text column is a string, else a ByteArrayColumn.
 */
export function fromJsValues(values: ArrayLike<unknown>, node: SchemaNode): PhysicalValues {
  const plan = makePlan(node)
  const n = values.length
  if (plan.kind.kind === 'NULL' && n > 0) throw invalid(plan, 'null (an UNKNOWN column holds only nulls)', values[0], 0)
  switch (node.physicalType) {
    case 'BOOLEAN': {
      const out = new Uint8Array(n)
      for (let i = 0; i < n; i++) out[i] = toBoolean(plan, values[i], i)
      return out
    }
    case 'INT32': {
      const out = new Int32Array(n)
      for (let i = 0; i < n; i++) out[i] = toInt32(plan, values[i], i)
      return out
    }
    case 'INT64': {
      const out = new BigInt64Array(n)
      const k = plan.kind
      if (k.kind === 'TIMESTAMP') return timestamps(plan, k.unit, values, out)
      for (let i = 0; i < n; i++) out[i] = toInt64(plan, values[i], i)
      return out
    }
    case 'FLOAT': return floats(plan, values, new Float32Array(n))
    case 'DOUBLE': return floats(plan, values, new Float64Array(n))
    case 'INT96': case 'FIXED_LEN_BYTE_ARRAY': {
      const width = node.physicalType === 'INT96' ? 12 : node.typeLength ?? 0
      const out: FixedLenColumn = { width, bytes: new Uint8Array(n * width) }
      for (let i = 0; i < n; i++) writeFixed(plan, values[i], i, out.bytes, i * width, width)
      return out
    }
    default:
      return byteArrays(plan, values)
  }
}

/**
 * One JS value as its physical value: BOOLEAN → boolean, INT32 → number,
 * INT64 → bigint, FLOAT/DOUBLE → number, INT96/FIXED_LEN_BYTE_ARRAY →
 * Uint8Array, BYTE_ARRAY → string (text) or Uint8Array.
 */
export function fromJsValue(value: unknown, node: SchemaNode): PhysicalValue {
  const out = fromJsValues([value], node)
  if (Array.isArray(out)) return out[0] as string
  if ('width' in out) return out.bytes
  if ('offsets' in out) return out.bytes.subarray(out.offsets[0], out.offsets[1])
  if (out instanceof Uint8Array) return out[0] === 1
  return out[0]!
}

function toBoolean(plan: Plan, v: unknown, i: number): number {
  if (typeof v !== 'boolean') throw invalid(plan, 'a boolean', v, i)
  return v ? 1 : 0
}

/** An integer in [min, max] from a number or a bigint, as a number. */
function integer(plan: Plan, v: unknown, i: number, min: number, max: number, what: string): number {
  const n = typeof v === 'bigint' ? (v >= BigInt(min) && v <= BigInt(max) ? Number(v) : Number.NaN) : v
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) throw invalid(plan, what, v, i)
  return n
}

function toInt32(plan: Plan, v: unknown, i: number): number {
  const k = plan.kind
  switch (k.kind) {
    case 'UINT32': {
      const max = 2 ** k.bitWidth - 1
      return integer(plan, v, i, 0, max, `an integer in [0, ${max}]`) | 0
    }
    case 'DATE': return toDays(plan, v, i)
    case 'TIME': return integer(plan, v, i, 0, MS_PER_DAY, `milliseconds of the day in [0, ${MS_PER_DAY}]`)
    case 'DECIMAL': return Number(toUnscaled(plan, k, v, i))
    default: {
      const bits = plan.node.logicalType?.type === 'INTEGER' ? plan.node.logicalType.bitWidth : 32
      const min = -(2 ** (bits - 1))
      return integer(plan, v, i, min, -min - 1, `an integer in [${min}, ${-min - 1}]`)
    }
  }
}

function toDays(plan: Plan, v: unknown, i: number): number {
  if (v instanceof Date) {
    const ms = v.getTime()
    if (!Number.isNaN(ms) && ms % MS_PER_DAY === 0) return ms / MS_PER_DAY
    throw invalid(plan, 'a Date at UTC midnight', v, i)
  }
  return integer(plan, v, i, -(2 ** 31), 2 ** 31 - 1, 'a Date at UTC midnight or an integer number of days')
}

/** A bigint in [min, max] from a bigint or a safe-integer number. */
function bigInteger(plan: Plan, v: unknown, i: number, min: bigint, max: bigint, what: string): bigint {
  const b = typeof v === 'bigint' ? v : typeof v === 'number' && Number.isSafeInteger(v) ? BigInt(v) : undefined
  if (b === undefined || b < min || b > max) throw invalid(plan, what, v, i)
  return b
}

function toInt64(plan: Plan, v: unknown, i: number): bigint {
  const k = plan.kind
  switch (k.kind) {
    case 'UINT64':
      return BigInt.asIntN(64, bigInteger(plan, v, i, 0n, 2n ** 64n - 1n, 'an integer in [0, 2^64 - 1] (bigint or safe number)'))
    case 'TIME': {
      const max = unitsPerDay(k.unit)
      return bigInteger(plan, v, i, 0n, max, `${k.unit.toLowerCase()} of the day in [0, ${max}] (bigint or safe number)`)
    }
    case 'TIMESTAMP': return toTimestamp(plan, k.unit, v, i)
    case 'DECIMAL': return toUnscaled(plan, k, v, i)
    default: return bigInteger(plan, v, i, INT64_MIN, INT64_MAX, 'a 64-bit integer (bigint or safe number)')
  }
}

/**
 * TIMESTAMP values: a Date whose count of units is a safe integer is written
 * as two 32-bit words on a little-endian host (no BigInt per value);
 * anything else goes through toTimestamp.
 */
function timestamps(plan: Plan, unit: 'MILLIS' | 'MICROS' | 'NANOS', values: ArrayLike<unknown>, out: BigInt64Array): BigInt64Array {
  const words = new Int32Array(out.buffer, out.byteOffset, out.length * 2)
  const scale = unitsPerMilli(unit)
  const littleEndian = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1
  for (let i = 0; i < out.length; i++) {
    const v = values[i]
    const t = littleEndian && v instanceof Date ? v.getTime() * scale : Number.NaN
    if (Number.isSafeInteger(t)) {
      const hi = Math.floor(t / 0x1_0000_0000)
      words[2 * i] = t - hi * 0x1_0000_0000
      words[2 * i + 1] = hi
    } else out[i] = toTimestamp(plan, unit, v, i)
  }
  return out
}

function toTimestamp(plan: Plan, unit: 'MILLIS' | 'MICROS' | 'NANOS', v: unknown, i: number): bigint {
  const what = `a Date or a 64-bit count of ${unit.toLowerCase()} since the epoch (bigint or safe number)`
  if (v instanceof Date) {
    const ms = v.getTime()
    const units = Number.isNaN(ms) ? undefined : BigInt(ms) * BigInt(unitsPerMilli(unit))
    if (units === undefined || units < INT64_MIN || units > INT64_MAX) throw invalid(plan, what, v, i)
    return units
  }
  return bigInteger(plan, v, i, INT64_MIN, INT64_MAX, what)
}

function toUnscaled(plan: Plan, k: ColumnKind & { kind: 'DECIMAL' }, v: unknown, i: number): bigint {
  let u: bigint | string
  if (typeof v === 'bigint') u = v
  else if (typeof v === 'number' && Number.isFinite(v)) u = parseDecimal(String(v), k.scale, k.precision)
  else if (typeof v === 'string') u = parseDecimal(v, k.scale, Math.min(k.precision, MAX_DECIMAL_DIGITS))
  else u = 'not a decimal'
  const what = `a decimal (number, decimal text, or unscaled bigint) of at most ${k.precision} digits with scale ${k.scale}`
  if (typeof u === 'string') throw invalid(plan, `${what}: ${u}`, v, i)
  if (u >= plan.decimalLimit || u <= -plan.decimalLimit) throw invalid(plan, `${what}: too many digits`, v, i)
  const fits = k.physical === 'INT32' ? u >= -(2n ** 31n) && u < 2n ** 31n : k.physical === 'INT64' ? u >= INT64_MIN && u <= INT64_MAX : true
  if (!fits) throw invalid(plan, `${what}: out of ${k.physical} range`, v, i)
  return u
}

function floats<T extends Float32Array | Float64Array>(plan: Plan, values: ArrayLike<unknown>, out: T): T {
  for (let i = 0; i < out.length; i++) {
    const v = values[i]
    if (typeof v !== 'number') throw invalid(plan, 'a number', v, i)
    out[i] = v
  }
  return out
}

/** Writes value `i` as `width` bytes at `out[p..)`. */
function writeFixed(plan: Plan, v: unknown, i: number, out: Uint8Array, p: number, width: number): void {
  const k = plan.kind
  switch (k.kind) {
    case 'INT96':
      writeInt96(plan, v, i, out, p)
      return
    case 'FLOAT16': {
      if (typeof v !== 'number') throw invalid(plan, 'a number', v, i)
      const bits = numberToFloat16(v)
      out[p] = bits & 0xff
      out[p + 1] = bits >> 8
      return
    }
    case 'DECIMAL':
      if (!writeBigIntBE(toUnscaled(plan, k, v, i), out, p, width)) throw invalid(plan, `a decimal that fits ${width} bytes`, v, i)
      return
    case 'UUID':
      if (!(typeof v === 'string' && parseUuid(v, out, p))) copyBytes(plan, v, i, out, p, width, 'a UUID string (8-4-4-4-12 hex) or 16 bytes')
      return
    case 'INTERVAL':
      writeInterval(plan, v, i, out, p)
      return
    default: {
      const text = k.kind === 'TEXT' || k.kind === 'BINARY'
      const bytes = text && typeof v === 'string' ? encodeUtf8(v) : v
      copyBytes(plan, bytes, i, out, p, width, `${width} bytes${text ? ' or a string of that many UTF-8 bytes' : ''}`, v)
    }
  }
}

function copyBytes(plan: Plan, v: unknown, i: number, out: Uint8Array, p: number, width: number, what: string, original = v): void {
  if (!(v instanceof Uint8Array) || v.length !== width) throw invalid(plan, what, original, i)
  out.set(v, p)
}

function writeInt96(plan: Plan, v: unknown, i: number, out: Uint8Array, p: number): void {
  const ns = v instanceof Date ? (Number.isNaN(v.getTime()) ? undefined : BigInt(v.getTime()) * 1_000_000n) : v
  if (typeof ns !== 'bigint' || !nanosToInt96(ns, out, p)) {
    throw invalid(plan, 'a Date or a bigint of nanoseconds since the epoch (Julian day within int32)', v, i)
  }
}

function writeInterval(plan: Plan, v: unknown, i: number, out: Uint8Array, p: number): void {
  if (v instanceof Uint8Array) {
    copyBytes(plan, v, i, out, p, 12, '{ months, days, milliseconds } or 12 bytes')
    return
  }
  const o = v as { months?: unknown; days?: unknown; milliseconds?: unknown } | null
  const what = '{ months, days, milliseconds } of integers in [0, 2^32 - 1]'
  if (typeof o !== 'object' || o === null) throw invalid(plan, what, v, i)
  const max = 2 ** 32 - 1
  writeUint32LE(out, p, integer(plan, o.months, i, 0, max, `${what}; months`))
  writeUint32LE(out, p + 4, integer(plan, o.days, i, 0, max, `${what}; days`))
  writeUint32LE(out, p + 8, integer(plan, o.milliseconds, i, 0, max, `${what}; milliseconds`))
}

function byteArrays(plan: Plan, values: ArrayLike<unknown>): string[] | ByteArrayColumn {
  const k = plan.kind
  const n = values.length
  const text = k.kind === 'TEXT' || k.kind === 'BINARY'
  let allStrings = text
  for (let i = 0; allStrings && i < n; i++) allStrings = typeof values[i] === 'string'
  // The writer only reads the array: a plain array of strings is used as is.
  if (allStrings) return Array.isArray(values) ? (values as string[]) : Array.from(values as ArrayLike<string>)
  const parts = new Array<Uint8Array>(n)
  let total = 0
  for (let i = 0; i < n; i++) {
    const b = byteArrayValue(plan, values[i], i, text)
    parts[i] = b
    total += b.length
  }
  if (total > 0xffffffff) throw new ParquetError('LIMIT_EXCEEDED', `expected at most 4 GiB of BYTE_ARRAY data in one batch, found ${total} bytes`)
  const offsets = new Uint32Array(n + 1)
  const bytes = new Uint8Array(total)
  for (let i = 0; i < n; i++) {
    bytes.set(parts[i]!, offsets[i]!)
    offsets[i + 1] = offsets[i]! + parts[i]!.length
  }
  return { offsets, bytes }
}

function byteArrayValue(plan: Plan, v: unknown, i: number, text: boolean): Uint8Array {
  const k = plan.kind
  if (k.kind === 'DECIMAL') {
    const u = toUnscaled(plan, k, v, i)
    const out = new Uint8Array(minimalByteLength(u))
    writeBigIntBE(u, out, 0, out.length)
    return out
  }
  if (text && typeof v === 'string') return encodeUtf8(v)
  if (v instanceof Uint8Array) return v
  throw invalid(plan, text ? 'a string or a Uint8Array' : 'a Uint8Array', v, i)
}
