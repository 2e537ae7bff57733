/**
 * The page index (PageIndex.md; parquet.thrift `OffsetIndex`, `PageLocation`,
 * `ColumnIndex`): per-page byte locations, first rows and statistics of a
 * column chunk, stored near the footer and located by the ColumnChunk's
 * `offset_index_offset/length` and `column_index_offset/length`.
 *
 * `readPageIndexes` fetches the indexes of a row group's chunks in one
 * coalesced read, decodes and validates them. Rules applied:
 * - page locations must lie inside the chunk, in increasing non-overlapping
 *   order; first_row_index starts at 0 and strictly increases below num_rows;
 * - every ColumnIndex list has one entry per page (histograms
 *   pages × (max level + 1)); a wrong length is an error;
 * - a ColumnIndex whose null or NaN counts hold a negative number (some
 *   writers store -1 for "unknown") or that marks a page of a required column
 *   as all null is not trusted: only the OffsetIndex part is returned; a
 *   negative count in a histogram or in unencoded_byte_array_data_bytes
 *   drops that field;
 * - min/max are decoded like column-chunk statistics (statistics.ts): a null
 *   page has none, a NaN min or max drops both, a zero min reads as -0 and a
 *   zero max as +0; they are only used under TYPE_ORDER (or when the file
 *   lists no column orders), IEEE_754_TOTAL_ORDER for floating point, and
 *   INT96_TIMESTAMP_ORDER for INT96 (kept as raw bytes);
 * - a missing OffsetIndex (or an encrypted chunk read without its key: its
 *   indexes are modules, decrypted with options.decryption)
 *   gives `undefined`; a ColumnIndex without its OffsetIndex is unusable and
 *   also gives `undefined`; a missing ColumnIndex leaves only `pages`.
 */
import type { FileDecryption } from '../crypto/options.js'
import { makeCursor } from '../cursor.js'
import { isParquetError, ParquetError, type ParquetErrorContext } from '../errors.js'
import type { ColumnIndex, ColumnOrder, OffsetIndex } from '../format/parquet.gen.js'
import { readColumnIndex, readOffsetIndex } from '../format/parquet-index.gen.js'
import { type ByteRange, readRanges } from '../io/coalesce.js'
import type { ByteSource } from '../io/source.js'
import type { ColumnChunkInfo, RowGroupInfo } from './file-metadata.js'
import type { SchemaNode } from './schema.js'
import { sortOrder } from './sort-order.js'
import { decodeStatisticValue, type StatisticValue } from './statistics.js'

/** One data page as the OffsetIndex locates it. */
export interface PageLocationInfo {
  /** File offset of the page header. */
  offset: number
  /** Header plus compressed body, in bytes. */
  compressedPageSize: number
  /** Index of the page's first row within the row group. */
  firstRowIndex: number
  /** Rows in the page: up to the next page's first row, or the row group's end. */
  rowCount: number
}

export type BoundaryOrderName = 'UNORDERED' | 'ASCENDING' | 'DESCENDING'

export interface ColumnPageIndex {
  /** File offset where the chunk starts (its dictionary page, when it has one before pages[0]). */
  chunkStart: number
  /** Data pages in file order (dictionary page not included). */
  pages: PageLocationInfo[]
  /** True where a page holds only nulls. From the ColumnIndex, as are the fields below. */
  nullPages?: boolean[]
  nullCounts?: number[]
  nanCounts?: number[]
  /** Lower bounds per page; undefined for null pages and unusable values. */
  min?: (StatisticValue | undefined)[]
  /** Upper bounds per page; undefined for null pages and unusable values. */
  max?: (StatisticValue | undefined)[]
  /** Unknown enum values read as UNORDERED (no ordering claimed). */
  boundaryOrder?: BoundaryOrderName
  /** From the OffsetIndex (BYTE_ARRAY columns). */
  unencodedByteArrayDataBytes?: number[]
  /** One histogram (max repetition level + 1 counts) per page. */
  repetitionLevelHistograms?: number[][]
  /** One histogram (max definition level + 1 counts) per page. */
  definitionLevelHistograms?: number[][]
}

