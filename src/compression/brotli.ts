/**
 * BROTLI codec (Parquet Compression.md, codec id 4): RFC 7932 streams.
 * Decompression uses our own decoder (brotli-decode.ts), which writes into
 * one array of the page's declared size and cannot loop without consuming
 * input or producing output. Compression uses our own encoder
 * (brotli-compress.ts).
 */
import { brotliCompress } from './brotli-compress.js'
import { brotliDecode } from './brotli-decode.js'
import { type StaticDictionary, staticDictionary } from './brotli-dictionary.js'
import { checkSizeArgument, isEmptyPage, wrapCodecError } from './codec-util.js'

const NAME = 'BROTLI'

function dictionary(): StaticDictionary {
  return staticDictionary(brotliDecode)
}

/** Decompresses a Brotli stream into exactly `uncompressedSize` bytes. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  checkSizeArgument(NAME, uncompressedSize)
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  try {
    return brotliDecode(input, uncompressedSize, dictionary)
  } catch (e) {
    throw wrapCodecError(NAME, e)
  }
}

/** Compresses a page into one Brotli stream (LZ77 with per-meta-block prefix codes). */
export function compress(input: Uint8Array): Uint8Array {
  return brotliCompress(input)
}
