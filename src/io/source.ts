/**
 * Byte sources: the one interface the reader pulls bytes through (a file's
 * length plus async reads of byte ranges), with adapters for in-memory
 * buffers and Blobs. URL and Node-file adapters live in their own modules.
 * This is the IO edge of the pipeline: sources only slice bytes. The range
 * and abort checks sources share live in errors.ts.
 */
import { checkAborted, checkRange } from '../errors.js'

/** Options accepted by every read. */
export interface ReadOptions {
  signal?: AbortSignal
}

/** The tail of a source, read together with its total length. */
export interface SourceTail {
  /** The last bytes of the source (fewer than asked when the source is smaller). */
  bytes: Uint8Array
  /** Total length of the source in bytes. */
  byteLength: number
}

/** Anything the reader can pull bytes from. */
export interface ByteSource {
  /** A name for messages: a file name or URL. */
  readonly name: string
  /** Total length when known without IO (undefined until learned, for URLs). */
  readonly byteLength: number | undefined
  /** Reads bytes [start, end). The result has exactly end - start bytes. */
  read(start: number, end: number, options?: ReadOptions): Promise<Uint8Array>
  /** Reads the last `length` bytes and learns the total length in the same step. */
  readTail(length: number, options?: ReadOptions): Promise<SourceTail>
  /** Releases resources (file handles). Optional. */
  close?(): Promise<void>
}

/** A source over bytes already in memory. Reads are zero-copy views. */
export function bufferSource(input: Uint8Array | ArrayBuffer, name = 'buffer'): ByteSource {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
  return sizedSource(name, bytes.length, (start, end) => bytes.subarray(start, end))
}

/** A source over a Blob or File (browser file inputs, fetch bodies). */
export function blobSource(blob: Blob, name = (blob as File).name || 'blob'): ByteSource {
  return sizedSource(name, blob.size, async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()))
}

/** A source of known length over `slice`, which gets checked ranges only. */
function sizedSource(name: string, byteLength: number, slice: (start: number, end: number) => Uint8Array | Promise<Uint8Array>): ByteSource {
  const read = async (start: number, end: number, options?: ReadOptions): Promise<Uint8Array> => {
    checkAborted(options?.signal, name)
    checkRange(start, end, byteLength, name)
    return slice(start, end)
  }
  return {
    name,
    byteLength,
    read,
    readTail: async (length, options) => ({ bytes: await read(Math.max(0, byteLength - length), byteLength, options), byteLength }),
  }
}
