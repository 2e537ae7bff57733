/**
 * Page selection for a row range (PageIndex.md "range scans"; parquet.thrift
 * `PageLocation.first_row_index`): given a chunk's OffsetIndex, which data
 * pages hold the rows [rowStart, rowEnd), and which bytes to fetch for them.
 *
 * Assumption: a row never spans two pages. parquet.thrift requires pages to
 * begin on row boundaries (repetition level 0) whenever an OffsetIndex is
 * present, so for repeated columns too every page holds whole rows, and the
 * rows of page i are [first_row_index[i], first_row_index[i+1]). Files that
 * break this rule would need the page before the selection as well.
 *
 * Loaded with import() by read-core.ts for reads of part of a row group,
 * with what those need: the offset index reader and trimLeaf (trim.ts).
 */
import { ParquetError } from '../errors.js'
import type { ByteRange } from '../io/coalesce.js'
import type { ColumnChunkInfo, RowGroupInfo } from '../metadata/file-metadata.js'
import { type ColumnPageIndex, type PageLocationInfo, readPageIndexes } from '../metadata/page-index.js'
import type { ChunkPlan, ReadContext } from './read-core.js'

export { trimLeaf } from './trim.js'

/**
 * For rows [from, to) of a row group whose first row is file row `first`:
 * each chunk's pages holding them, by its offset index (`known`, else read
 * now); undefined for a chunk without one (it is then fetched whole).
 */
export async function planChunks(
  ctx: ReadContext, rowGroup: RowGroupInfo, first: number, from: number, to: number, chunks: ColumnChunkInfo[], known?: (ColumnPageIndex | undefined)[],
): Promise<(ChunkPlan | undefined)[]> {
  const indexes = known ?? await readPageIndexes(ctx.source, rowGroup, chunks, {
    signal: ctx.options.signal,
    columnOrders: ctx.metadata.fileMetaData.column_orders,
    footerOffset: ctx.metadata.footerOffset,
    columnIndex: false,
    maxGap: ctx.options.coalesceGap ?? 16384,
    decryption: ctx.metadata.decryption,
  })
  return chunks.map((info, i) => {
    const index = indexes[i]
    if (!index) return undefined
    const plan = planPages(index, first, first + from, first + to)
    return { info, ranges: plan.ranges, first: plan.firstRow - first, rows: plan.endRow - plan.firstRow, partial: true, pages: plan.pages }
  })
}

export interface PagePlan {
  /** Indexes into `index.pages` (data pages only; the dictionary page is not counted). */
  pages: number[]
  /**
   * Byte ranges to fetch, sorted and merged where adjacent. When the chunk has
   * a dictionary page before its first data page and any page is selected, the
   * first range starts at the chunk start and covers it.
   */
  ranges: ByteRange[]
  /** File row index of the first row in the selected pages (rows before rowStart are to be skipped). */
  firstRow: number
  /** File row index just past the last row of the selected pages. */
  endRow: number
}

/**
 * Plans the pages holding file rows [rowStart, rowEnd) of one chunk whose row
 * group starts at file row `rowGroupFirstRow`. Rows outside the row group are
 * ignored; an empty intersection gives no pages, no ranges and
 * firstRow = endRow.
 */
export function planPages(
  index: Pick<ColumnPageIndex, 'chunkStart' | 'pages'>, rowGroupFirstRow: number, rowStart: number, rowEnd: number,
): PagePlan {
  checkArguments(rowGroupFirstRow, rowStart, rowEnd)
  const pages = index.pages
  const last = pages[pages.length - 1]
  const groupRows = last ? last.firstRowIndex + last.rowCount : 0
  const localStart = Math.max(rowStart - rowGroupFirstRow, 0)
  const localEnd = Math.min(rowEnd - rowGroupFirstRow, groupRows)
  if (localStart >= localEnd) {
    const at = rowGroupFirstRow + Math.min(localStart, groupRows)
    return { pages: [], ranges: [], firstRow: at, endRow: at }
  }
  const first = pageHolding(pages, localStart)
  const lastPage = pageHolding(pages, localEnd - 1)
  const selected: number[] = []
  for (let i = first; i <= lastPage; i++) selected.push(i)
  return {
    pages: selected,
    ranges: byteRanges(index.chunkStart, pages, first, lastPage),
    firstRow: rowGroupFirstRow + pages[first]!.firstRowIndex,
    endRow: rowGroupFirstRow + pages[lastPage]!.firstRowIndex + pages[lastPage]!.rowCount,
  }
}

function checkArguments(rowGroupFirstRow: number, rowStart: number, rowEnd: number): void {
  const ok = Number.isSafeInteger(rowGroupFirstRow) && Number.isSafeInteger(rowStart) && Number.isSafeInteger(rowEnd)
  if (!ok || rowGroupFirstRow < 0 || rowStart < 0 || rowEnd < rowStart) {
    throw new ParquetError(
      'ARGUMENT_INVALID',
      `expected whole row numbers with 0 <= rowStart <= rowEnd and rowGroupFirstRow >= 0, found rowStart ${rowStart}, rowEnd ${rowEnd}, rowGroupFirstRow ${rowGroupFirstRow}`,
    )
  }
}

/** The last page whose first row is at or before `row` (binary search; pages[0] starts at row 0). */
function pageHolding(pages: readonly PageLocationInfo[], row: number): number {
  let lo = 0
  let hi = pages.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (pages[mid]!.firstRowIndex <= row) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** The dictionary range (bytes before pages[0], if any) and pages first..last, adjacent ones merged. */
function byteRanges(chunkStart: number, pages: readonly PageLocationInfo[], first: number, last: number): ByteRange[] {
  const ranges: ByteRange[] = []
  const dataStart = pages[0]!.offset
  if (dataStart > chunkStart) ranges.push({ start: chunkStart, end: dataStart })
  for (let i = first; i <= last; i++) {
    const { offset, compressedPageSize } = pages[i]!
    const prev = ranges[ranges.length - 1]
    if (prev && prev.end === offset) prev.end = offset + compressedPageSize
    else ranges.push({ start: offset, end: offset + compressedPageSize })
  }
  return ranges
}