export interface PageIndexOptions {
  signal?: AbortSignal
  /** The file's `column_orders` (FileMetaData); absent means the file lists none. */
  columnOrders?: readonly ColumnOrder[]
  /** Indexes must end at or before this offset (the footer's start); default: the source length. */
  footerOffset?: number
  /** Gap up to which index ranges are merged into one read (default 64 KiB). */
  maxGap?: number
  /** Also read the ColumnIndex (page min/max/nulls); false reads page locations only (default true). */
  columnIndex?: boolean
  /** An encrypted file's decryption: the indexes of encrypted chunks whose key is known are decrypted (others are not read). */
  decryption?: FileDecryption
}

/** The column's order and whether the file lists orders at all. */
export interface ColumnOrderInfo {
  order?: ColumnOrder
  hasColumnOrders: boolean
}

/** Reads, decodes and validates the page indexes of `columns` (chunks of `rowGroup`). */
export async function readPageIndexes(
  source: ByteSource, rowGroup: RowGroupInfo, columns: readonly ColumnChunkInfo[], options: PageIndexOptions = {},
): Promise<(ColumnPageIndex | undefined)[]> {
  const limit = options.footerOffset ?? source.byteLength ?? Number.MAX_SAFE_INTEGER
  const contexts = columns.map((c) => chunkContext(c, rowGroup, source))
  const decrypters = columns.map((c) => (c.encrypted ? options.decryption?.pageIndex(rowGroup.index, c.column.columnIndex) : undefined))
  const located = columns.map((c, i) => (c.encrypted && !decrypters[i] ? undefined : locateIndexes(c, limit, contexts[i]!)))
  if (options.columnIndex === false) for (const l of located) if (l) l.columnIndex = undefined
  const ranges: ByteRange[] = []
  for (const l of located) if (l) ranges.push(l.offsetIndex, ...(l.columnIndex ? [l.columnIndex] : []))
  const bytes = await readRanges(source, ranges, { signal: options.signal, maxGap: options.maxGap })
  let next = 0
  return Promise.all(located.map(async (l, i) => {
    if (!l) return undefined
    const column = columns[i]!
    const ctx = contexts[i]!
    const decrypt = decrypters[i]
    let oi = bytes[next++]!
    let ci = l.columnIndex ? bytes[next++] : undefined
    if (decrypt) {
      oi = await decrypt(oi, 'OffsetIndex', { ...ctx, offset: l.offsetIndex.start })
      if (ci) ci = await decrypt(ci, 'ColumnIndex', { ...ctx, offset: l.columnIndex!.start })
    }
    const order = { order: options.columnOrders?.[column.column.columnIndex], hasColumnOrders: options.columnOrders !== undefined }
    return decodePageIndex(oi, ci, column, rowGroup.numRows, order, ctx)
  }))
}

function chunkContext(c: ColumnChunkInfo, rowGroup: RowGroupInfo, source: ByteSource): ParquetErrorContext {
  return { source: source.name, rowGroup: rowGroup.index, column: c.path }
}

interface IndexRanges {
  offsetIndex: ByteRange
  columnIndex?: ByteRange
}

/** The byte ranges of a chunk's indexes, checked against the file; undefined without an OffsetIndex. */
function locateIndexes(c: ColumnChunkInfo, limit: number, ctx: ParquetErrorContext): IndexRanges | undefined {
  const offsetIndex = indexRange(c.chunk.offset_index_offset, c.chunk.offset_index_length, limit, 'OffsetIndex', ctx)
  if (!offsetIndex) return undefined
  const columnIndex = indexRange(c.chunk.column_index_offset, c.chunk.column_index_length, limit, 'ColumnIndex', ctx)
  return columnIndex ? { offsetIndex, columnIndex } : { offsetIndex }
}

function indexRange(offset: number | undefined, length: number | undefined, limit: number, what: string, ctx: ParquetErrorContext): ByteRange | undefined {
  if (offset === undefined && length === undefined) return undefined
  if (offset === undefined || length === undefined || !(offset >= 4) || !(length > 0) || offset + length > limit) {
    throw new ParquetError(
      'METADATA_INVALID',
      `expected the ${what} inside the file (bytes 4 to ${limit}), found offset ${offset ?? 'missing'} and length ${length ?? 'missing'}`,
      { ...ctx, offset },
    )
  }
  return { start: offset, end: offset + length }
}

