/**
 * readColumns' result built in place: each top-level column's arrays are
 * allocated once for all the rows the read returns and filled row group by
 * row group, instead of joining per-row-group arrays at the end.
 *
 * Flat columns whose physical values already are their JS values (numbers
 * of INT32, INT64, FLOAT, DOUBLE, and the logical types that keep them, e.g.
 * DATE with dates: 'number') are decoded straight into their slice. Other
 * flat columns are copied in as each row group is assembled. Nested columns,
 * and any column whose parts do not fit the first part's array, are joined
 * at the end as before (concatColumns).
 */
import { DEFAULT_MAX_VALUES } from '../column/column-read.js'
import { setField } from '../dremel/set-field.js'
import { isStringColumn, toCommonJsValues, type ValueOptions } from '../logical/js-values.js'
import type { ColumnChunkInfo } from '../metadata/file-metadata.js'
import type { SchemaNode } from '../metadata/schema.js'
import { type ChunkOutput, type LevelArray, levelArray } from '../page/page-decode.js'
import { allocateValues, type DenseValues, isDense } from '../page/values-decode.js'
import { type ColumnData, type ColumnSet, concatColumns, type FlatLeaf, flatColumn, isFlat } from './columns.js'

type Typed = Exclude<DenseValues, string[]>

/** One top-level column of the result being filled. */
export interface ColumnSlot {
  field: SchemaNode
  /** Pass-through flat columns: the physical array row groups decode into (`values` is its JS view, or itself for text). */
  storage?: Typed | string[]
  /** Definition levels reused by every row group decoded into `storage`. */
  levels?: LevelArray
  /** The result's values, allocated for all rows on the first part. */
  values?: ArrayLike<unknown>
  nulls?: Uint8Array
  /** Parts joined at the end: nested columns, or parts that do not fit `values`. */
  parts?: ColumnData[]
  added: number
}

/** The columns of one read, `rows` rows in all. */
export interface ColumnsOutput {
  rows: number
  /** Rows added so far. */
  filled: number
  slots: ColumnSlot[]
  /** Slots that chunks decode into, by leaf column index. */
  direct: (ColumnSlot | undefined)[]
  /** Where a whole row group's chunk decodes to ({@link chunkInto} of this output). */
  into(info: ColumnChunkInfo, rows: number, at: number): ChunkOutput | undefined
  /** A row group's flat column, spread in place where it was decoded into this output ({@link flatInto}). */
  flat(leaf: FlatLeaf, field: SchemaNode, numRows: number): ColumnData
}

/**
 * An output for the rows [rowStart, rowEnd) of the given row groups, or
 * undefined when their row counts are not plausible (then the caller joins
 * parts as before): the arrays are allocated before any page is decoded, so
 * their size is held to the bound one column chunk has.
 */
export function startColumns(
  fields: readonly SchemaNode[], groups: readonly { rowGroup: { numRows: number }; first: number }[],
  rowStart: number, rowEnd: number, options: ValueOptions,
): ColumnsOutput | undefined {
  let rows = 0
  for (const { rowGroup, first } of groups) {
    if (!Number.isSafeInteger(rowGroup.numRows) || rowGroup.numRows < 0) return undefined
    rows += Math.min(first + rowGroup.numRows, rowEnd) - Math.max(first, rowStart)
  }
  if (!(rows >= 0 && rows <= DEFAULT_MAX_VALUES)) return undefined
  try {
    return makeColumnsOutput(fields, rows, options)
  } catch (e) {
    if (e instanceof RangeError) return undefined // out of memory for the whole result: join parts instead
    throw e
  }
}

/** An output for `rows` rows of the top-level `fields`, read with `options`. */
function makeColumnsOutput(fields: readonly SchemaNode[], rows: number, options: ValueOptions): ColumnsOutput {
  const output: ColumnsOutput = {
    rows, filled: 0, slots: [], direct: [],
    into: (info, n, at) => chunkInto(output, info, n, at),
    flat: (leaf, field, n) => flatInto(output, leaf, field, n),
  }
  for (const field of fields) {
    const slot: ColumnSlot = { field, added: 0 }
    if (!isFlat(field)) slot.parts = []
    else if (isStringColumn(field, options)) {
      // Text decodes to strings, which are the JS values.
      slot.storage = new Array<string>(rows)
      slot.values = slot.storage
      output.direct[field.columnIndex] = slot
    } else if (passThrough(field, options)) {
      slot.storage = allocateValues(physical(field), rows) as Typed
      slot.values = toCommonJsValues(slot.storage, rows, field, options)!
      output.direct[field.columnIndex] = slot
    }
    output.slots.push(slot)
  }
  return output
}

