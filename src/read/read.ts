/**
 * The read API: readRows, readColumns and readRowGroups (an async iterator).
 * Plans which row groups and column chunks a read needs, fetches only those
 * byte ranges (coalesced), decodes each chunk, converts physical values to
 * JS values and assembles nested values (Dremel).
 */
import type { CodecOverrides } from '../compression/index.js'
import { type ColumnChunkData, readColumnChunk } from '../column/column-read.js'
import { assembleField, type LeafData, setField } from '../dremel/assemble.js'
import { ParquetError } from '../errors.js'
import { type ByteRange, readRanges } from '../io/coalesce.js'
import type { ByteSource } from '../io/source.js'
import { type SourceInput, toSource } from '../io/to-source.js'
import { isStringColumn, toJsValues, type ValueOptions } from '../logical/to-js.js'
import { type ColumnChunkInfo, describeMetadata, type ParquetMetadata, type ReadMetadataOptions, type RowGroupInfo } from '../metadata/file-metadata.js'
import { type ColumnPageIndex, readPageIndexes } from '../metadata/page-index.js'
import { readFooter } from '../metadata/footer-read.js'
import type { Schema, SchemaNode } from '../metadata/schema.js'
import { type ColumnData, type ColumnSet, concatColumns, flatColumn, isFlat } from './columns.js'
import { planPages } from './page-plan.js'
import { type CompiledFilter, compileFilter, type Filter } from '../query/filter.js'
import { matchingRows } from '../query/evaluate.js'
import { emptyStats, pickRows, type PushdownStats } from '../query/pick.js'
import { checkRowOptions, planRowGroup, recordPlan } from '../query/plan.js'
import { trimLeaf } from './trim.js'
import { selectColumns } from './select.js'

export type { ColumnData, ColumnSet, Filter, PushdownStats }

export interface ReadOptions extends ReadMetadataOptions, ValueOptions {
  /** Top-level column names or dotted paths; all columns when absent. */
  columns?: readonly string[]
  /** First row to return (default 0). */
  rowStart?: number
  /** Row after the last one to return (default: the end of the file). */
  rowEnd?: number
  /** Codec implementations to use instead of the built-in ones, by name or id. */
  codecs?: CodecOverrides
  /** Verify page CRC32 checksums where present (default true). */
  verifyChecksums?: boolean
  /** Largest uncompressed page accepted, in bytes (default 1 GiB). */
  maxPageBytes?: number
  /** Byte gap under which neighbouring column chunks are fetched in one read (default 16 KiB). */
  coalesceGap?: number
  /** Metadata already read with readMetadata, to skip reading the footer again. */
  metadata?: ParquetMetadata
  /** Only rows where this filter is true (the language: src/query/filter.ts). Pushed down to statistics, page indexes and bloom filters. */
  filter?: Filter
  /** Rows of the (filtered) result to skip first (default 0). */
  offset?: number
  /** Most rows to return; reading stops once they are found. */
  limit?: number
  /** Called when the read ends (also when stopped early) with what was read and what pushdown skipped. */
  onStats?: (stats: PushdownStats) => void
}

/** One row group's worth of decoded data. */
export interface RowGroupData {
  rowGroup: number
  /** File row index of the first row in `rows` (with a filter, of the first row scanned). */
  rowStart: number
  numRows: number
  /** With a filter: the file row index of each row. */
  rowIndexes?: number[]
  /** The rows' top-level columns. */
  columns: ColumnSet
  rows: Record<string, unknown>[]
}

interface ReadContext {
  source: ByteSource
  metadata: ParquetMetadata
  schema: Schema
  rowStart: number
  rowEnd: number
  options: ReadOptions
  /** Leaves to decode: the selected ones and the filter's. */
  readLeaves: SchemaNode[]
  filter?: CompiledFilter
  stats: PushdownStats
  /** Rows still wanted (offset + limit, minus rows returned); Infinity without a limit. */
  wanted: number
}

