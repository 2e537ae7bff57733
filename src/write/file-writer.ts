/**
 * The streaming writer on an atomic Node file sink (Node only: reached
 * through the `parquet-ts/node` entry).
 */
import { type FileSinkOptions, fileSink } from '../io/node-sink.js'
import type { WriteOptions } from './options.js'
import { createWriter, type ParquetWriter } from './stream.js'

/**
 * Opens a streaming writer on `path`: the file appears, complete, on
 * `close()`; after an error or `abort()` nothing is left.
 */
export async function createFileWriter(path: string, options: WriteOptions & FileSinkOptions = {}): Promise<ParquetWriter> {
  const sink = await fileSink(path, options)
  try {
    return await createWriter(sink, options)
  } catch (e) {
    await sink.abort(e)
    throw e
  }
}
