/**
 * Keeping the rows a filter selected from one row group's column-oriented
 * results (read/columns.ts shapes). The pushdown figures are in stats.ts.
 */
import type { ColumnData, ColumnSet } from '../read/columns.js'

type Typed = ArrayLike<unknown> & { constructor: new (n: number) => ArrayLike<unknown> }

/** The rows `keep` (ascending indexes) of every column. */
export function pickRows(columns: ColumnSet, keep: readonly number[]): ColumnSet {
  const out: ColumnSet = {}
  for (const name of Object.keys(columns)) {
    Object.defineProperty(out, name, { value: pickColumn(columns[name]!, keep), enumerable: true, writable: true, configurable: true })
  }
  return out
}

function pickColumn(column: ColumnData, keep: readonly number[]): ColumnData {
  const src = column.values
  const values = ArrayBuffer.isView(src) ? new ((src as unknown as Typed).constructor)(keep.length) : new Array<unknown>(keep.length)
  const target = values as unknown as { [i: number]: unknown }
  for (let i = 0; i < keep.length; i++) target[i] = src[keep[i]!]
  if (!column.nulls) return { values }
  const nulls = new Uint8Array(keep.length)
  let any = false
  for (let i = 0; i < keep.length; i++) {
    nulls[i] = column.nulls[keep[i]!]!
    any ||= nulls[i] === 1
  }
  return any ? { values, nulls } : { values }
}

export type { PushdownStats } from './stats.js'
