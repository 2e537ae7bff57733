/**
 * Decoding column chunks off the main thread: the task a decoder receives
 * (one chunk's stored pages and what the footer says about it), the result
 * it hands back, and the pieces shared by every worker pool (Node
 * worker_threads, browser Web Workers): running a task, listing a result's
 * transferable buffers, making a text column's strings in the calling thread
 * (dictionary-encoded pages travel as the dictionary and Int32Array indices,
 * other pages as UTF-8 bytes and offsets, so no string is cloned per value),
 * and carrying a ParquetError across the thread boundary. Browser-safe: no
 * Node built-ins here.
 */
import { type ColumnChunkData, type ColumnReadOptions, readColumnChunk } from '../column/column-read.js'
import { byteArrayToStrings } from '../encoding/byte-array.js'
import type { Cursor } from '../cursor.js'
import { decodeDictionaryIndices, gatherStrings } from '../encoding/dictionary.js'
import type { ByteArrayColumn } from '../encoding/types.js'
import { isParquetError, ParquetError, type ParquetErrorCode, type ParquetErrorContext } from '../errors.js'
import type { ColumnChunkInfo } from '../metadata/file-metadata.js'
import type { PageValues } from '../page/values-decode.js'

/** One column chunk to decode (split pages, decompress, decode levels and physical values). */
export interface ChunkTask {
  /** The chunk's stored bytes; a pool transfers their buffer, so the caller gives them up. */
  bytes: Uint8Array
  info: ColumnChunkInfo
  rowGroup: { index: number; numRows: number }
  /**
   * Options without functions (they cannot cross threads): no `codecs`, and
   * `keepDictionary` instead of `keepIndices` (the decoder supplies its own).
   */
  options: Omit<ColumnReadOptions, 'codecs' | 'keepIndices'> & {
    /** BYTE_ARRAY: leave dictionary-encoded pages as indices (see ColumnChunkData.dictionaryPages). */
    keepDictionary?: boolean
  }
  source?: string
}

/** Decodes chunks somewhere else (a worker pool): `decode` resolves to what readColumnChunk returns, or rejects with its ParquetError. */
export interface ChunkDecoder {
  /** Decodes one column chunk's bytes (split pages, decompress, decode) as readColumnChunk would. */
  decode(task: ChunkTask): Promise<ColumnChunkData>
  /** Stops the pool's threads; pending decodes reject. */
  close?(): Promise<void>
}

/** A task as posted to a worker: the footer objects the decoder does not read are left out. */
export interface PostedTask {
  id: number
  task: ChunkTask
}

/**
 * A chunk's data as a worker posts it: no schema node (the caller has it),
 * and for a text column possibly its dictionary and per-page dictionary
 * indices (see ColumnChunkData.dictionaryPages), or UTF-8 bytes and offsets:
 * finishResult makes the strings in the calling thread.
 */
export type PostedData = Omit<ColumnChunkData, 'column'>

/** A worker's answer: the data, or the error it raised. */
export type PostedResult = { id: number; data: PostedData } | { id: number; error: SerializedError }

export interface SerializedError {
  parquet: boolean
  code?: ParquetErrorCode
  message: string
  context?: ParquetErrorContext
}

/** The task to post: only what readColumnChunk reads of the chunk info (the raw footer objects, statistics included, stay home). */
export function slimTask(task: ChunkTask): ChunkTask {
  const { info } = task
  const slim = { ...info, chunk: undefined, metaData: info.metaData ? { codec: info.metaData.codec } : undefined }
  return { ...task, info: slim as unknown as ColumnChunkInfo }
}

/** Runs one task in the current thread and returns what a worker posts back. */
export async function runChunkTask(task: ChunkTask): Promise<PostedData> {
  const { keepDictionary, ...options } = task.options
  const keep = keepDictionary && task.info.column.physicalType === 'BYTE_ARRAY' ? keepIndices : undefined
  const { column: _, ...data } = await readColumnChunk(task.bytes, task.info, task.rowGroup, { ...options, keepIndices: keep }, task.source)
  return data
}

/** A dictionary-encoded page's indices (ColumnReadOptions.keepIndices), checked against the dictionary's size. */
function keepIndices(cursor: Cursor, end: number, count: number, dictionary: PageValues): Int32Array {
  const size = Array.isArray(dictionary) ? dictionary.length : 'offsets' in dictionary ? dictionary.offsets.length - 1 : 0
  const indices = new Int32Array(count)
  decodeDictionaryIndices(cursor, count, indices, 0, size, end)
  return indices
}

