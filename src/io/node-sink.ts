/**
 * A byte sink over a local file, written atomically (Node only: reached
 * through the `parquet-ts/node` entry, never from the browser build).
 *
 * The bytes go to a temporary file in the same folder
 * (`.<name>.<random>.tmp`, created exclusively), buffered into writes of
 * about 1 MiB. `close()` flushes, syncs the data to disk and renames the
 * temporary file over the final path (or, with `overwrite: false`, links it
 * there, which fails when a file appeared meanwhile), so the final path
 * holds either nothing, the previous file, or the complete new file. An
 * error or `abort()` removes the temporary file: nothing is left behind.
 */
import { randomBytes } from 'node:crypto'
import { type FileHandle, link, open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ParquetError, withContext } from '../errors.js'
import type { ByteSink } from './sinks.js'

/** Options for `fileSink`. */
export interface FileSinkOptions {
  /** Replace an existing file at the path (default true). */
  overwrite?: boolean
  /** fsync the data before the rename (default true). */
  sync?: boolean
  /** Bytes gathered before a write to the file (default 1 MiB). */
  bufferSize?: number
}

/** The temporary name used for `path`: a dot file in the same folder. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
}

interface FileSinkState {
  path: string
  temp: string
  handle: FileHandle | undefined
  buffer: Uint8Array
  used: number
  options: FileSinkOptions
}

/** Opens an atomic sink writing `path`. */
export async function fileSink(path: string, options: FileSinkOptions = {}): Promise<ByteSink> {
  if (options.overwrite === false && (await exists(path))) {
    throw new ParquetError('IO_ERROR', `expected no file at ${path} (overwrite is false), found one`, { source: path })
  }
  const temp = tempPathFor(path)
  let handle: FileHandle
  try {
    handle = await open(temp, 'wx')
  } catch (e) {
    throw new ParquetError('IO_ERROR', `cannot create ${temp}: ${(e as Error).message}`, { source: path }, { cause: e })
  }
  const state: FileSinkState = { path, temp, handle, buffer: new Uint8Array(options.bufferSize ?? 1 << 20), used: 0, options }
  return {
    name: basename(path),
    write: (bytes) => guarded(state, () => append(state, bytes)),
    close: () => guarded(state, () => commit(state)),
    abort: () => discard(state),
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}

/** Runs a sink step; on failure removes the temporary file and throws WRITE_FAILED. */
async function guarded(state: FileSinkState, fn: () => Promise<void>): Promise<void> {
  if (!state.handle) throw new ParquetError('WRITE_FAILED', 'expected an open file sink, found a closed one', { source: state.path })
  try {
    await fn()
  } catch (e) {
    await discard(state)
    throw withContext(e, { source: state.path }, 'WRITE_FAILED')
  }
}

async function append(state: FileSinkState, bytes: Uint8Array): Promise<void> {
  const room = state.buffer.length - state.used
  if (bytes.length <= room) {
    state.buffer.set(bytes, state.used)
    state.used += bytes.length
    return
  }
  await drain(state)
  if (bytes.length >= state.buffer.length) await writeAll(state.handle!, bytes)
  else {
    state.buffer.set(bytes)
    state.used = bytes.length
  }
}

async function drain(state: FileSinkState): Promise<void> {
  if (state.used === 0) return
  await writeAll(state.handle!, state.buffer.subarray(0, state.used))
  state.used = 0
}

/** Writes every byte (a write may take fewer than asked). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done)
    if (bytesWritten <= 0) throw new ParquetError('WRITE_FAILED', `expected to write ${bytes.length - done} more bytes, wrote none`)
    done += bytesWritten
  }
}

async function commit(state: FileSinkState): Promise<void> {
  await drain(state)
  const handle = state.handle!
  if (state.options.sync !== false) await handle.datasync()
  state.handle = undefined
  await handle.close()
  try {
    if (state.options.overwrite === false) {
      await link(state.temp, state.path)
      await rm(state.temp, { force: true })
    } else await rename(state.temp, state.path)
  } catch (e) {
    await rm(state.temp, { force: true })
    throw e
  }
}

/** Closes and removes the temporary file; never throws. */
async function discard(state: FileSinkState): Promise<void> {
  const handle = state.handle
  state.handle = undefined
  await handle?.close().catch(() => undefined)
  await rm(state.temp, { force: true }).catch(() => undefined)
}
