/**
 * Pushdown planning for one row group, in this order:
 * (a) column-chunk statistics (parquet.thrift ColumnMetaData.statistics) may
 *     rule the whole row group out;
 * (b) the ColumnIndex of each filter column (PageIndex.md) rules pages out:
 *     the row group's rows are cut at every page boundary of every filter
 *     column, and a row range is kept when the filter may be true on the
 *     pages covering it (a filter column without a ColumnIndex contributes its
 *     chunk statistics);
 * (c) bloom filters (BloomFilter.md) of the columns compared with eq / in may
 *     rule the row group out;
 * what is left is read and filtered row by row (evaluate.ts).
 */
import type { ByteSource } from '../io/source.js'
import type { ValueOptions } from '../logical/to-js.js'
import type { ColumnChunkInfo, ParquetMetadata, RowGroupInfo } from '../metadata/file-metadata.js'
import { type ColumnPageIndex, readPageIndexes } from '../metadata/page-index.js'
import type { SchemaNode } from '../metadata/schema.js'
import { chunkStatistics } from '../metadata/statistics.js'
import { type BloomFilter, bloomCheck, bloomHash } from './bloom.js'
import { readBloomFilter, readEncryptedBloomFilter } from './bloom-read.js'
import { plainEncodings } from './bloom-values.js'
import type { CompiledFilter, CompiledNode, FilterColumn } from './filter.js'
import { boundKey, type Key } from './keys.js'
import type { PushdownStats } from './stats.js'
import { type Bounds, MAY_TRUE, mayMatch } from './prune.js'

/** Rows [start, end) of a row group. */
export interface RowRange {
  start: number
  end: number
}

export interface RowGroupPlan {
  /** Why the row group is not read at all. */
  skippedBy?: 'statistics' | 'pageIndex' | 'bloomFilter'
  /** Row ranges to read (row group rows), sorted, not touching. */
  ranges: RowRange[]
  /** Page indexes of the read columns (by position in `readLeaves`), for page planning. */
  indexes: (ColumnPageIndex | undefined)[]
}

export interface PlanContext {
  source: ByteSource
  metadata: ParquetMetadata
  filter: CompiledFilter
  /** Leaves the read decodes (selected and filter columns). */
  readLeaves: readonly SchemaNode[]
  options: ValueOptions & { signal?: AbortSignal; coalesceGap?: number }
}

/** Plans the reading of rows [from, to) of `rowGroup` under the filter. */
export async function planRowGroup(ctx: PlanContext, rowGroup: RowGroupInfo, from: number, to: number): Promise<RowGroupPlan> {
  const { filter } = ctx
  const chunkBounds = filter.columns.map((c) => statisticsBounds(c, rowGroup.columns[c.node.columnIndex]!, ctx.options))
  if ((mayMatch(filter.root, chunkBounds) & MAY_TRUE) === 0) return { skippedBy: 'statistics', ranges: [], indexes: [] }
  const all = await readIndexes(ctx, rowGroup)
  const filterIndexes = filter.columns.map((c) => all.get(c.node.columnIndex))
  const ranges = keptRanges(filter, chunkBounds, filterIndexes, from, to, ctx.options)
  if (ranges.length === 0) return { skippedBy: 'pageIndex', ranges, indexes: [] }
  if (!(await bloomMayMatch(ctx, rowGroup, chunkBounds))) return { skippedBy: 'bloomFilter', ranges: [], indexes: [] }
  const indexes = ctx.readLeaves.map((leaf) => all.get(leaf.columnIndex))
  return { ranges: coarsen(ranges, indexes), indexes }
}

/** OffsetIndex + ColumnIndex of the filter and read columns, by column index (one coalesced read). */
async function readIndexes(ctx: PlanContext, rowGroup: RowGroupInfo): Promise<Map<number, ColumnPageIndex | undefined>> {
  const wanted = new Set<number>([...ctx.filter.columns.map((c) => c.node.columnIndex), ...ctx.readLeaves.map((l) => l.columnIndex)])
  const chunks = [...wanted].sort((a, b) => a - b).map((i) => rowGroup.columns[i]!)
  const indexes = await readPageIndexes(ctx.source, rowGroup, chunks, {
    signal: ctx.options.signal,
    columnOrders: ctx.metadata.fileMetaData.column_orders,
    footerOffset: ctx.metadata.footerOffset,
    maxGap: ctx.options.coalesceGap ?? 16384,
    decryption: ctx.metadata.decryption,
  })
  return new Map(chunks.map((c, i) => [c.column.columnIndex, indexes[i]]))
}

