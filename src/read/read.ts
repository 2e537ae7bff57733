/**
 * The read API: readRows, readColumns and readRowGroups (an async iterator).
 * Plans which row groups and column chunks a read needs, fetches only those
 * byte ranges (coalesced), decodes each chunk, converts physical values to
 * JS values and assembles nested values (Dremel).
 */
import type { CodecOverrides } from '../compression/index.js'
import type { LeafData } from '../dremel/assemble.js'
import { setField } from '../dremel/set-field.js'
import { ParquetError } from '../errors.js'
import { type SourceInput, toSource } from '../io/to-source.js'
import type { ValueOptions } from '../logical/to-js.js'
import { describeMetadata, type ParquetMetadata, type ReadMetadataOptions, type RowGroupInfo } from '../metadata/file-metadata.js'
import { readFooter } from '../metadata/footer-read.js'
import type { Filter } from '../query/filter.js'
import { emptyStats, type PushdownStats } from '../query/stats.js'
import type { ChunkDecoder } from './chunk-decoder.js'
import { addColumns, finishColumns, startColumns } from './column-output.js'
import { type ColumnData, type ColumnSet, concatColumns, isFlat } from './columns.js'
import type * as Filtering from './filtered.js'
import { columnsToRows, loadPart, plannedRowGroups, type ReadContext, readRowGroupLeaves, rowGroupColumns } from './read-core.js'
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
  /**
   * Decodes column chunks elsewhere, e.g. in worker threads (`createWorkerPool`
   * from parquet-ts/node): this thread then only fetches bytes and assembles.
   * Ignored with `codecs` (functions cannot cross threads).
   */
  decoder?: ChunkDecoder
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

/** A read's state: the pipeline's context, and the filtered-read steps (filtered.ts) when the read has a filter. */
interface ReadState extends ReadContext {
  filtering?: typeof Filtering
}

async function openRead(input: SourceInput, options: ReadOptions): Promise<ReadState> {
  const source = toSource(input, options)
  let metadata = options.metadata
  if (!metadata) {
    const footer = await readFooter(source, options)
    metadata = describeMetadata(footer.metadata, source, footer)
  }
  const { schema } = selectColumns(metadata.schema, options.columns)
  // Nested assembly is loaded only when a selected top-level field is not flat.
  const assemble = schema.root.children.every(isFlat) ? undefined : (await loadPart(import('../dremel/assemble.js'), 'assembly')).assembleField
  let rowStart = Math.max(0, options.rowStart ?? 0)
  let rowEnd = Math.min(metadata.numRows, options.rowEnd ?? metadata.numRows)
  if (!Number.isSafeInteger(rowStart) || !Number.isSafeInteger(rowEnd)) {
    throw new ParquetError('ARGUMENT_INVALID', `expected integer rowStart/rowEnd, found ${options.rowStart}/${options.rowEnd}`)
  }
  checkRowOptions(options.offset, options.limit)
  // The query engine (filtered.ts and src/query) is loaded only for a read with a filter.
  const filtering = options.filter === undefined ? undefined : await loadPart(import('./filtered.js'), 'query')
  const filter = filtering?.compileFilter(options.filter!, metadata.schema, options)
  const readLeaves = filter && options.columns ? selectColumns(metadata.schema, [...options.columns, ...filter.columns.map((c) => c.path)]).leaves : schema.leaves
  if (!filter) {
    rowStart = Math.min(rowEnd, rowStart + (options.offset ?? 0))
    rowEnd = Math.min(rowEnd, rowStart + (options.limit ?? rowEnd))
  }
  return {
    source, metadata, schema, rowStart, rowEnd, options, readLeaves, filter, filtering, assemble, stats: emptyStats(), wanted: Number.POSITIVE_INFINITY,
  }
}

function checkRowOptions(offset: number | undefined, limit: number | undefined): void {
  for (const [name, v] of [['offset', offset], ['limit', limit]] as const) {
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 0)) {
      throw new ParquetError('ARGUMENT_INVALID', `expected ${name} to be a whole number >= 0, found ${v}`, { option: name })
    }
  }
}

type GroupColumns = Omit<RowGroupData, 'rows'>

/** Each row group's columns, unfiltered (the row range already holds offset and limit). */
async function* plainGroups(ctx: ReadContext): AsyncGenerator<GroupColumns> {
  const groups = plannedRowGroups(ctx)
  let ahead: Promise<LeafData[]> | undefined
  for (let i = 0; i < groups.length; i++) {
    const { rowGroup, first } = groups[i]!
    ctx.stats.rowGroups++
    ctx.stats.rowGroupsRead++
    const current = ahead ?? readRowGroupLeaves(ctx, rowGroup, first)
    // With a decoder (worker threads), the next row group is fetched and decoded while this one is assembled.
    ahead = ctx.options.decoder && i + 1 < groups.length ? prefetch(ctx, groups[i + 1]!) : undefined
    const leaves = await current
    const rowStart = Math.max(first, ctx.rowStart)
    const numRows = Math.min(first + rowGroup.numRows, ctx.rowEnd) - rowStart
    ctx.stats.rowsScanned += numRows
    ctx.stats.rowsMatched += numRows
    yield { rowGroup: rowGroup.index, rowStart, numRows, columns: rowGroupColumns(ctx, leaves, numRows) }
  }
}

function prefetch(ctx: ReadContext, group: { rowGroup: RowGroupInfo; first: number }): Promise<LeafData[]> {
  const p = readRowGroupLeaves(ctx, group.rowGroup, group.first)
  p.catch(() => undefined) // a read stopped early never awaits it
  return p
}

/** The read's row groups with the filter, offset and limit applied; reports the figures when done. */
async function* groupColumns(ctx: ReadState): AsyncGenerator<GroupColumns> {
  try {
    // Without a filter, offset and limit are already in the row range.
    yield* ctx.filter ? ctx.filtering!.limitedGroups(ctx, ctx.filter, { plannedRowGroups, readRowGroupLeaves, rowGroupColumns, concatColumns }) : plainGroups(ctx)
  } finally {
    ctx.options.onStats?.(ctx.stats)
  }
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
  // Without a filter the row count is known: columns are filled in place.
  const output = ctx.filter ? undefined : startColumns(ctx.schema.root.children, plannedRowGroups(ctx), ctx.rowStart, ctx.rowEnd, ctx.options)
  if (output) {
    ctx.output = output
    for await (const group of groupColumns(ctx)) addColumns(output, group.columns, group.numRows)
    return finishColumns(output)
  }
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