function physical(field: SchemaNode): { physicalType: NonNullable<SchemaNode['physicalType']>; typeLength: number; strings: boolean } {
  return { physicalType: field.physicalType!, typeLength: field.typeLength ?? 0, strings: false }
}

/** True when toJsValues gives a column's typed physical array back as it is (or a view of its buffer). */
function passThrough(field: SchemaNode, options: ValueOptions): boolean {
  const column = physical(field)
  if (!isDense(column) || column.physicalType === 'BYTE_ARRAY' || column.physicalType === 'BOOLEAN' || isStringColumn(field, options)) return false
  const probe = allocateValues(column, 0) as Typed
  try {
    // Rare kinds (DECIMAL, ...) never give their physical array back.
    const js = toCommonJsValues(probe, 0, field, options)
    return js !== undefined && ArrayBuffer.isView(js) && js.buffer === probe.buffer
  } catch {
    return false // the read itself reports what is wrong with the column
  }
}

/**
 * Where a whole row group's chunk of a pass-through column decodes to: its
 * slice of the output (rows [at, at + rows)) and the slot's reused levels.
 * Undefined when the chunk does not go straight to the output.
 */
function chunkInto(output: ColumnsOutput, info: ColumnChunkInfo, rows: number, at: number): ChunkOutput | undefined {
  const slot = output.direct[info.column.columnIndex]
  if (!slot?.storage || info.numValues !== rows || at !== output.filled || at + rows > output.rows) return undefined
  const max = slot.field.maxDefinitionLevel
  if (max > 0 && !(slot.levels && slot.levels.length >= rows)) slot.levels = levelArray(max, rows)
  const storage = slot.storage
  // Text goes into the whole array from `at`, numbers into their slice.
  const text = Array.isArray(storage)
  const base = text ? at : 0
  return {
    definitionLevels: max > 0 ? slot.levels : undefined,
    numLevels: 0,
    target: { values: text ? storage : storage.subarray(at, at + rows), offset: base },
    binary: [],
    numValues: 0,
    base,
  }
}

/**
 * {@link flatColumn} for a leaf that may have been decoded into the output:
 * its values are then spread in place, and the result's values are a view
 * of the output's storage (typed arrays) or the storage itself (text, rows
 * from `leaf.valuesOffset`).
 */
function flatInto(output: ColumnsOutput, leaf: FlatLeaf, field: SchemaNode, numRows: number): ColumnData {
  const storage = output.direct[field.columnIndex]?.storage
  const def = leaf.definitionLevels
  const max = field.maxDefinitionLevel
  if (leaf.valuesOffset !== undefined && leaf.values === storage) return spreadText(leaf, storage as unknown[], max, numRows)
  const dense = leaf.values
  if (max === 0 || !def || dense.length === numRows || !storage || !inStorage(dense, storage, numRows)) return flatColumn(leaf, field, numRows)
  const d = dense as Typed
  const values = new (d.constructor as new (b: ArrayBufferLike, o: number, n: number) => Typed)(d.buffer, d.byteOffset, numRows)
  const nulls = new Uint8Array(numRows)
  spreadInPlace(values as unknown as unknown[], 0, d.length, numRows, def, max, nulls, d instanceof BigInt64Array || d instanceof BigUint64Array ? 0n : 0)
  return { values, nulls }
}

/** Text decoded into the read's array at `leaf.valuesOffset`: nulls spread in place; the values are the whole array. */
function spreadText(leaf: FlatLeaf, storage: unknown[], max: number, numRows: number): ColumnData {
  const def = leaf.definitionLevels
  const present = leaf.numValues ?? numRows
  if (present === numRows || !def || max === 0) return { values: storage }
  const nulls = new Uint8Array(numRows)
  spreadInPlace(storage, leaf.valuesOffset!, present, numRows, def, max, nulls, null)
  return { values: storage, nulls }
}

function inStorage(dense: ArrayLike<unknown>, storage: Typed | unknown[], numRows: number): boolean {
  if (!ArrayBuffer.isView(dense) || !ArrayBuffer.isView(storage) || dense.buffer !== storage.buffer) return false
  const d = dense as Typed
  return d.byteOffset + numRows * d.BYTES_PER_ELEMENT <= storage.byteOffset + storage.byteLength
}

