/**
 * The streaming writer: a Parquet file (format README "File format") written
 * to a sink (io/sinks.ts, io/node-sink.ts) row group by row group. Rows or
 * column batches are buffered until `rowGroupSize` rows are there, then that
 * row group is shredded, encoded and sent to the sink, so memory holds about
 * one row group whatever the file size; only the chunks' metadata and page
 * indexes are kept for the footer, which `close()` writes. The schema is
 * `options.schema`, or inferred from the first batch (schema/infer.ts).
 *
 * Any error (a bad value, a failing sink) aborts the sink (a Node file
 * leaves nothing behind) and fails the writer: later calls throw.
 * Calls are queued, so not awaiting one before the next is safe.
 */
import type { LeafInput } from '../column/column-write.js'
import { shredRows } from '../dremel/shred.js'
import { isParquetError, ParquetError, withContext } from '../errors.js'
import type { ByteSink } from '../io/sinks.js'
import { fromJsValues } from '../logical/from-js.js'
import { buildSchema } from '../metadata/schema.js'
import type { FieldMap } from '../schema/field.js'
import { inferSchema } from '../schema/infer.js'
import { schemaElements } from '../schema/schema-elements.js'
import { type ColumnBatch, columnBatch, concatColumn, inferBatch, sliceColumn } from './column-batches.js'
import { type ColumnInput, type ColumnValues, columnLeaves } from './columns-input.js'
import { type FileState, finishFile, startFile, writeRowGroup } from './file-write.js'
import { checkOptions, DEFAULTS, type WriteOptions } from './options.js'

/** What `close()` reports. */
export interface WriteSummary {
  numRows: number
  rowGroups: number
  /** Size of the file in bytes. */
  byteLength: number
}

/** A Parquet file being written; see createWriter. */
export interface ParquetWriter {
  /** Rows accepted so far (written or buffered). */
  readonly numRows: number
  /** Adds row objects (keys = top-level field names). */
  write(rows: readonly unknown[]): Promise<void>
  /** Adds a batch of columns (the input of writeColumns). */
  writeColumns(columns: Record<string, ColumnInput>): Promise<void>
  /** Writes the buffered rows now, as a row group shorter than rowGroupSize. */
  flush(): Promise<void>
  /** Writes the buffered rows, the page indexes and the footer, and closes the sink. */
  close(): Promise<WriteSummary>
  /** Drops everything: the sink is aborted (a Node file is removed). Safe to call at any time. */
  abort(reason?: unknown): Promise<void>
}

interface WriterState {
  sink: ByteSink
  options: WriteOptions
  size: number
  file?: FileState
  rows: unknown[]
  pieces?: { parts: Map<string, ColumnValues[]>; rows: number }
  accepted: number
  status: 'open' | 'closed' | 'failed' | 'aborted'
  tail: Promise<unknown>
}

/**
 * Opens a writer on `sink`. `options` are writeRows' (schema, codecs,
 * encodings, sizes...). Checks the options and a given schema at once.
 */
export async function createWriter(sink: ByteSink, options: WriteOptions = {}): Promise<ParquetWriter> {
  checkOptions(options)
  const state: WriterState = {
    sink, options, size: options.rowGroupSize ?? DEFAULTS.rowGroupSize, rows: [], accepted: 0, status: 'open', tail: Promise.resolve(),
  }
  if (options.schema) await run(state, () => begin(state, options.schema!))
  return {
    get numRows() {
      return state.accepted
    },
    write: (rows) => run(state, () => addRows(state, rows)),
    writeColumns: (columns) => run(state, () => addColumns(state, columns)),
    flush: () => run(state, () => flushPending(state)),
    close: () => run(state, () => finish(state)),
    abort: (reason) => abortWriter(state, reason),
  }
}

/** Runs `fn` after the calls before it; an error fails the writer and aborts the sink. */
function run<T>(state: WriterState, fn: () => Promise<T>): Promise<T> {
  const op = state.tail.then(async () => {
    if (state.status !== 'open') {
      throw new ParquetError('ARGUMENT_INVALID', `expected an open writer, found a ${state.status} one`, { source: state.sink.name })
    }
    try {
      return await fn()
    } catch (e) {
      const err = isParquetError(e) ? e : withContext(e, { source: state.sink.name }, 'WRITE_FAILED')
      if (state.status === 'open') {
        state.status = 'failed'
        await state.sink.abort(err)
      }
      throw err
    }
  })
  state.tail = op.catch(() => undefined)
  return op
}

async function abortWriter(state: WriterState, reason: unknown): Promise<void> {
  if (state.status !== 'open') return
  state.status = 'aborted'
  await state.tail
  state.rows = []
  state.pieces = undefined
  await state.sink.abort(reason)
}

