/**
 * Column-oriented results: one entry per row for each top-level column.
 * Flat columns keep the typed arrays the decoders produce (expanded to one
 * slot per row, nulls marked in a mask), so numbers are never boxed.
 */
import type { LeafData } from '../dremel/assemble.js'
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

/** Spreads a flat leaf's dense values over its rows, nulls marked in a mask (readColumns' in-place variant: column-output.ts). */
export function flatColumn(leaf: FlatLeaf, field: SchemaNode, numRows: number): ColumnData {
  const def = leaf.definitionLevels
  const max = field.maxDefinitionLevel
  const dense = leaf.values
  if (max === 0 || !def || dense.length === numRows) return { values: dense }
  const nulls = new Uint8Array(numRows)
  const typed = ArrayBuffer.isView(dense)
  const values = typed ? new (dense.constructor as new (n: number) => Typed)(numRows) : new Array<unknown>(numRows)
  const out = values as unknown[]
  for (let r = 0, v = 0; r < numRows; r++) {
    if (def[r] === max) out[r] = dense[v++]
    else {
      nulls[r] = 1
      if (!typed) out[r] = null
    }
  }
  return { values, nulls }
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
