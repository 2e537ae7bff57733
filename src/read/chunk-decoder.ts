/**
 * Decoding column chunks off the main thread: the task a decoder receives
 * (one chunk's stored pages and what the footer says about it), the result
 * it hands back, and the pieces shared by every worker pool (Node
 * worker_threads, browser Web Workers): running a task, listing a result's
 * transferable buffers, and carrying a ParquetError across the thread
 * boundary. Browser-safe: no Node built-ins here.
 */
import { type ColumnChunkData, type ColumnReadOptions, readColumnChunk } from '../column/column-read.js'
import { isParquetError, ParquetError, type ParquetErrorCode, type ParquetErrorContext } from '../errors.js'
import type { ColumnChunkInfo } from '../metadata/file-metadata.js'

/** One column chunk to decode (split pages, decompress, decode levels and physical values). */
export interface ChunkTask {
  /** The chunk's stored bytes; a pool transfers their buffer, so the caller gives them up. */
  bytes: Uint8Array
  info: ColumnChunkInfo
  rowGroup: { index: number; numRows: number }
  /** Options without `codecs`: functions cannot cross threads. */
  options: Omit<ColumnReadOptions, 'codecs'>
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

/** A worker's answer: the data, or the error it raised. */
export type PostedResult = { id: number; data: ColumnChunkData } | { id: number; error: SerializedError }

export interface SerializedError {
  parquet: boolean
  code?: ParquetErrorCode
  message: string
  context?: ParquetErrorContext
}

/** The task to post: only what readColumnChunk reads of the chunk info (statistics and raw footer objects stay home). */
export function slimTask(task: ChunkTask): ChunkTask {
  const { info } = task
  const slim = { ...info, statistics: undefined, chunk: undefined, metaData: info.metaData ? { codec: info.metaData.codec } : undefined }
  return { ...task, info: slim as unknown as ColumnChunkInfo }
}

/** Runs one task in the current thread. */
export function runChunkTask(task: ChunkTask): Promise<ColumnChunkData> {
  return readColumnChunk(task.bytes, task.info, task.rowGroup, task.options, task.source)
}

/** The buffers of a result that can be transferred instead of copied. */
export function resultTransfers(data: ColumnChunkData): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>()
  const add = (a: ArrayBufferView | undefined): void => {
    if (a && a.buffer instanceof ArrayBuffer) out.add(a.buffer)
  }
  add(data.definitionLevels)
  add(data.repetitionLevels)
  const v = data.values
  if (ArrayBuffer.isView(v)) add(v)
  else if (!Array.isArray(v)) {
    add(v.bytes)
    if ('offsets' in v) add(v.offsets)
  }
  return [...out]
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

/** Copies a chunk's bytes into a buffer of their own (the read's buffer may be shared with other chunks or the caller). */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length)
  copy.set(bytes)
  return copy
}
