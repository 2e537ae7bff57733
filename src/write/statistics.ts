/**
 * Writer-side statistics (parquet.thrift `Statistics` and `ColumnOrder`,
 * README "Statistics", the sort orders of LogicalTypes.md): min and max of a
 * run of physical values in the order of the column's logical type.
 * - Signed integers, DATE/TIME/TIMESTAMP and DECIMAL (by value) compare
 *   signed; INTEGER(unsigned) unsigned; STRING, ENUM, JSON, BSON, UUID and
 *   unannotated binary as unsigned bytes (text by code point, which is
 *   UTF-8 byte order); FLOAT16 by its number value.
 * - FLOAT, DOUBLE, FLOAT16: NaNs are skipped and counted (nan_count); a run
 *   of only NaNs has no min/max; a zero min is written as -0.0 and a zero max
 *   as +0.0 (the ColumnOrder rules of parquet.thrift).
 * - INT96 and INTERVAL have no defined order: no min/max, counts only.
 * - BYTE_ARRAY bounds longer than the truncation limit are cut: the min to a
 *   prefix, the max to a prefix with its last byte that is not 0xFF
 *   incremented (for text: its last code point incremented, so the bound
 *   stays valid UTF-8); `is_*_value_exact` says whether a bound was cut.
 */
import type { ByteArrayColumn, FixedLenColumn } from '../encoding/types.js'
import { decodeUtf8, encodeUtf8 } from '../encoding/utf8.js'
import type { Statistics } from '../format/parquet.gen.js'
import { beToBigInt } from '../logical/be-bigint.js'
import { float16ToNumber, numberToFloat16 } from '../logical/float16.js'
import type { PhysicalValues } from '../logical/to-js.js'
import type { SchemaNode } from '../metadata/schema.js'
import { sortOrder } from '../metadata/sort-order.js'

export type StatKind =
  | 'int32' | 'uint32' | 'int64' | 'uint64' | 'float' | 'double' | 'boolean' | 'float16' | 'decimal' | 'bytes' | 'string' | 'none'

/** A bound in its comparable form: number, bigint, string (text) or bytes. */
export type Bound = number | bigint | string | Uint8Array

export interface RunStats {
  nullCount: number
  /** Counted for FLOAT, DOUBLE and FLOAT16 only. */
  nanCount: number
  min?: Bound
  max?: Bound
}

/** How a leaf's values compare. */
export function statKind(node: SchemaNode, values: PhysicalValues): StatKind {
  if (sortOrder(node) === 'UNKNOWN') return 'none'
  const logical = node.logicalType
  const unsigned = logical?.type === 'INTEGER' && !logical.isSigned
  switch (node.physicalType) {
    case 'BOOLEAN': return 'boolean'
    case 'INT32': return unsigned ? 'uint32' : 'int32'
    case 'INT64': return unsigned ? 'uint64' : 'int64'
    case 'FLOAT': return 'float'
    case 'DOUBLE': return 'double'
    default:
      if (logical?.type === 'FLOAT16') return 'float16'
      if (logical?.type === 'DECIMAL') return 'decimal'
      return Array.isArray(values) ? 'string' : 'bytes'
  }
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

/** Code point order (= UTF-8 byte order): surrogates sort after U+E000..U+FFFF. */
function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i)
    let y = b.charCodeAt(i)
    if (x === y) continue
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000
    }
    return x - y
  }
  return a.length - b.length
}

/** Compares two bounds of `kind`. */
export function compareBounds(kind: StatKind, a: Bound, b: Bound): number {
  switch (kind) {
    case 'uint32': return ((a as number) >>> 0) - ((b as number) >>> 0)
    case 'int64': case 'decimal': return a < b ? -1 : a > b ? 1 : 0
    case 'uint64': {
      const x = BigInt.asUintN(64, a as bigint)
      const y = BigInt.asUintN(64, b as bigint)
      return x < y ? -1 : x > y ? 1 : 0
    }
    case 'string': return compareText(a as string, b as string)
    case 'bytes': return compareBytes(a as Uint8Array, b as Uint8Array)
    default: return (a as number) - (b as number)
  }
}

/** Value `i` of `values` as a Bound (DECIMAL binaries as their bigint value). */
function boundAt(kind: StatKind, values: PhysicalValues, i: number): Bound {
  if (Array.isArray(values)) return values[i] as string
  if ('offsets' in values) {
    const bytes = (values as ByteArrayColumn).bytes.subarray(values.offsets[i]!, values.offsets[i + 1]!)
    return kind === 'decimal' ? beToBigInt(bytes, 0, bytes.length) : bytes
  }
  if ('width' in values) {
    const { width, bytes } = values as FixedLenColumn
    const at = i * width
    if (kind === 'float16') return float16ToNumber(bytes[at]! | (bytes[at + 1]! << 8))
    return kind === 'decimal' ? beToBigInt(bytes, at, at + width) : bytes.subarray(at, at + width)
  }
  return (values as Int32Array)[i]!
}