async function begin(state: WriterState, fields: FieldMap): Promise<void> {
  const elements = schemaElements(fields)
  const { state: file, magic } = await startFile(buildSchema(elements), elements, state.options)
  state.file = file
  await state.sink.write(magic.slice())
}

const emitTo = (state: WriterState) => (bytes: Uint8Array) => state.sink.write(bytes)

async function addRows(state: WriterState, rows: readonly unknown[]): Promise<void> {
  if (!Array.isArray(rows)) throw new ParquetError('ARGUMENT_INVALID', `expected an array of row objects, found ${typeof rows}`)
  if (state.pieces) await flushColumns(state)
  if (!state.file) {
    if (rows.length === 0) return
    await begin(state, inferSchema(rows))
  }
  state.accepted += rows.length
  let at = 0
  while (at < rows.length) {
    const take = Math.min(rows.length - at, state.size - state.rows.length)
    for (let i = 0; i < take; i++) state.rows.push(rows[at + i])
    at += take
    if (state.rows.length >= state.size) await flushRows(state)
  }
}

async function flushRows(state: WriterState): Promise<void> {
  const file = state.file!
  const rows = state.rows
  state.rows = []
  const first = file.numRows
  const rowGroup = file.rowGroups.length
  const shredded = guard(() => shredRows(file.schema, rows), first, rowGroup)
  const leaves = shredded.map((s): LeafInput => ({
    column: s.column,
    numLevels: s.numLevels,
    definitionLevels: s.definitionLevels,
    repetitionLevels: s.repetitionLevels,
    values: guard(() => fromJsValues(s.values, s.column), first, rowGroup),
  }))
  await writeRowGroup(file, leaves, rows.length, emitTo(state))
}

/** Runs `fn`, making any error a ParquetError of row group `rowGroup` whose row counts from the file's first row. */
function guard<T>(fn: () => T, rowOffset: number, rowGroup: number): T {
  try {
    return fn()
  } catch (e) {
    const err = withContext(e, { rowGroup }, 'TYPE_INVALID')
    if (typeof err.context.row === 'number') err.context.row += rowOffset
    throw err
  }
}

async function addColumns(state: WriterState, columns: Record<string, ColumnInput>): Promise<void> {
  const batch = columnBatch(columns)
  if (state.rows.length > 0) await flushRows(state)
  if (!state.file) await begin(state, inferBatch(batch))
  checkBatch(state, batch)
  state.accepted += batch.numRows
  let at = 0
  while (at < batch.numRows) {
    const pieces = state.pieces ?? { parts: new Map(), rows: 0 }
    state.pieces = pieces
    const take = Math.min(batch.numRows - at, state.size - pieces.rows)
    for (const field of state.file!.schema.root.children) {
      const list = pieces.parts.get(field.name) ?? []
      list.push(sliceColumn(batch.parts.get(field.name)!, at, at + take))
      pieces.parts.set(field.name, list)
    }
    pieces.rows += take
    at += take
    if (pieces.rows >= state.size) await flushColumns(state)
  }
}

function checkBatch(state: WriterState, batch: ColumnBatch): void {
  for (const field of state.file!.schema.root.children) {
    if (!batch.parts.has(field.name)) {
      throw new ParquetError('ARGUMENT_INVALID', `expected a column '${field.name}' (it is in the schema), found none`, { column: field.name })
    }
  }
}

async function flushColumns(state: WriterState): Promise<void> {
  const file = state.file!
  const pieces = state.pieces!
  state.pieces = undefined
  const first = file.numRows
  const leaves = file.schema.root.children.flatMap((field) => {
    const input = concatColumn(pieces.parts.get(field.name)!)
    return guard(() => columnLeaves(field, input, 0, pieces.rows), first, file.rowGroups.length)
  })
  await writeRowGroup(file, leaves, pieces.rows, emitTo(state))
}

async function flushPending(state: WriterState): Promise<void> {
  if (state.rows.length > 0) await flushRows(state)
  if (state.pieces) await flushColumns(state)
}

async function finish(state: WriterState): Promise<WriteSummary> {
  await flushPending(state)
  if (!state.file) await begin(state, inferSchema([]))
  const file = state.file!
  // A file without rows still gets one (empty) row group, as writeRows always did.
  if (file.rowGroups.length === 0) await flushRows(state)
  for (const part of await finishFile(file)) await state.sink.write(part)
  await state.sink.close()
  state.status = 'closed'
  return { numRows: file.numRows, rowGroups: file.rowGroups.length, byteLength: file.offset }
}