async function openRead(input: SourceInput, options: ReadOptions): Promise<ReadContext> {
  const source = toSource(input, options)
  let metadata = options.metadata
  if (!metadata) {
    const footer = await readFooter(source, options)
    metadata = describeMetadata(footer.metadata, source, footer)
  }
  const { schema } = selectColumns(metadata.schema, options.columns)
  let rowStart = Math.max(0, options.rowStart ?? 0)
  let rowEnd = Math.min(metadata.numRows, options.rowEnd ?? metadata.numRows)
  if (!Number.isSafeInteger(rowStart) || !Number.isSafeInteger(rowEnd)) {
    throw new ParquetError('ARGUMENT_INVALID', `expected integer rowStart/rowEnd, found ${options.rowStart}/${options.rowEnd}`)
  }
  checkRowOptions(options.offset, options.limit)
  const filter = options.filter === undefined ? undefined : compileFilter(options.filter, metadata.schema, options)
  const readLeaves = filter && options.columns ? selectColumns(metadata.schema, [...options.columns, ...filter.columns.map((c) => c.path)]).leaves : schema.leaves
  const wanted = (options.offset ?? 0) + (options.limit ?? Number.POSITIVE_INFINITY)
  if (!filter) {
    rowStart = Math.min(rowEnd, rowStart + (options.offset ?? 0))
    rowEnd = Math.min(rowEnd, rowStart + (options.limit ?? rowEnd))
  }
  return { source, metadata, schema, rowStart, rowEnd, options, readLeaves, filter, stats: emptyStats(), wanted: filter ? wanted : Number.POSITIVE_INFINITY }
}

/** The row groups overlapping [rowStart, rowEnd), with their first row index. */
function plannedRowGroups(ctx: ReadContext): { rowGroup: RowGroupInfo; first: number }[] {
  const out: { rowGroup: RowGroupInfo; first: number }[] = []
  let first = 0
  for (const rowGroup of ctx.metadata.rowGroups) {
    const end = first + rowGroup.numRows
    if (end > ctx.rowStart && first < ctx.rowEnd) out.push({ rowGroup, first })
    first = end
  }
  return out
}

interface ChunkPlan {
  info: ColumnChunkInfo
  ranges: ByteRange[]
  /** Rows of the row group the fetched pages hold: [first, first + rows). */
  first: number
  rows: number
  partial: boolean
}

/** Which bytes of each selected chunk to fetch: all of it, or with an offset index only the pages holding the rows. */
async function planChunks(
  ctx: ReadContext, rowGroup: RowGroupInfo, first: number, from: number, to: number, known?: (ColumnPageIndex | undefined)[],
): Promise<ChunkPlan[]> {
  const chunks = ctx.readLeaves.map((leaf) => rowGroup.columns[leaf.columnIndex]!)
  const whole = (info: ColumnChunkInfo): ChunkPlan => ({ info, ranges: [info], first: 0, rows: rowGroup.numRows, partial: false })
  if (from === 0 && to === rowGroup.numRows) return chunks.map(whole)
  const indexes = known ?? await readPageIndexes(ctx.source, rowGroup, chunks, {
    signal: ctx.options.signal,
    columnOrders: ctx.metadata.fileMetaData.column_orders,
    footerOffset: ctx.metadata.footerOffset,
    columnIndex: false,
    maxGap: ctx.options.coalesceGap ?? 16384,
  })
  return chunks.map((info, i) => {
    const index = indexes[i]
    if (!index) return whole(info)
    const plan = planPages(index, first, first + from, first + to)
    return { info, ranges: plan.ranges, first: plan.firstRow - first, rows: plan.endRow - plan.firstRow, partial: true }
  })
}

