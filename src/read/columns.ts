/**
 * Column-oriented results: one entry per row for each top-level column.
 * Flat columns keep the typed arrays the decoders produce (expanded to one
 * slot per row, nulls marked in a mask), so numbers are never boxed.
 */
import type { LeafData, LevelArray } from '../dremel/assemble.js'
import type { SchemaNode } from '../metadata/schema.js'

/** The values of one column as returned by `readColumns`, with a null mask where the column is optional. */
export interface ColumnData {
  /** One value per row: a typed array for numeric columns, else an array. */
  values: ArrayLike<unknown>
  /** 1 where the row's value is null (values[r] is then 0 or null). Absent when no row is null. */
  nulls?: Uint8Array
}

/** Columns by top-level name, as returned by `readColumns`. */
export type ColumnSet = Record<string, ColumnData>

type Typed = Int32Array | Uint32Array | Float32Array | Float64Array | BigInt64Array | BigUint64Array | Uint8Array | Int8Array | Int16Array | Uint16Array

/** A top-level primitive that is not repeated. */
export function isFlat(field: SchemaNode): boolean {
  return field.physicalType !== undefined && field.repetition !== 'REPEATED'
}

/** A flat leaf as readColumns decodes it: text decoded into the read's output has its `numValues` values from `valuesOffset`. */
export type FlatLeaf = LeafData & { valuesOffset?: number; numValues?: number }

/**
 * Spreads a flat leaf's dense values over its rows. When the values were
 * decoded into `storage` (a read's output, with room for all the rows after
 * them), they are spread in place and the result's values are a view of it
 * (typed arrays) or `storage` itself (text, rows from `leaf.valuesOffset`).
 */
export function flatColumn(leaf: FlatLeaf, field: SchemaNode, numRows: number, storage?: Typed | unknown[]): ColumnData {
  const def = leaf.definitionLevels
  const max = field.maxDefinitionLevel
  if (leaf.valuesOffset !== undefined && leaf.values === storage) return spreadText(leaf, storage as unknown[], max, numRows)
  if (max === 0 || !def) return { values: leaf.values }
  const dense = leaf.values
  if (dense.length === numRows) return { values: dense }
  const nulls = new Uint8Array(numRows)
  if (storage && inStorage(dense, storage, numRows)) {
    const d = dense as Typed
    const values = new (d.constructor as new (b: ArrayBufferLike, o: number, n: number) => Typed)(d.buffer, d.byteOffset, numRows)
    spreadInPlace(values as unknown as unknown[], 0, d.length, numRows, def, max, nulls, d instanceof BigInt64Array || d instanceof BigUint64Array ? 0n : 0)
    return { values, nulls }
  }
  const values = ArrayBuffer.isView(dense) ? new (dense.constructor as new (n: number) => Typed)(numRows) : new Array<unknown>(numRows)
  const out = values as unknown[]
  for (let r = 0, v = 0; r < numRows; r++) {
    if (def[r] === max) out[r] = dense[v++]
    else {
      nulls[r] = 1
      if (!ArrayBuffer.isView(values)) out[r] = null
    }
  }
  return { values, nulls }
}

/** Text decoded into the read's array at `leaf.valuesOffset`: nulls spread in place; the values are the whole array. */
function spreadText(leaf: FlatLeaf, storage: unknown[], max: number, numRows: number): ColumnData {
  const def = leaf.definitionLevels
  const present = leaf.numValues ?? numRows
  if (present === numRows || !def || max === 0) return { values: storage }
  const nulls = new Uint8Array(numRows)
  spreadInPlace(storage, leaf.valuesOffset!, present, numRows, def!, max, nulls, null)
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

/** Joins the parts of one column read from several row groups. */
export function concatColumns(parts: ColumnData[]): ColumnData {
  if (parts.length === 1) return parts[0]!
  const total = parts.reduce((n, p) => n + p.values.length, 0)
  const typed = parts.length > 0 && parts.every((p) => ArrayBuffer.isView(p.values) && p.values.constructor === parts[0]!.values.constructor)
  const values = typed ? new ((parts[0]!.values as Typed).constructor as new (n: number) => Typed)(total) : new Array<unknown>(total)
  const nulls = parts.some((p) => p.nulls) ? new Uint8Array(total) : undefined
  let o = 0
  for (const p of parts) {
    if (typed) (values as Typed).set(p.values as never, o)
    else for (let i = 0; i < p.values.length; i++) (values as unknown[])[o + i] = p.values[i]
    if (nulls && p.nulls) nulls.set(p.nulls, o)
    o += p.values.length
  }
  return nulls ? { values, nulls } : { values }
}