/** Bounds of a column chunk from its Statistics. */
export function statisticsBounds(column: FilterColumn, info: ColumnChunkInfo, options: ValueOptions): Bounds {
  const { node, spec } = column
  // An encrypted chunk read without its key has no metadata: nothing is known (reading it then fails with ENCRYPTED_COLUMN).
  if (!info.metaData) return { hasValues: true, hasNulls: true, maybeNaN: spec.floating }
  const stats = chunkStatistics(info)
  const nullCount = node.maxDefinitionLevel === 0 ? 0 : stats?.nullCount
  const raw = info.metaData.statistics
  // Old writers' min/max of binary columns were compared as signed bytes: only min_value/max_value are bounds there.
  const binary = node.physicalType === 'BYTE_ARRAY' || node.physicalType === 'FIXED_LEN_BYTE_ARRAY'
  const trusted = !binary || raw?.min_value !== undefined || raw?.max_value !== undefined
  const nanCount = raw?.nan_count
  return {
    hasValues: nullCount === undefined || nullCount < info.numValues,
    hasNulls: nullCount === undefined || nullCount > 0,
    min: trusted && stats?.min !== undefined ? boundKey(stats.min, node, spec, options) : undefined,
    max: trusted && stats?.max !== undefined ? boundKey(stats.max, node, spec, options) : undefined,
    maybeNaN: spec.floating && nanCount !== 0,
  }
}

/** Bounds of page `i` from a ColumnIndex. */
function pageBounds(column: FilterColumn, index: ColumnPageIndex, i: number, options: ValueOptions): Bounds {
  const { node, spec } = column
  const required = node.maxDefinitionLevel === 0
  const nullCount = required ? 0 : index.nullCounts?.[i]
  const min = index.min?.[i]
  const max = index.max?.[i]
  return {
    hasValues: !index.nullPages?.[i] && !(nullCount !== undefined && nullCount >= index.pages[i]!.rowCount),
    hasNulls: nullCount === undefined || nullCount > 0,
    min: min === undefined ? undefined : boundKey(min, node, spec, options),
    max: max === undefined ? undefined : boundKey(max, node, spec, options),
    maybeNaN: spec.floating && index.nanCounts?.[i] !== 0,
  }
}

/** Row ranges within [from, to) where the filter may be true, page by page. */
function keptRanges(
  filter: CompiledFilter, chunkBounds: Bounds[], indexes: (ColumnPageIndex | undefined)[], from: number, to: number, options: ValueOptions,
): RowRange[] {
  const paged = indexes.map((ix, c) => (ix?.nullPages ? ix.pages.map((_, i) => pageBounds(filter.columns[c]!, ix, i, options)) : undefined))
  const cuts = new Set<number>([from, to])
  indexes.forEach((ix, c) => {
    if (paged[c]) for (const p of ix!.pages) if (p.firstRowIndex > from && p.firstRowIndex < to) cuts.add(p.firstRowIndex)
  })
  const points = [...cuts].sort((a, b) => a - b)
  const bounds = chunkBounds.slice()
  const at = indexes.map(() => 0)
  const out: RowRange[] = []
  for (let k = 0; k + 1 < points.length; k++) {
    const start = points[k]!
    for (let c = 0; c < bounds.length; c++) {
      const pages = paged[c]
      if (!pages) continue
      const locations = indexes[c]!.pages
      while (at[c]! + 1 < locations.length && locations[at[c]! + 1]!.firstRowIndex <= start) at[c]!++
      bounds[c] = pages[at[c]!]!
    }
    if ((mayMatch(filter.root, bounds) & MAY_TRUE) === 0) continue
    const last = out[out.length - 1]
    if (last && last.end === start) last.end = points[k + 1]!
    else out.push({ start, end: points[k + 1]! })
  }
  return out
}