/**
 * Decodes and validates one chunk's OffsetIndex bytes and (optional)
 * ColumnIndex bytes. `numRows` is the row group's row count.
 */
export function decodePageIndex(
  offsetIndexBytes: Uint8Array, columnIndexBytes: Uint8Array | undefined, chunk: ColumnChunkInfo,
  numRows: number, order: ColumnOrderInfo, ctx: ParquetErrorContext = { column: chunk.path },
): ColumnPageIndex {
  const offsetIndex = decodeStruct(offsetIndexBytes, readOffsetIndex, 'OffsetIndex', ctx)
  const pages = pageLocations(offsetIndex, chunk, numRows, ctx)
  const out: ColumnPageIndex = { chunkStart: chunk.start, pages }
  const unencoded = offsetIndex.unencoded_byte_array_data_bytes
  if (unencoded && checkCounts(unencoded, pages.length, 'unencoded_byte_array_data_bytes', ctx)) out.unencodedByteArrayDataBytes = unencoded
  if (columnIndexBytes) {
    const columnIndex = decodeStruct(columnIndexBytes, readColumnIndex, 'ColumnIndex', ctx)
    addColumnIndex(out, columnIndex, chunk.column, order, ctx)
  }
  return out
}

function decodeStruct<T>(bytes: Uint8Array, read: (c: ReturnType<typeof makeCursor>) => T, what: string, ctx: ParquetErrorContext): T {
  try {
    return read(makeCursor(bytes))
  } catch (e) {
    if (!isParquetError(e)) throw e
    throw new ParquetError('METADATA_INVALID', `expected a valid ${what} of ${bytes.length} bytes, found: ${e.message}`, ctx, { cause: e })
  }
}

function invalid(message: string, ctx: ParquetErrorContext, page?: number): ParquetError {
  return new ParquetError('METADATA_INVALID', message, page === undefined ? ctx : { ...ctx, page })
}

/** Validates the page locations against the chunk and the row group, adding row counts. */
function pageLocations(index: OffsetIndex, chunk: ColumnChunkInfo, numRows: number, ctx: ParquetErrorContext): PageLocationInfo[] {
  const locations = index.page_locations
  if (locations.length === 0 && numRows > 0) throw invalid(`expected at least one page location for ${numRows} rows, found none`, ctx)
  const pages = new Array<PageLocationInfo>(locations.length)
  let minOffset = chunk.start
  for (let i = 0; i < locations.length; i++) {
    const { offset, compressed_page_size: size, first_row_index: first } = locations[i]!
    if (!(offset >= minOffset) || !(size > 0) || offset + size > chunk.end) {
      throw invalid(`expected page ${i} inside the column chunk (bytes ${minOffset} to ${chunk.end}) after the previous page, found ${size} bytes at ${offset}`, ctx, i)
    }
    const minFirst = i === 0 ? 0 : pages[i - 1]!.firstRowIndex + 1
    if (i === 0 ? first !== 0 : !(first >= minFirst && first < numRows)) {
      const want = i === 0 ? 'first_row_index 0' : `a first_row_index from ${minFirst} to ${numRows - 1}`
      throw invalid(`expected ${want} for page ${i}, found ${first}`, ctx, i)
    }
    if (i > 0) pages[i - 1]!.rowCount = first - pages[i - 1]!.firstRowIndex
    pages[i] = { offset, compressedPageSize: size, firstRowIndex: first, rowCount: numRows - first }
    minOffset = offset + size
  }
  return pages
}

/** Throws when the list length is wrong; false when a count is negative (some writers store -1 for "unknown"). */
function checkCounts(counts: number[], length: number, field: string, ctx: ParquetErrorContext): boolean {
  if (counts.length !== length) throw invalid(`expected ${length} entries in ${field} (one per page), found ${counts.length}`, ctx)
  for (let i = 0; i < counts.length; i++) if (!(counts[i]! >= 0)) return false
  return true
}

