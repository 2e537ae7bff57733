/**
 * Byte sinks: where the streaming writer (write/stream.ts) sends a Parquet
 * file's bytes, in order, as row groups fill. Browser-safe: memory and a web
 * `WritableStream`. The Node file sink (atomic: temp file + rename) lives
 * in node-sink.ts behind the `parquet-ts/node` entry.
 *
 * A sink is written in order, then either closed (the file is complete) or
 * aborted (the output is discarded as far as the sink can: a memory sink
 * drops its bytes, a web stream is aborted, a Node file is removed).
 */
import { ParquetError, withContext } from '../errors.js'

/** Anything the streaming writer can write a file to. */
export interface ByteSink {
  /** A name for messages: a file name or 'memory'. */
  readonly name: string
  /** Appends bytes. The sink may keep the array: the writer never reuses it. */
  write(bytes: Uint8Array): Promise<void>
  /** The file is complete: make it visible (flush, rename, close the stream). */
  close(): Promise<void>
  /** Discard what was written. Never throws. */
  abort(reason?: unknown): Promise<void>
}

/** A sink that keeps the bytes in memory; `bytes()` returns the file once closed. */
export interface MemorySink extends ByteSink {
  /** The whole file, after `close()`. */
  bytes(): Uint8Array
}

/** A sink collecting the file in memory (what writeRows/writeColumns use). */
export function memorySink(name = 'memory'): MemorySink {
  let parts: Uint8Array[] = []
  let total = 0
  let result: Uint8Array | undefined
  return {
    name,
    async write(bytes) {
      if (result) throw new ParquetError('WRITE_FAILED', 'expected an open memory sink, found a closed one', { source: name })
      parts.push(bytes)
      total += bytes.length
    },
    async close() {
      result = concat(parts, total)
      parts = []
    },
    async abort() {
      parts = []
      total = 0
    },
    bytes() {
      if (!result) throw new ParquetError('ARGUMENT_INVALID', 'expected a closed memory sink (call close() first), found an open one', { source: name })
      return result
    },
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const out = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/**
 * A sink over a web `WritableStream` (a File System Access handle's
 * `createWritable()`, a `TransformStream`'s writable side, a fetch upload
 * body...). Waits for the stream's backpressure before each write.
 */
export function webStreamSink(stream: WritableStream<Uint8Array>, name = 'stream'): ByteSink {
  const writer = stream.getWriter()
  const io = async (fn: () => Promise<void>): Promise<void> => {
    try {
      await fn()
    } catch (e) {
      throw withContext(e, { source: name }, 'WRITE_FAILED')
    }
  }
  return {
    name,
    write: (bytes) => io(async () => {
      await writer.ready
      await writer.write(bytes)
    }),
    close: () => io(() => writer.close()),
    async abort(reason) {
      try {
        await writer.abort(reason)
      } catch {
        // The stream already failed or closed: nothing more to discard.
      }
    },
  }
}