/**
 * Joins ranges that share a page of a read column (so no page is fetched
 * twice); everything into one range when a read column has no OffsetIndex
 * (its whole chunk is read anyway).
 */
function coarsen(ranges: RowRange[], indexes: (ColumnPageIndex | undefined)[]): RowRange[] {
  if (indexes.some((ix) => !ix)) return [{ start: ranges[0]!.start, end: ranges[ranges.length - 1]!.end }]
  const out: RowRange[] = [{ ...ranges[0]! }]
  for (let k = 1; k < ranges.length; k++) {
    const prev = out[out.length - 1]!
    const next = ranges[k]!
    const shared = indexes.some((ix) => pageOf(ix!, prev.end - 1) === pageOf(ix!, next.start))
    if (shared) prev.end = next.end
    else out.push({ ...next })
  }
  return out
}

function pageOf(index: ColumnPageIndex, row: number): number {
  let lo = 0
  let hi = index.pages.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (index.pages[mid]!.firstRowIndex <= row) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** False when a bloom filter shows that no eq / in value of the filter can be in the row group. */
async function bloomMayMatch(ctx: PlanContext, rowGroup: RowGroupInfo, chunkBounds: Bounds[]): Promise<boolean> {
  const used = new Set<number>()
  collectEquality(ctx.filter.root, used)
  let any = false
  const bounds = chunkBounds.slice()
  for (const c of used) {
    const column = ctx.filter.columns[c]!
    const info = rowGroup.columns[column.node.columnIndex]!
    const offset = info.metaData?.bloom_filter_offset
    const length = info.metaData?.bloom_filter_length
    // An encrypted column's filter is read only with its key (and its stored length: the modules' sizes are in them).
    const decrypt = info.encrypted ? ctx.metadata.decryption?.bloomFilter(rowGroup.index, column.node.columnIndex) : undefined
    if (offset === undefined || (info.encrypted && (!decrypt || length === undefined))) continue
    const where = { source: ctx.source.name, rowGroup: rowGroup.index, column: info.path }
    const limit = ctx.metadata.footerOffset
    const filter = decrypt
      ? await readEncryptedBloomFilter(ctx.source, offset, length!, limit, decrypt, where, ctx.options.signal)
      : await readBloomFilter(ctx.source, offset, length, limit, where, ctx.options.signal)
    bounds[c] = { ...bounds[c]!, mayContain: (key) => bloomContains(filter, key, column, info) }
    any = true
  }
  return !any || (mayMatch(ctx.filter.root, bounds) & MAY_TRUE) !== 0
}

function bloomContains(filter: BloomFilter, key: Key, column: FilterColumn, info: ColumnChunkInfo): boolean {
  const encodings = plainEncodings(key, column.spec, info.column.physicalType!, info.column.typeLength)
  if (!encodings) return true
  return encodings.some((bytes) => bloomCheck(filter, bloomHash(bytes)))
}

function collectEquality(node: CompiledNode, out: Set<number>): void {
  if (node.type === 'leaf') {
    if (node.op === 'eq' || node.op === 'in') out.add(node.column)
  } else if (node.type === 'not') collectEquality(node.child, out)
  else for (const child of node.children) collectEquality(child, out)
}

/** Adds one row group's plan to the figures: skips, and pages and bytes of the read columns. */
export function recordPlan(stats: PushdownStats, plan: RowGroupPlan, rowGroup: RowGroupInfo, readLeaves: readonly SchemaNode[]): void {
  stats.rowGroups++
  for (const leaf of readLeaves) {
    const info = rowGroup.columns[leaf.columnIndex]!
    stats.bytes += info.end - info.start
  }
  if (plan.skippedBy === 'statistics') stats.rowGroupsSkippedByStatistics++
  else if (plan.skippedBy === 'pageIndex') stats.rowGroupsSkippedByPageIndex++
  else if (plan.skippedBy === 'bloomFilter') stats.rowGroupsSkippedByBloomFilter++
  if (plan.skippedBy) return
  stats.rowGroupsRead++
  for (const index of plan.indexes) {
    if (!index) continue
    stats.pages += index.pages.length
    stats.pagesSkipped += index.pages.filter((p) => !plan.ranges.some((r) => p.firstRowIndex < r.end && p.firstRowIndex + p.rowCount > r.start)).length
  }
}
