/**
 * The figures that say what predicate pushdown saved in one read (`onStats`).
 * Kept apart from the query engine: every read reports them, with or without
 * a filter, and the engine itself is loaded only for filtered reads.
 */

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
