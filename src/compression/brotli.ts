/**
 * BROTLI codec (Parquet Compression.md, codec id 4): RFC 7932 streams.
 * Decompression uses brotli-lib's pure TypeScript decoder, bounded to the
 * page's uncompressed size. Compression uses our own pure TypeScript
 * encoder (brotli-compress.ts).
 */
import { brotliDecode } from 'brotli-lib/decode'
import { brotliCompress } from './brotli-compress.js'
import { checkSize, isEmptyPage, wrapCodecError } from './codec-util.js'

const NAME = 'BROTLI'

/** Decompresses a Brotli stream into exactly `uncompressedSize` bytes. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  let out: Uint8Array
  try {
    // One spare byte tells "exactly full" from "more data than expected".
    out = brotliDecode(input, { maxOutputSize: uncompressedSize + 1 })
  } catch (e) {
    throw wrapCodecError(NAME, e)
  }
  checkSize(NAME, uncompressedSize, out.length)
  return out
}

/** Compresses a page into one Brotli stream (LZ77 with per-meta-block prefix codes). */
export function compress(input: Uint8Array): Uint8Array {
  return brotliCompress(input)
}