/** Fetches and decodes the selected chunks of one row group, cut to rows [from, to) of it (default: the read's rows), by column index. */
async function readRowGroupLeaves(
  ctx: ReadContext, rowGroup: RowGroupInfo, first: number, range?: { start: number; end: number }, indexes?: (ColumnPageIndex | undefined)[],
): Promise<LeafData[]> {
  const from = range?.start ?? Math.max(0, ctx.rowStart - first)
  const to = range?.end ?? Math.max(from, Math.min(rowGroup.numRows, ctx.rowEnd - first))
  const plans = await planChunks(ctx, rowGroup, first, from, to, indexes)
  for (const plan of plans) for (const r of plan.ranges) ctx.stats.bytesRead += r.end - r.start
  const fetched = await readRanges(ctx.source, plans.flatMap((p) => p.ranges), {
    signal: ctx.options.signal,
    maxGap: ctx.options.coalesceGap ?? 16384,
  })
  const leaves: LeafData[] = []
  let next = 0
  for (const plan of plans) {
    const parts = fetched.slice(next, next + plan.ranges.length)
    next += plan.ranges.length
    const data = await readColumnChunk(joinBytes(parts), plan.info, rowGroup, {
      codecs: ctx.options.codecs,
      verifyChecksums: ctx.options.verifyChecksums,
      maxPageBytes: ctx.options.maxPageBytes,
      strings: isStringColumn(plan.info.column, ctx.options),
      partial: plan.partial ? { rows: plan.rows, offset: plan.ranges[0]?.start ?? plan.info.start } : undefined,
    }, ctx.source.name)
    const leaf = toLeafData(data, ctx.options)
    const whole = !plan.partial && from === 0 && to === rowGroup.numRows
    leaves[plan.info.column.columnIndex] = whole ? leaf : trimLeaf(leaf, plan.info.column, from - plan.first, to - from)
  }
  return leaves
}

function joinBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

function toLeafData(data: ColumnChunkData, options: ValueOptions): LeafData {
  return {
    definitionLevels: data.definitionLevels,
    repetitionLevels: data.repetitionLevels,
    values: toJsValues(data.values, data.numValues, data.column, options),
    numLevels: data.numLevels,
  }
}

/** Assembles one row group's top-level columns, cut to the requested row range. */
function rowGroupColumns(ctx: ReadContext, leaves: LeafData[], numRows: number): ColumnSet {
  const columns: ColumnSet = {}
  for (const field of ctx.schema.root.children) {
    const column = isFlat(field) ? flatColumn(leaves[field.columnIndex]!, field, numRows) : { values: assembleField(field, leaves, numRows) }
    setField(columns, field.name, column)
  }
  return columns
}

/** Builds row objects from top-level columns. */
function columnsToRows(fields: readonly SchemaNode[], columns: ColumnSet, numRows: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = new Array(numRows)
  const data = fields.map((f) => columns[f.name]!)
  for (let r = 0; r < numRows; r++) {
    const row: Record<string, unknown> = {}
    for (let f = 0; f < fields.length; f++) {
      const column = data[f]!
      setField(row, fields[f]!.name, column.nulls?.[r] ? null : column.values[r])
    }
    rows[r] = row
  }
  return rows
}

type GroupColumns = Omit<RowGroupData, 'rows'>

/** Each row group's columns, unfiltered (the row range already holds offset and limit). */
async function* plainGroups(ctx: ReadContext): AsyncGenerator<GroupColumns> {
  for (const { rowGroup, first } of plannedRowGroups(ctx)) {
    ctx.stats.rowGroups++
    ctx.stats.rowGroupsRead++
    const leaves = await readRowGroupLeaves(ctx, rowGroup, first)
    const rowStart = Math.max(first, ctx.rowStart)
    const numRows = Math.min(first + rowGroup.numRows, ctx.rowEnd) - rowStart
    ctx.stats.rowsScanned += numRows
    ctx.stats.rowsMatched += numRows
    yield { rowGroup: rowGroup.index, rowStart, numRows, columns: rowGroupColumns(ctx, leaves, numRows) }
  }
}

