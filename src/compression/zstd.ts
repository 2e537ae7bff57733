/**
 * ZSTD codec (Parquet Compression.md, codec id 6): Zstandard frames (RFC 8878).
 * A page may hold several frames back to back (and skippable frames); all are
 * decoded in order by our own decoder (zstd-decode.ts) straight into an output
 * of exactly the page's uncompressed size: no window buffer per frame, and a
 * frame that would write more, or frames that write less, are CODEC_INVALID.
 * Frames that carry a content checksum (XXH64) have it verified.
 *
 * Compression uses our own pure TypeScript encoder (zstd-compress.ts).
 */
import { checkSize, isEmptyPage } from './codec-util.js'
import { zstdCompress } from './zstd-compress.js'
import { zstdDecompressInto } from './zstd-decode.js'

/** Decompresses all frames in `input` into exactly `uncompressedSize` bytes. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  const out = new Uint8Array(uncompressedSize)
  checkSize('ZSTD', uncompressedSize, zstdDecompressInto(input, out))
  return out
}

/** Compresses a page into one Zstandard frame (LZ77 + Huffman literals + FSE sequences). */
export function compress(input: Uint8Array): Uint8Array {
  return zstdCompress(input)
}