/** Min, max and NaN count of values [start, end); `nullCount` is passed through. */
export function runStats(kind: StatKind, values: PhysicalValues, start: number, end: number, nullCount: number): RunStats {
  const out: RunStats = { nullCount, nanCount: 0 }
  if (kind === 'none' || end <= start) return out
  if (typedRun(kind, values, start, end, out)) return out
  const floating = kind === 'float' || kind === 'double' || kind === 'float16'
  let min: Bound | undefined
  let max: Bound | undefined
  for (let i = start; i < end; i++) {
    const v = boundAt(kind, values, i)
    if (floating && Number.isNaN(v)) {
      out.nanCount++
      continue
    }
    if (min === undefined || compareBounds(kind, v, min) < 0) min = v
    if (max === undefined || compareBounds(kind, v, max) > 0) max = v
  }
  if (min !== undefined) out.min = min
  if (max !== undefined) out.max = max
  return out
}

/**
 * runStats over numeric typed arrays and BYTE_ARRAY columns without making a
 * bound per value (int64 compared as two 32-bit words on a little-endian
 * host, bytes in place);
 * false for the other kinds and shapes.
 */
function typedRun(kind: StatKind, values: PhysicalValues, start: number, end: number, out: RunStats): boolean {
  if (kind === 'int32' && values instanceof Int32Array) return minMaxNumbers(values, start, end, out, false)
  if ((kind === 'float' && values instanceof Float32Array) || (kind === 'double' && values instanceof Float64Array)) {
    return minMaxNumbers(values, start, end, out, true)
  }
  if ((kind === 'int64' || kind === 'uint64') && values instanceof BigInt64Array && new Uint8Array(Uint16Array.of(1).buffer)[0] === 1) {
    const words = new Int32Array(values.buffer, values.byteOffset, values.length * 2)
    const flip = kind === 'uint64' ? 0x80000000 : 0
    let lo = start
    let hi = start
    for (let i = start + 1; i < end; i++) {
      if (compareWords(words, i, lo, flip) < 0) lo = i
      if (compareWords(words, i, hi, flip) > 0) hi = i
    }
    out.min = values[lo]!
    out.max = values[hi]!
    return true
  }
  if (kind === 'bytes' && !Array.isArray(values) && 'offsets' in values) {
    const { offsets, bytes } = values as ByteArrayColumn
    let lo = start
    let hi = start
    for (let i = start + 1; i < end; i++) {
      if (compareAt(bytes, offsets, i, lo) < 0) lo = i
      if (compareAt(bytes, offsets, i, hi) > 0) hi = i
    }
    out.min = bytes.subarray(offsets[lo]!, offsets[lo + 1]!)
    out.max = bytes.subarray(offsets[hi]!, offsets[hi + 1]!)
    return true
  }
  return false
}

function minMaxNumbers(values: Int32Array | Float32Array | Float64Array, start: number, end: number, out: RunStats, floating: boolean): boolean {
  let min = Number.POSITIVE_INFINITY
  let max = Number.NEGATIVE_INFINITY
  let seen = false
  for (let i = start; i < end; i++) {
    const v = values[i]!
    if (floating && Number.isNaN(v)) {
      out.nanCount++
      continue
    }
    if (!seen || v < min) min = v
    if (!seen || v > max) max = v
    seen = true
  }
  if (seen) {
    out.min = min
    out.max = max
  }
  return true
}

/** Order of int64 values i and j of `words` (little-endian word pairs); `flip` 0x80000000 compares unsigned. */
function compareWords(words: Int32Array, i: number, j: number, flip: number): number {
  const a = (words[2 * i + 1]! ^ flip) | 0
  const b = (words[2 * j + 1]! ^ flip) | 0
  if (a !== b) return a < b ? -1 : 1
  const x = words[2 * i]! >>> 0
  const y = words[2 * j]! >>> 0
  return x < y ? -1 : x > y ? 1 : 0
}

function compareAt(bytes: Uint8Array, offsets: Uint32Array, i: number, j: number): number {
  const a = offsets[i]!
  const b = offsets[j]!
  const la = offsets[i + 1]! - a
  const lb = offsets[j + 1]! - b
  const n = Math.min(la, lb)
  for (let k = 0; k < n; k++) if (bytes[a + k] !== bytes[b + k]) return bytes[a + k]! - bytes[b + k]!
  return la - lb
}

/** Combines two runs' statistics (for the chunk from its pages). */
export function mergeStats(kind: StatKind, a: RunStats, b: RunStats): RunStats {
  const out: RunStats = { nullCount: a.nullCount + b.nullCount, nanCount: a.nanCount + b.nanCount }
  const min = a.min === undefined ? b.min : b.min === undefined || compareBounds(kind, a.min, b.min) <= 0 ? a.min : b.min
  const max = a.max === undefined ? b.max : b.max === undefined || compareBounds(kind, a.max, b.max) >= 0 ? a.max : b.max
  if (min !== undefined) out.min = min
  if (max !== undefined) out.max = max
  return out
}