/** Each row group's matching rows: pushdown plans the row ranges (src/query/plan.ts), then rows are tested one by one. */
async function* filteredGroups(ctx: ReadContext, filter: CompiledFilter): AsyncGenerator<GroupColumns> {
  const planContext = { source: ctx.source, metadata: ctx.metadata, filter, readLeaves: ctx.readLeaves, options: ctx.options }
  for (const { rowGroup, first } of plannedRowGroups(ctx)) {
    if (ctx.wanted <= 0) return
    const from = Math.max(0, ctx.rowStart - first)
    const plan = await planRowGroup(planContext, rowGroup, from, Math.min(rowGroup.numRows, ctx.rowEnd - first))
    recordPlan(ctx.stats, plan, rowGroup, ctx.readLeaves)
    if (plan.skippedBy) continue
    const parts: ColumnSet[] = []
    const rowIndexes: number[] = []
    for (const range of plan.ranges) {
      if (rowIndexes.length >= ctx.wanted) break
      const leaves = await readRowGroupLeaves(ctx, rowGroup, first, range, plan.indexes)
      const numRows = range.end - range.start
      const keep = matchingRows(filter, leaves, numRows)
      ctx.stats.rowsScanned += numRows
      ctx.stats.rowsMatched += keep.length
      parts.push(pickRows(rowGroupColumns(ctx, leaves, numRows), keep))
      for (const k of keep) rowIndexes.push(first + range.start + k)
    }
    const columns: ColumnSet = {}
    for (const field of ctx.schema.root.children) setField(columns, field.name, concatColumns(parts.map((p) => p[field.name]!)))
    yield { rowGroup: rowGroup.index, rowStart: first + from, numRows: rowIndexes.length, columns, rowIndexes }
  }
}

/** The read's row groups with the filter, offset and limit applied; reports the figures when done. */
async function* groupColumns(ctx: ReadContext): AsyncGenerator<GroupColumns> {
  // Without a filter, offset and limit are already in the row range.
  let skip = ctx.filter ? (ctx.options.offset ?? 0) : 0
  let left = ctx.filter ? (ctx.options.limit ?? Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY
  try {
    for await (const group of ctx.filter ? filteredGroups(ctx, ctx.filter) : plainGroups(ctx)) {
      const from = Math.min(skip, group.numRows)
      const to = Math.min(group.numRows, from + left)
      skip -= from
      left -= to - from
      ctx.wanted = skip + left
      if (from === 0 && to === group.numRows) yield group
      else if (to > from) yield sliceGroup(group, from, to)
      if (left <= 0) return
    }
  } finally {
    ctx.options.onStats?.(ctx.stats)
  }
}

function sliceGroup(group: GroupColumns, from: number, to: number): GroupColumns {
  const keep = Array.from({ length: to - from }, (_, i) => from + i)
  return { ...group, numRows: to - from, columns: pickRows(group.columns, keep), rowIndexes: group.rowIndexes?.slice(from, to) }
}

/** Reads row groups one at a time: memory stays bounded by one row group. */
export async function* readRowGroups(input: SourceInput, options: ReadOptions = {}): AsyncGenerator<RowGroupData> {
  const ctx = await openRead(input, options)
  for await (const group of groupColumns(ctx)) {
    yield { ...group, rows: columnsToRows(ctx.schema.root.children, group.columns, group.numRows) }
  }
}

/**
 * Reads top-level columns: flat numeric columns come as typed arrays (one
 * entry per row, with a `nulls` mask where the column is optional), text as
 * string arrays, nested columns as arrays of assembled values.
 */
export async function readColumns(input: SourceInput, options: ReadOptions = {}): Promise<ColumnSet> {
  const ctx = await openRead(input, options)
  const parts: ColumnSet[] = []
  for await (const group of groupColumns(ctx)) parts.push(group.columns)
  const out: ColumnSet = {}
  for (const field of ctx.schema.root.children) setField(out, field.name, concatColumns(parts.map((p) => p[field.name]!)))
  return out
}

/** Reads rows as objects keyed by top-level column name. */
export async function readRows(input: SourceInput, options: ReadOptions = {}): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = []
  for await (const group of readRowGroups(input, options)) {
    for (const row of group.rows) out.push(row)
  }
  return out
}
