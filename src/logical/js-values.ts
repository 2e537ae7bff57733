/**
 * Reader side of LogicalTypes.md, the part every read needs: one page's
 * dense (non-null) physical values of a leaf column, as decoded by
 * src/encoding (shapes in encoding/types.ts), turned into JS values for the
 * common types. The rarely met ones (DECIMAL, FLOAT16, INT96, UUID, INTERVAL)
 * are in to-js-rare.ts, which {@link loadJsValues} loads with import() the
 * first time a column needs it; to-js.ts puts both together synchronously.
 */
import { ParquetError, withContext } from '../errors.js'
import { type ByteArrayColumn, type FixedLenColumn, TYPED_ARRAYS } from '../encoding/types.js'
import { decodeUtf8 } from '../encoding/utf8.js'
import type { SchemaNode } from '../metadata/schema.js'
import { type ColumnKind, columnKind, columnName } from './column-kind.js'
import { MS_PER_DAY } from './temporal.js'
import { millisToDate, unitsToMillis } from './temporal-read.js'

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

/** The kinds whose conversion is in to-js-rare.ts. */
export type RareKind = ColumnKind & { kind: 'FLOAT16' | 'DECIMAL' | 'INT96' | 'UUID' | 'INTERVAL' }

/** The column's mapping, after checking `count` (the checks toJsValues makes before converting). */
export function checkedKind(node: SchemaNode, count: number): ColumnKind {
  const kind = columnKind(node)
  if (!Number.isInteger(count) || count < 0) throw argument(node, `a value count >= 0, found ${count}`)
  return kind
}

/** The values as JS values for a common kind; undefined for a {@link RareKind}. */
export function commonJsValues(values: PhysicalValues, count: number, node: SchemaNode, kind: ColumnKind, options: ValueOptions): ArrayLike<unknown> | undefined {
  const k = kind.kind
  if (k === 'TEXT' || k === 'BINARY' || k === 'BYTES') return binary(values, count, node, k === 'TEXT' || (k === 'BINARY' && options.binaryAsString === true))
  if (k === 'NULL') return new Array<null>(count).fill(null)
  const Typed = TYPED_ARRAYS[node.physicalType as keyof typeof TYPED_ARRAYS]
  const v = Typed && typed<Uint8Array | Int32Array | BigInt64Array | Float32Array | Float64Array>(values, Typed, count, node)
  switch (k) {
    case 'BOOLEAN': return booleans(v as Uint8Array, count)
    case 'INT32': case 'FLOAT': case 'DOUBLE': return v
    case 'UINT32': return new Uint32Array(v!.buffer, v!.byteOffset, count)
    case 'INT64': return int64s(v as BigInt64Array, node, options)
    case 'UINT64': return int64s(new BigUint64Array(v!.buffer, v!.byteOffset, count), node, options)
    case 'DATE': return dates(v as Int32Array, options)
    case 'TIME': return kind.unit === 'MILLIS' ? v : int64s(v as BigInt64Array, node, options)
    case 'TIMESTAMP': return timestamps(v as BigInt64Array, kind.unit, options)
    default: return undefined
  }
}

/** toJsValues (to-js.ts) when the column's kind is a common one; undefined for a {@link RareKind}. */
export function toCommonJsValues(values: PhysicalValues, count: number, node: SchemaNode, options: ValueOptions = {}): ArrayLike<unknown> | undefined {
  return commonJsValues(values, count, node, checkedKind(node, count), options)
}

/**
 * toJsValues (to-js.ts) for the read pipeline: the conversions of the rare
 * kinds are loaded with import() the first time a column needs them (a
 * failed load is ParquetError IO_ERROR).
 */
export async function loadJsValues(values: PhysicalValues, count: number, node: SchemaNode, options: ValueOptions = {}): Promise<ArrayLike<unknown>> {
  const kind = checkedKind(node, count)
  const common = commonJsValues(values, count, node, kind, options)
  if (common !== undefined) return common
  let rare: typeof import('./to-js-rare.js')
  try {
    rare = await import('./to-js-rare.js')
  } catch (e) {
    throw withContext(e, { part: 'logical', column: columnName(node) }, 'IO_ERROR')
  }
  return rare.rareJsValues(values, count, node, kind as RareKind, options)
}

export function argument(node: SchemaNode, expected: string): ParquetError {
  return new ParquetError('ARGUMENT_INVALID', `expected ${expected}`, { column: columnName(node) })
}

type TypedCtor<T> = { new (...args: never[]): T }

/** The first `count` values, checked to be a `ctor` holding at least that many. */
export function typed<T extends Uint8Array | Int32Array | BigInt64Array | Float32Array | Float64Array>(
  values: PhysicalValues, ctor: TypedCtor<T>, count: number, node: SchemaNode,
): T {
  const n = (values as ArrayLike<unknown>).length
  if (!(values instanceof ctor) || n < count) throw argument(node, `${count} values in a ${ctor.name} for ${node.physicalType}, found ${n} in a ${values.constructor.name}`)
  return (n === count ? values : values.subarray(0, count)) as T
}

/** The bytes of `count` values of `width` bytes, checked to be a FixedLenColumn holding them. */
export function fixed(values: PhysicalValues, width: number, count: number, node: SchemaNode): Uint8Array {
  const col = values as FixedLenColumn
  if (!(col.bytes instanceof Uint8Array) || col.width !== width || col.bytes.length < count * width) {
    throw argument(node, `${count} values of ${width} bytes in a FixedLenColumn, found ${col.bytes?.length} bytes of width ${col.width}`)
  }
  return col.bytes
}

function booleans(v: Uint8Array, count: number): boolean[] {
  const out = new Array<boolean>(count)
  for (let i = 0; i < count; i++) out[i] = v[i] !== 0
  return out
}

function int64s(v: BigInt64Array | BigUint64Array, node: SchemaNode, options: ValueOptions): ArrayLike<unknown> {
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

/** Binary values as text (`text`) or byte views; text already decoded (string[]) is cut to `count`. */
function binary(values: PhysicalValues, count: number, node: SchemaNode, text: boolean): ArrayLike<unknown> {
  if (Array.isArray(values) && text) {
    if (values.length < count) throw argument(node, `${count} values, found ${values.length}`)
    return values.length === count ? values : values.slice(0, count)
  }
  const out = new Array<unknown>(count)
  const w = node.physicalType === 'FIXED_LEN_BYTE_ARRAY' ? (node.typeLength ?? 0) : -1
  const { offsets, bytes } = w < 0 ? byteArray(values, count, node) : { offsets: undefined, bytes: fixed(values, w, count, node) }
  for (let i = 0; i < count; i++) {
    const a = offsets ? offsets[i]! : i * w
    const b = offsets ? offsets[i + 1]! : a + w
    out[i] = text ? decodeUtf8(bytes, a, b) : bytes.subarray(a, b)
  }
  return out
}

/** `count` BYTE_ARRAY values, checked to be a ByteArrayColumn holding them. */
export function byteArray(values: PhysicalValues, count: number, node: SchemaNode): ByteArrayColumn {
  const col = values as ByteArrayColumn
  if (!(col.offsets instanceof Uint32Array) || !(col.bytes instanceof Uint8Array) || col.offsets.length <= count) {
    throw argument(node, `${count} values in a ByteArrayColumn, found ${(col.offsets?.length ?? 1) - 1} in a ${values.constructor.name}`)
  }
  return col
}