/** A bound PLAIN-encoded (BYTE_ARRAY without its length); `side` applies the zero rules. */
export function encodeBound(kind: StatKind, node: SchemaNode, v: Bound, side: 'min' | 'max'): Uint8Array {
  switch (kind) {
    case 'int32': case 'uint32': return numberBytes(4, (view) => view.setInt32(0, v as number, true))
    case 'int64': case 'uint64': return numberBytes(8, (view) => view.setBigInt64(0, BigInt.asIntN(64, v as bigint), true))
    case 'boolean': return new Uint8Array([v ? 1 : 0])
    case 'float': return numberBytes(4, (view) => view.setFloat32(0, signedZero(v as number, side), true))
    case 'double': return numberBytes(8, (view) => view.setFloat64(0, signedZero(v as number, side), true))
    case 'float16': return numberBytes(2, (view) => view.setUint16(0, numberToFloat16(signedZero(v as number, side)), true))
    case 'decimal': return decimalBytes(v as bigint, node)
    case 'string': return encodeUtf8(v as string)
    default: return v as Uint8Array
  }
}

function signedZero(v: number, side: 'min' | 'max'): number {
  return v === 0 ? (side === 'min' ? -0 : 0) : v
}

function numberBytes(size: number, set: (view: DataView) => void): Uint8Array {
  const out = new Uint8Array(size)
  set(new DataView(out.buffer))
  return out
}

function decimalBytes(v: bigint, node: SchemaNode): Uint8Array {
  if (node.physicalType === 'INT32') return numberBytes(4, (view) => view.setInt32(0, Number(v), true))
  if (node.physicalType === 'INT64') return numberBytes(8, (view) => view.setBigInt64(0, v, true))
  let width = node.physicalType === 'FIXED_LEN_BYTE_ARRAY' ? node.typeLength! : 1
  if (node.physicalType === 'BYTE_ARRAY') while (v >= 2n ** BigInt(8 * width - 1) || v < -(2n ** BigInt(8 * width - 1))) width++
  const out = new Uint8Array(width)
  let u = BigInt.asUintN(8 * width, v)
  for (let i = width - 1; i >= 0; i--) {
    out[i] = Number(u & 0xffn)
    u >>= 8n
  }
  return out
}

/** Options of {@link toThriftStatistics}. */
export interface StatisticsEncoding {
  /** Longest BYTE_ARRAY bound kept whole (default 64). */
  truncateLength: number
}

/** The thrift Statistics of a run; bounds truncated for BYTE_ARRAY (never for fixed widths). */
export function toThriftStatistics(kind: StatKind, node: SchemaNode, s: RunStats, options: StatisticsEncoding): Statistics {
  const out: Statistics = { null_count: s.nullCount }
  if (kind === 'float' || kind === 'double' || kind === 'float16') out.nan_count = s.nanCount
  if (s.min === undefined || s.max === undefined) return out
  const min = encodeBound(kind, node, s.min, 'min')
  const max = encodeBound(kind, node, s.max, 'max')
  const cut = node.physicalType === 'BYTE_ARRAY' && kind !== 'decimal'
  const lo = cut ? truncateMin(min, options.truncateLength, kind === 'string') : min
  const hi = cut ? truncateMax(max, options.truncateLength, kind === 'string') : max
  out.min_value = lo
  out.max_value = hi
  out.is_min_value_exact = lo === min
  out.is_max_value_exact = hi === max
  // The deprecated fields, for old readers, where their signed order is the column's order.
  if (kind === 'int32' || kind === 'int64' || kind === 'float' || kind === 'double' || kind === 'boolean') {
    out.min = min
    out.max = max
  }
  return out
}

/** Length of the longest prefix of `bytes` of at most `limit` bytes that ends on a UTF-8 character boundary. */
function textCut(bytes: Uint8Array, limit: number): number {
  let n = limit
  while (n > 0 && (bytes[n]! & 0xc0) === 0x80) n--
  return n
}

/** A lower bound of at most `limit` bytes (the value itself when short enough). */
export function truncateMin(bytes: Uint8Array, limit: number, text: boolean): Uint8Array {
  if (bytes.length <= limit) return bytes
  return bytes.slice(0, text ? textCut(bytes, limit) : limit)
}

/** An upper bound of about `limit` bytes; the value itself when short enough or when no shorter bound exists. */
export function truncateMax(bytes: Uint8Array, limit: number, text: boolean): Uint8Array {
  if (bytes.length <= limit) return bytes
  if (text) return truncateTextMax(bytes, limit) ?? bytes
  for (let n = limit; n > 0; n--) {
    if (bytes[n - 1] !== 0xff) {
      const out = bytes.slice(0, n)
      out[n - 1]!++
      return out
    }
  }
  return bytes
}

function truncateTextMax(bytes: Uint8Array, limit: number): Uint8Array | undefined {
  const prefix = decodeUtf8(bytes, 0, textCut(bytes, limit))
  const points = Array.from(prefix, (c) => c.codePointAt(0)!)
  while (points.length > 0) {
    const last = points.pop()!
    if (last < 0x10ffff) {
      points.push(last === 0xd7ff ? 0xe000 : last + 1)
      return encodeUtf8(String.fromCodePoint(...points))
    }
  }
  return undefined
}
