/**
 * Column batches for the streaming writer: checks a `writeColumns` batch
 * (one entry per row for each top-level column, see columns-input.ts),
 * slices batches into row-group-sized pieces and joins the pieces of one
 * row group back into one column input (typed arrays stay typed when every
 * piece has the same type).
 */
import { ParquetError } from '../errors.js'
import type { FieldMap } from '../schema/field.js'
import { inferColumn } from '../schema/infer.js'
import { type ColumnInput, type ColumnValues, columnParts } from './columns-input.js'

/** A checked batch: its columns by name and its row count. */
export interface ColumnBatch {
  names: string[]
  parts: Map<string, ColumnValues>
  numRows: number
}

/** Checks `columns` (at least one, all of the same length). */
export function columnBatch(columns: Record<string, ColumnInput>): ColumnBatch {
  const names = Object.keys(columns ?? {})
  if (names.length === 0) throw new ParquetError('ARGUMENT_INVALID', 'expected at least one column, found none')
  const parts = new Map(names.map((n) => [n, columnParts(columns[n]!, n)]))
  const numRows = parts.get(names[0]!)!.values.length
  for (const [name, p] of parts) {
    if (p.values.length !== numRows) {
      throw new ParquetError('ARGUMENT_INVALID', `expected every column to hold ${numRows} rows, found ${p.values.length} in '${name}'`, { column: name })
    }
  }
  return { names, parts, numRows }
}

/** The fields inferred from a batch (schema/infer.ts rules per column). */
export function inferBatch(batch: ColumnBatch): FieldMap {
  // A null or undefined in the values makes the field optional in inferColumn itself; a 1 in the mask is passed on.
  return Object.fromEntries(batch.names.map((n) => {
    const p = batch.parts.get(n)!
    return [n, inferColumn(n, p.values, p.nulls?.includes(1) === true)]
  }))
}

type Typed = ArrayLike<unknown> & ArrayBufferView & { subarray(start: number, end: number): Typed; set(a: ArrayLike<unknown>, at: number): void }

/** Rows [start, end) of a column input: a view for typed arrays, a copy of the references otherwise. */
export function sliceColumn(input: ColumnValues, start: number, end: number): ColumnValues {
  const { values, nulls } = input
  if (start === 0 && end === values.length) return input
  const out: ColumnValues = { values: sliceValues(values, start, end) }
  if (nulls) out.nulls = nulls.subarray(start, end)
  return out
}

function sliceValues(values: ArrayLike<unknown>, start: number, end: number): ArrayLike<unknown> {
  if (ArrayBuffer.isView(values) && !(values instanceof DataView)) return (values as Typed).subarray(start, end)
  if (Array.isArray(values)) return values.slice(start, end)
  const out = new Array<unknown>(end - start)
  for (let i = start; i < end; i++) out[i - start] = values[i]
  return out
}

/** One column input holding `pieces` one after the other. */
export function concatColumn(pieces: readonly ColumnValues[]): ColumnValues {
  if (pieces.length === 1) return pieces[0]!
  let total = 0
  for (const p of pieces) total += p.values.length
  const out: ColumnValues = { values: concatValues(pieces, total) }
  if (pieces.some((p) => p.nulls)) {
    const nulls = new Uint8Array(total)
    let at = 0
    for (const p of pieces) {
      if (p.nulls) nulls.set(p.nulls, at)
      at += p.values.length
    }
    out.nulls = nulls
  }
  return out
}

function concatValues(pieces: readonly ColumnValues[], total: number): ArrayLike<unknown> {
  const first = pieces[0]!.values
  const ctor = first.constructor
  if (ArrayBuffer.isView(first) && pieces.every((p) => p.values.constructor === ctor)) {
    const out = new (ctor as new (n: number) => Typed)(total)
    let at = 0
    for (const p of pieces) {
      out.set(p.values, at)
      at += p.values.length
    }
    return out
  }
  const out = new Array<unknown>(total)
  let at = 0
  for (const p of pieces) {
    const v = p.values
    for (let i = 0; i < v.length; i++) out[at++] = v[i]
  }
  return out
}
