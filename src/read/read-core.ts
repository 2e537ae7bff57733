/**
 * The read pipeline's shared steps: which row groups a read touches, which
 * bytes of each chunk to fetch (whole chunks, or with an offset index only
 * the pages holding the rows), fetching them coalesced, decoding each chunk,
 * converting to JS values and assembling the top-level columns.
 */
import { type ColumnChunkData, joinBytes, readColumnChunk } from '../column/column-read.js'
import type { assembleField, LeafData } from '../dremel/assemble.js'
import { setField } from '../dremel/set-field.js'
import { withContext } from '../errors.js'
import { type ByteRange, readRanges } from '../io/coalesce.js'
import type { ByteSource } from '../io/source.js'
import { isStringColumn, loadJsValues, type ValueOptions } from '../logical/js-values.js'
import type { ColumnChunkInfo, ParquetMetadata, RowGroupInfo } from '../metadata/file-metadata.js'
import type { ColumnPageIndex } from '../metadata/page-index.js'
import type { Schema, SchemaNode } from '../metadata/schema.js'
import type { CompiledFilter } from '../query/filter.js'
import type { PushdownStats } from '../query/pick.js'
import type { ColumnsOutput } from './column-output.js'
import { type ColumnData, type ColumnSet, type FlatLeaf, flatColumn, isFlat } from './columns.js'
import type { ChunkDecoder } from './chunk-decoder.js'
import type { ReadOptions } from './read.js'

export interface ReadContext {
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
  /** Filtered reads: rows still wanted (offset + limit, minus rows returned; filtered.ts keeps it); else Infinity. */
  wanted: number
  /** Nested assembly (dremel/assemble.ts), loaded when a top-level field is not flat. */
  assemble?: typeof assembleField
  /** readColumns' result being filled: whole row groups of flat columns decode straight into it. */
  output?: ColumnsOutput
}

/**
 * Awaits a part of the library loaded with import() (the query engine, the
 * page index, nested assembly): a failed load (e.g. a chunk the network lost)
 * is an IO_ERROR naming the part. Errors thrown by the loaded code itself
 * pass through unchanged.
 */
export async function loadPart<T>(load: Promise<T>, part: string): Promise<T> {
  try {
    return await load
  } catch (e) {
    throw withContext(e, { part }, 'IO_ERROR')
  }
}

/** The row groups overlapping [rowStart, rowEnd), with their first row index. */
export function plannedRowGroups(ctx: ReadContext): { rowGroup: RowGroupInfo; first: number }[] {
  const out: { rowGroup: RowGroupInfo; first: number }[] = []
  let first = 0
  for (const rowGroup of ctx.metadata.rowGroups) {
    const end = first + rowGroup.numRows
    if (end > ctx.rowStart && first < ctx.rowEnd) out.push({ rowGroup, first })
    first = end
  }
  return out
}

/** What to fetch and decode of one column chunk. */
export interface ChunkPlan {
  info: ColumnChunkInfo
  ranges: ByteRange[]
  /** Rows of the row group the fetched pages hold: [first, first + rows). */
  first: number
  rows: number
  partial: boolean
  /** With `partial`: the data pages fetched, by index in the chunk (the ordinals an encrypted chunk's pages are decrypted with). */
  pages?: number[]
}

/** Fetches and decodes the selected chunks of one row group, cut to rows [from, to) of it (default: the read's rows), by column index. */
export async function readRowGroupLeaves(
  ctx: ReadContext, rowGroup: RowGroupInfo, first: number, range?: { start: number; end: number }, indexes?: (ColumnPageIndex | undefined)[],
): Promise<LeafData[]> {
  const from = range?.start ?? Math.max(0, ctx.rowStart - first)
  const to = range?.end ?? Math.max(from, Math.min(rowGroup.numRows, ctx.rowEnd - first))
  const chunks = ctx.readLeaves.map((leaf) => rowGroup.columns[leaf.columnIndex]!)
  // Part of a row group: the offset index, the page planner and the trimming, loaded on first use.
  const part = from === 0 && to === rowGroup.numRows ? undefined : await loadPart(import('./page-plan.js'), 'page index')
  const partial = await part?.planChunks(ctx, rowGroup, first, from, to, chunks, indexes)
  // Without an offset index (and for whole row groups) a chunk is fetched whole.
  const plans = chunks.map((info, i): ChunkPlan => partial?.[i] ?? { info, ranges: [info], first: 0, rows: rowGroup.numRows, partial: false })
  for (const plan of plans) for (const r of plan.ranges) ctx.stats.bytesRead += r.end - r.start
  const fetched = await readRanges(ctx.source, plans.flatMap((p) => p.ranges), {
    signal: ctx.options.signal,
    maxGap: ctx.options.coalesceGap ?? 16384,
  })
  const leaves: LeafData[] = []
  const trimLeaf = part?.trimLeaf
  // Where a whole row group's rows go in readColumns' output; -1 when cut.
  const at = part ? -1 : first - ctx.rowStart
  const decoder = ctx.options.codecs ? undefined : ctx.options.decoder
  const jobs: Promise<void>[] = []
  let next = 0
  for (const plan of plans) {
    const parts = fetched.slice(next, next + plan.ranges.length)
    next += plan.ranges.length
    const job = decodePlan(ctx, plan, joinBytes(parts), rowGroup, decoder, at).then(async (data) => {
      const leaf = await toLeafData(data, ctx.options)
      leaves[plan.info.column.columnIndex] = trimLeaf ? trimLeaf(leaf, plan.info.column, from - plan.first, to - from) : leaf
    })
    // With a decoder every chunk of the row group is in flight at once.
    if (decoder) jobs.push(job)
    else await job
  }
  await Promise.all(jobs)
  return leaves
}