const BOUNDARY_ORDERS: readonly BoundaryOrderName[] = ['UNORDERED', 'ASCENDING', 'DESCENDING']

function addColumnIndex(out: ColumnPageIndex, index: ColumnIndex, node: SchemaNode, order: ColumnOrderInfo, ctx: ParquetErrorContext): void {
  const n = out.pages.length
  for (const [field, list] of [['null_pages', index.null_pages], ['min_values', index.min_values], ['max_values', index.max_values]] as const) {
    if (list.length !== n) throw invalid(`expected ${n} entries in ${field} (one per page), found ${list.length}`, ctx)
  }
  const nullCounts = index.null_counts && checkCounts(index.null_counts, n, 'null_counts', ctx)
  const nanCounts = index.nan_counts && checkCounts(index.nan_counts, n, 'nan_counts', ctx)
  const rep = index.repetition_level_histograms
  const repHist = rep && splitHistograms(rep, n, node.maxRepetitionLevel, 'repetition_level_histograms', ctx)
  const def = index.definition_level_histograms
  const defHist = def && splitHistograms(def, n, node.maxDefinitionLevel, 'definition_level_histograms', ctx)
  if (nullCounts === false || nanCounts === false || impossibleNullPage(index.null_pages, node)) return
  out.nullPages = index.null_pages
  out.boundaryOrder = BOUNDARY_ORDERS[index.boundary_order] ?? 'UNORDERED'
  if (nullCounts) out.nullCounts = index.null_counts
  if (nanCounts) out.nanCounts = index.nan_counts
  if (repHist) out.repetitionLevelHistograms = repHist
  if (defHist) out.definitionLevelHistograms = defHist
  if (boundsUsable(node, order)) decodeBounds(out, index, node)
}

/**
 * A page of a required column (max definition level 0) cannot be all null:
 * writers that had no statistics wrote such indexes (with null counts of -1).
 */
function impossibleNullPage(nullPages: readonly boolean[], node: SchemaNode): boolean {
  return node.maxDefinitionLevel === 0 && nullPages.includes(true)
}

/** Per-page histograms; undefined when a count is negative. */
function splitHistograms(flat: number[], pages: number, maxLevel: number, field: string, ctx: ParquetErrorContext): number[][] | undefined {
  const width = maxLevel + 1
  if (flat.length !== pages * width) {
    throw invalid(`expected ${pages * width} entries in ${field} (${pages} pages × ${width} levels), found ${flat.length}`, ctx)
  }
  if (!checkCounts(flat, flat.length, field, ctx)) return undefined
  const out = new Array<number[]>(pages)
  for (let i = 0; i < pages; i++) out[i] = flat.slice(i * width, (i + 1) * width)
  return out
}

/** Whether min_values/max_values have a meaning a reader may use (parquet.thrift ColumnOrder). */
export function boundsUsable(node: SchemaNode, { order, hasColumnOrders }: ColumnOrderInfo): boolean {
  if (order?.INT96_TIMESTAMP_ORDER !== undefined) return node.physicalType === 'INT96'
  if (sortOrder(node) === 'UNKNOWN') return false
  if (!hasColumnOrders || order?.TYPE_ORDER !== undefined) return true
  const floating = node.physicalType === 'FLOAT' || node.physicalType === 'DOUBLE' || node.logicalType?.type === 'FLOAT16'
  return order?.IEEE_754_TOTAL_ORDER !== undefined && floating
}

function decodeBounds(out: ColumnPageIndex, index: ColumnIndex, node: SchemaNode): void {
  const n = out.pages.length
  const min = new Array<StatisticValue | undefined>(n)
  const max = new Array<StatisticValue | undefined>(n)
  for (let i = 0; i < n; i++) {
    const lo = index.null_pages[i] ? undefined : decodeStatisticValue(index.min_values[i]!, node)
    const hi = index.null_pages[i] ? undefined : decodeStatisticValue(index.max_values[i]!, node)
    const nan = Number.isNaN(lo) || Number.isNaN(hi)
    min[i] = nan ? undefined : lo === 0 ? -0 : lo
    max[i] = nan ? undefined : Object.is(hi, -0) ? 0 : hi
  }
  out.min = min
  out.max = max
}