/**
 * The chunk data a posted result stands for, in the calling thread: for a
 * text column (the task's `strings`), one string per value, gathered from
 * the dictionary or decoded from UTF-8 here; other columns as posted.
 */
export function finishResult(data: PostedData, task: ChunkTask, known?: KnownStrings): ColumnChunkData {
  const column = task.info.column
  const { dictionaryPages, values, ...rest } = data
  if (!task.options.strings) return { ...rest, values, column }
  let text: string[]
  if (dictionaryPages) text = gatherText(reuseStrings(toStrings(dictionaryPages.dictionary), known), dictionaryPages.parts, data.numValues)
  else text = toStrings(values)
  return { ...rest, values: text, column }
}

/**
 * Strings of small dictionaries seen before, so that every chunk of a column
 * shares one copy of each: after the first chunks they are old, and storing
 * an old string into the (old, large) result arrays costs the garbage
 * collector nothing, where a fresh string per chunk is a remembered slot per
 * value. Bounded: cleared when full.
 */
export type KnownStrings = Map<string, string>

/** Most entries a KnownStrings holds; a dictionary larger than a tenth of it is not recorded. */
const KNOWN_LIMIT = 4096

function reuseStrings(strings: string[], known: KnownStrings | undefined): string[] {
  if (!known || strings.length > KNOWN_LIMIT / 10) return strings
  if (known.size + strings.length > KNOWN_LIMIT) known.clear()
  for (let i = 0; i < strings.length; i++) {
    const s = strings[i]!
    const k = known.get(s)
    if (k === undefined) known.set(s, s)
    else strings[i] = k
  }
  return strings
}

/** Every page's strings in order: dictionary-encoded pages (Int32Array indices) are looked up in the dictionary. */
function gatherText(strings: string[], parts: PageValues[], count: number): string[] {
  const out = new Array<string>(count)
  let o = 0
  for (const part of parts) {
    if (part instanceof Int32Array) {
      gatherStrings(strings, part, 0, part.length, out, o)
      o += part.length
    } else if (Array.isArray(part)) {
      for (let i = 0; i < part.length; i++) out[o + i] = part[i] as string
      o += part.length
    } else {
      byteArrayToStrings(part as ByteArrayColumn, out, o)
      o += (part as ByteArrayColumn).offsets.length - 1
    }
  }
  return out
}

function toStrings(values: PageValues): string[] {
  if (Array.isArray(values)) return values as string[]
  const col = values as ByteArrayColumn
  return byteArrayToStrings(col, new Array<string>(col.offsets.length - 1))
}

/** The buffers of a result that can be transferred instead of copied. */
export function resultTransfers(data: PostedData): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>()
  addBuffer(out, data.definitionLevels)
  addBuffer(out, data.repetitionLevels)
  addValues(out, data.values)
  if (data.dictionaryPages) {
    addValues(out, data.dictionaryPages.dictionary)
    for (const part of data.dictionaryPages.parts) addValues(out, part)
  }
  return [...out]
}

function addValues(out: Set<ArrayBuffer>, v: PageValues): void {
  if (ArrayBuffer.isView(v)) addBuffer(out, v)
  else if (!Array.isArray(v)) {
    addBuffer(out, v.bytes)
    if ('offsets' in v) addBuffer(out, v.offsets)
  }
}

function addBuffer(out: Set<ArrayBuffer>, a: ArrayBufferView | undefined): void {
  if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer)
}

/** A thrown value in a form that survives structured cloning. */
export function serializeError(e: unknown): SerializedError {
  if (isParquetError(e)) {
    const base = e.message.replace(/ \([^()]*\)$/, '')
    return { parquet: true, code: e.code, message: base, context: { ...e.context } }
  }
  return { parquet: false, message: e instanceof Error ? e.message : String(e) }
}

/** The error a worker raised, rebuilt in the calling thread (a ParquetError keeps its code and context). */
export function reviveError(e: SerializedError): Error {
  if (e.parquet && e.code) return new ParquetError(e.code, e.message, e.context ?? {})
  return new Error(e.message)
}

/**
 * Copies a chunk's bytes into a buffer of their own (the read's buffer may be
 * shared with other chunks or the caller). Not `bytes.slice()`: on a Node
 * Buffer that is a view of the same memory, and posting it would transfer
 * (detach) the buffer the read still uses.
 */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  return copy
}