/** Decodes one chunk here, or with the read's decoder (a worker pool) when one is given. */
function decodePlan(ctx: ReadContext, plan: ChunkPlan, bytes: Uint8Array, rowGroup: RowGroupInfo, decoder: ChunkDecoder | undefined, at: number): Promise<ColumnChunkData> {
  const options = {
    verifyChecksums: ctx.options.verifyChecksums,
    maxPageBytes: ctx.options.maxPageBytes,
    strings: isStringColumn(plan.info.column, ctx.options),
    partial: plan.partial ? { rows: plan.rows, offset: plan.ranges[0]?.start ?? plan.info.start, pages: plan.pages } : undefined,
  }
  // Encrypted chunks are decrypted and decoded here (the keys stay on this thread).
  const decryptPages = plan.info.encrypted ? ctx.metadata.decryption?.chunkPages(rowGroup.index, plan.info.column.columnIndex) : undefined
  if (decoder && !decryptPages) return decoder.decode({ bytes, info: plan.info, rowGroup: { index: rowGroup.index, numRows: rowGroup.numRows }, options, source: ctx.source.name })
  const into = plan.partial ? undefined : ctx.output?.into(plan.info, rowGroup.numRows, at)
  return readColumnChunk(bytes, plan.info, rowGroup, { ...options, codecs: ctx.options.codecs, into, decryptPages }, ctx.source.name)
}

async function toLeafData(data: ColumnChunkData, options: ValueOptions): Promise<FlatLeaf> {
  // Text decoded into readColumns' output (valuesOffset set): its strings are the JS values already.
  const values = data.valuesOffset === undefined ? await loadJsValues(data.values, data.numValues, data.column, options) : data.values as string[]
  return { ...data, values }
}

/** Assembles one row group's top-level columns, cut to the requested row range. */
export function rowGroupColumns(ctx: ReadContext, leaves: LeafData[], numRows: number): ColumnSet {
  const columns: ColumnSet = {}
  for (const field of ctx.schema.root.children) {
    const column = isFlat(field)
      ? (ctx.output?.flat ?? flatColumn)(leaves[field.columnIndex]!, field, numRows)
      : { values: ctx.assemble!(field, leaves, numRows) }
    setField(columns, field.name, column)
  }
  return columns
}

/** Rows are filled a block at a time, one column after another within a block. */
const ROW_BLOCK = 2048

/**
 * Builds row objects from top-level columns. Every row starts as a copy of one
 * object holding all the keys, so the stores overwrite fields in place instead
 * of growing each row. Within a block of rows the fields are filled column by
 * column: one property name per loop, which keeps wide rows (hundreds of
 * fields) fast, and a block small enough to stay in cache.
 */
export function columnsToRows(fields: readonly SchemaNode[], columns: ColumnSet, numRows: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = new Array(numRows)
  const names = fields.map((f) => f.name)
  const template: Record<string, unknown> = {}
  for (const name of names) setField(template, name, null)
  for (let start = 0; start < numRows; start += ROW_BLOCK) {
    const end = Math.min(numRows, start + ROW_BLOCK)
    for (let r = start; r < end; r++) rows[r] = { ...template }
    for (const name of names) fillField(rows, name, columns[name]!, start, end)
  }
  return rows
}

/** rows[r][name] = the column's value (null where its mask says so) for r in [start, end). */
function fillField(rows: Record<string, unknown>[], name: string, column: ColumnData, start: number, end: number): void {
  const { values, nulls } = column
  if (name === '__proto__') {
    for (let r = start; r < end; r++) setField(rows[r]!, name, nulls?.[r] ? null : values[r])
  } else if (nulls) {
    for (let r = start; r < end; r++) rows[r]![name] = nulls[r] ? null : values[r]
  } else {
    for (let r = start; r < end; r++) rows[r]![name] = values[r]
  }
}

