/**
 * Building a column chunk's page index (PageIndex.md; parquet.thrift
 * `OffsetIndex`, `PageLocation`, `ColumnIndex`): the writer-side mirror of
 * metadata/page-index.ts.
 * - OffsetIndex: every data page's offset (relative to the chunk start here),
 *   stored size with its header, and first row; BYTE_ARRAY data bytes per page.
 * - ColumnIndex: per page null flag, min and max (truncated like the
 *   statistics; empty for a page of only nulls), null counts, NaN counts for
 *   floating point, level histograms, and the boundary order. None is built
 *   for a column without a defined order (INT96, INTERVAL) or when a page
 *   with values has no min/max (only NaNs), as parquet.thrift requires.
 */
import * as BoundaryOrders from '../format/enum/boundary-order.gen.js'
import type { ColumnIndex, OffsetIndex, SizeStatistics } from '../format/parquet.gen.js'
import type { SchemaNode } from '../metadata/schema.js'
import { storedLength, type WrittenPage } from '../page/page-write.js'
import { compareBounds, type RunStats, type StatKind, toThriftStatistics } from './statistics.js'

interface PageRows {
  firstRow: number
  valueStart: number
  valueEnd: number
}

export interface ChunkPageIndex {
  offsetIndex: OffsetIndex
  columnIndex?: ColumnIndex
}

/** The page index of a chunk whose data pages start `firstOffset` bytes after the chunk start. */
export function buildPageIndex(
  node: SchemaNode, kind: StatKind, pages: WrittenPage[], firstOffset: number, ranges: PageRows[], stats: RunStats[],
  sizes: SizeStatistics[], truncateLength: number,
): ChunkPageIndex {
  let offset = firstOffset
  const offsetIndex: OffsetIndex = {
    page_locations: pages.map((p, i) => {
      const length = storedLength(p)
      const location = { offset, compressed_page_size: length, first_row_index: ranges[i]!.firstRow }
      offset += length
      return location
    }),
  }
  if (node.physicalType === 'BYTE_ARRAY') offsetIndex.unencoded_byte_array_data_bytes = sizes.map((s) => s.unencoded_byte_array_data_bytes ?? 0)
  return { offsetIndex, columnIndex: columnIndex(node, kind, ranges, stats, sizes, truncateLength) }
}

function columnIndex(
  node: SchemaNode, kind: StatKind, ranges: PageRows[], stats: RunStats[], sizes: SizeStatistics[], truncateLength: number,
): ColumnIndex | undefined {
  if (kind === 'none') return undefined
  const nullPages = ranges.map((r) => r.valueEnd === r.valueStart)
  if (stats.some((s, i) => !nullPages[i] && (s.min === undefined || s.max === undefined))) return undefined
  const mins: Uint8Array[] = []
  const maxs: Uint8Array[] = []
  for (let i = 0; i < stats.length; i++) {
    const encoded = nullPages[i] ? undefined : toThriftStatistics(kind, node, stats[i]!, { truncateLength })
    mins.push(encoded?.min_value ?? new Uint8Array(0))
    maxs.push(encoded?.max_value ?? new Uint8Array(0))
  }
  const index: ColumnIndex = {
    null_pages: nullPages,
    min_values: mins,
    max_values: maxs,
    boundary_order: boundaryOrder(kind, stats, nullPages),
    null_counts: stats.map((s) => s.nullCount),
  }
  if (kind === 'float' || kind === 'double' || kind === 'float16') index.nan_counts = stats.map((s) => s.nanCount)
  if (node.maxRepetitionLevel > 0) index.repetition_level_histograms = sizes.flatMap((s) => s.repetition_level_histogram ?? [])
  if (node.maxDefinitionLevel > 0) index.definition_level_histograms = sizes.flatMap((s) => s.definition_level_histogram ?? [])
  return index
}

/** ASCENDING when no page's min or max is below the previous page's, DESCENDING when none is above, else UNORDERED (null pages skipped). */
function boundaryOrder(kind: StatKind, stats: RunStats[], nullPages: boolean[]): number {
  let ascending = true
  let descending = true
  let prev: RunStats | undefined
  for (let i = 0; i < stats.length; i++) {
    if (nullPages[i]) continue
    const s = stats[i]!
    if (prev) {
      const dMin = compareBounds(kind, s.min!, prev.min!)
      const dMax = compareBounds(kind, s.max!, prev.max!)
      if (dMin < 0 || dMax < 0) ascending = false
      if (dMin > 0 || dMax > 0) descending = false
    }
    prev = s
  }
  return ascending ? BoundaryOrders.ASCENDING : descending ? BoundaryOrders.DESCENDING : BoundaryOrders.UNORDERED
}
