/**
 * Keeping the rows a filter selected from one row group's column-oriented
 * results (read/columns.ts shapes), and the figures that say what predicate
 * pushdown saved.
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

/** What predicate pushdown saved in one read. */
export interface PushdownStats {
  /** Row groups overlapping the requested row range. */
  rowGroups: number
  rowGroupsSkippedByStatistics: number
  rowGroupsSkippedByPageIndex: number
  rowGroupsSkippedByBloomFilter: number
  /** Row groups whose pages were fetched and decoded. */
  rowGroupsRead: number
  /** Data pages (per OffsetIndex) of the read columns in the row groups read. */
  pages: number
  /** Of those, pages not fetched because the ColumnIndex ruled their rows out. */
  pagesSkipped: number
  /** Compressed bytes of the read columns' chunks in all row groups considered. */
  bytes: number
  /** Column-chunk bytes actually fetched (a dictionary page may be fetched once per row range). */
  bytesRead: number
  /** Rows decoded and tested against the filter. */
  rowsScanned: number
  /** Rows that passed the filter (before offset and limit). */
  rowsMatched: number
}

export function emptyStats(): PushdownStats {
  return {
    rowGroups: 0, rowGroupsSkippedByStatistics: 0, rowGroupsSkippedByPageIndex: 0, rowGroupsSkippedByBloomFilter: 0, rowGroupsRead: 0,
    pages: 0, pagesSkipped: 0, bytes: 0, bytesRead: 0, rowsScanned: 0, rowsMatched: 0,
  }
}