/**
 * Moves the `present` values at `values[at..]` to the rows (`values[at + r]`)
 * whose level is `max`, from the last row down (a value only moves up, so
 * none is overwritten before it moves); other rows become `zero` and are
 * marked in `nulls`. Stops where every row below holds its own value.
 */
function spreadInPlace(
  values: unknown[], at: number, present: number, numRows: number, def: LevelArray, max: number, nulls: Uint8Array, zero: unknown,
): void {
  for (let r = numRows - 1, v = present - 1; r > v; r--) {
    if (def[r] === max) values[at + r] = values[at + v--]
    else {
      nulls[r] = 1
      values[at + r] = zero
    }
  }
}

/** Adds one row group's columns (`numRows` rows) after the rows added before. */
export function addColumns(output: ColumnsOutput, columns: ColumnSet, numRows: number): void {
  for (const slot of output.slots) addPart(slot, columns[slot.field.name]!, output.filled, output.rows)
  output.filled += numRows
}

function addPart(slot: ColumnSlot, part: ColumnData, at: number, rows: number): void {
  slot.added++
  if (slot.parts) {
    slot.parts.push(part)
    return
  }
  slot.values ??= emptyLike(part.values, rows)
  if (!slot.values || !placed(slot.values, part.values, at)) {
    if (!slot.values || !fits(slot.values, part.values, at)) {
      slot.parts = slot.values ? [{ values: cut(slot.values, at), nulls: slot.nulls?.subarray(0, at) }, part] : [part]
      slot.values = undefined
      slot.nulls = undefined
      return
    }
    copy(slot.values, part.values, at)
  }
  if (part.nulls) {
    slot.nulls ??= new Uint8Array(rows)
    slot.nulls.set(part.nulls, at)
  }
}

/** An array like `values` for `n` rows; undefined when there is no memory for it (the parts are then joined at the end). */
function emptyLike(values: ArrayLike<unknown>, n: number): ArrayLike<unknown> | undefined {
  try {
    if (ArrayBuffer.isView(values)) return new (values.constructor as new (n: number) => Typed)(n)
    return new Array<unknown>(n)
  } catch (e) {
    if (e instanceof RangeError) return undefined
    throw e
  }
}

/** True when `part` already is rows [at, ...) of `values` (decoded in place; text parts are the whole array). */
function placed(values: ArrayLike<unknown>, part: ArrayLike<unknown>, at: number): boolean {
  if (part === values) return true
  if (!ArrayBuffer.isView(values) || !ArrayBuffer.isView(part)) return false
  const v = values as Typed
  return part.buffer === v.buffer && part.byteOffset === v.byteOffset + at * v.BYTES_PER_ELEMENT && part.constructor === v.constructor
}

function fits(values: ArrayLike<unknown>, part: ArrayLike<unknown>, at: number): boolean {
  if (at + part.length > values.length) return false
  return ArrayBuffer.isView(values) ? part.constructor === values.constructor : !ArrayBuffer.isView(part)
}

function copy(values: ArrayLike<unknown>, part: ArrayLike<unknown>, at: number): void {
  if (ArrayBuffer.isView(values)) {
    ;(values as Typed).set(part as never, at)
    return
  }
  const out = values as unknown[]
  for (let i = 0, n = part.length; i < n; i++) out[at + i] = part[i]
}

function cut(values: ArrayLike<unknown>, n: number): ArrayLike<unknown> {
  if (ArrayBuffer.isView(values)) return (values as Typed).subarray(0, n)
  const out = values as unknown[]
  out.length = n
  return out
}

/** The finished columns, by top-level name. */
export function finishColumns(output: ColumnsOutput): ColumnSet {
  const out: ColumnSet = {}
  for (const slot of output.slots) setField(out, slot.field.name, finishSlot(slot, output.filled))
  return out
}

function finishSlot(slot: ColumnSlot, filled: number): ColumnData {
  if (slot.parts) return concatColumns(slot.parts)
  if (slot.added === 0 || !slot.values) return { values: [] }
  const values = slot.values.length === filled ? slot.values : cut(slot.values, filled)
  const nulls = slot.nulls && (slot.nulls.length === filled ? slot.nulls : slot.nulls.subarray(0, filled))
  return nulls ? { values, nulls } : { values }
}
