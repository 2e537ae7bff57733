/**
 * A byte source over a local file (Node only: reached through the
 * `parquet-ts/node` entry, never from the browser build).
 */
import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import { checkAborted, checkRange, ParquetError } from '../errors.js'
import type { ByteSource } from './source.js'

/** Opens `path` for reading. Call `close()` when done (the CLI and helpers do). */
export async function fileSource(path: string): Promise<ByteSource> {
  let handle: Awaited<ReturnType<typeof open>>
  try {
    handle = await open(path, 'r')
  } catch (e) {
    throw new ParquetError('IO_ERROR', `cannot open file: ${(e as Error).message}`, { source: path }, { cause: e })
  }
  const { size } = await handle.stat()
  const name = basename(path)
  const read = async (start: number, end: number, options?: { signal?: AbortSignal }): Promise<Uint8Array> => {
    checkAborted(options?.signal, name)
    checkRange(start, end, size, name)
    const out = new Uint8Array(end - start)
    let done = 0
    while (done < out.byteLength) {
      const { bytesRead } = await handle.read(out, done, out.byteLength - done, start + done)
      if (bytesRead === 0) throw new ParquetError('IO_ERROR', `file ended at ${start + done}, expected ${end}`, { source: name })
      done += bytesRead
    }
    return out
  }
  return {
    name,
    byteLength: size,
    read,
    async readTail(length, options) {
      return { bytes: await read(Math.max(0, size - length), size, options), byteLength: size }
    },
    close: () => handle.close(),
  }
}
