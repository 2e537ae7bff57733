/**
 * Helpers shared by the page codecs (Parquet Compression.md): error
 * construction, the exact-size check every codec ends with, and big-endian
 * reads for the Hadoop block framing.
 */
import { ParquetError, isParquetError } from '../errors.js'

/** A CODEC_INVALID error naming the codec. */
export function codecError(codec: string, message: string, cause?: unknown): ParquetError {
  return new ParquetError('CODEC_INVALID', `${codec}: ${message}`, { codec }, cause === undefined ? undefined : { cause })
}

/** Turns anything a codec library threw into a CODEC_INVALID ParquetError. */
export function wrapCodecError(codec: string, e: unknown): ParquetError {
  if (isParquetError(e)) return e
  const detail = e instanceof Error ? e.message : String(e)
  return codecError(codec, `corrupt compressed data (${detail})`, e)
}

/** Throws unless `found` equals the page header's uncompressed size. */
export function checkSize(codec: string, expected: number, found: number): void {
  if (found !== expected) {
    throw codecError(codec, `expected ${expected} uncompressed bytes, found ${found}`)
  }
}

/** Returns `out` after checking its length against the expected size. */
export function checkOutput(codec: string, out: Uint8Array, expected: number): Uint8Array {
  checkSize(codec, expected, out.length)
  return out
}

/** Rejects sizes that are not non-negative safe integers. */
export function checkSizeArgument(codec: string, size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new ParquetError('ARGUMENT_INVALID', `${codec}: uncompressed size must be a non-negative integer, found ${size}`)
  }
}

/** True for the trivial page: nothing in, nothing out. */
export function isEmptyPage(input: Uint8Array, size: number): boolean {
  return size === 0 && input.length === 0
}

/** Reads a big-endian unsigned 32-bit integer; the caller checks bounds. */
export function readUint32BE(bytes: Uint8Array, pos: number): number {
  return ((bytes[pos]! << 24) | (bytes[pos + 1]! << 16) | (bytes[pos + 2]! << 8) | bytes[pos + 3]!) >>> 0
}

/** Reads a little-endian unsigned 32-bit integer; the caller checks bounds. */
export function readUint32LE(bytes: Uint8Array, pos: number): number {
  return (bytes[pos]! | (bytes[pos + 1]! << 8) | (bytes[pos + 2]! << 16) | (bytes[pos + 3]! << 24)) >>> 0
}
