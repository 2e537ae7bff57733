/**
 * UNCOMPRESSED codec (Parquet Compression.md, codec id 0): the page bytes are
 * stored as they are, so "decompressing" only checks the size.
 */
import { checkSize } from './codec-util.js'

/** Returns `input` itself (no copy) after checking its length. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  checkSize('UNCOMPRESSED', uncompressedSize, input.length)
  return input
}

/** Returns `input` itself: nothing to do. */
export function compress(input: Uint8Array): Uint8Array {
  return input
}
