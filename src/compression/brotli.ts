/**
 * BROTLI codec (Parquet Compression.md, codec id 4): RFC 7932 streams.
 * Decompression uses brotli-lib's pure TypeScript decoder, bounded to the
 * page's uncompressed size. Compression writes valid streams of uncompressed
 * meta-blocks only (RFC 7932 section 9.2, ISUNCOMPRESSED): the pure-JS
 * encoders tried produced corrupt output on large inputs.
 */
import { brotliDecode } from 'brotli-lib/decode'
import { checkSize, isEmptyPage, wrapCodecError } from './codec-util.js'

const NAME = 'BROTLI'
/** MLEN of one meta-block is at most 2^24. */
const MAX_META_BLOCK = 2 ** 24

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

/** Appends bits least-significant first, as Brotli reads them. */
interface BitWriter {
  out: Uint8Array
  pos: number
  bit: number
}

function writeBits(w: BitWriter, value: number, count: number): void {
  for (let i = 0; i < count; i++) {
    if ((value >>> i) & 1) w.out[w.pos]! |= 1 << w.bit
    if (++w.bit === 8) {
      w.bit = 0
      w.pos++
    }
  }
}

function alignToByte(w: BitWriter): void {
  if (w.bit > 0) {
    w.bit = 0
    w.pos++
  }
}

/** Writes a Brotli stream of uncompressed meta-blocks holding `input`. */
export function compress(input: Uint8Array): Uint8Array {
  const blocks = Math.ceil(input.length / MAX_META_BLOCK)
  const w: BitWriter = { out: new Uint8Array(input.length + blocks * 4 + 2), pos: 0, bit: 0 }
  writeBits(w, 0, 1) // WBITS = 16
  for (let from = 0; from < input.length; from += MAX_META_BLOCK) {
    const chunk = input.subarray(from, Math.min(input.length, from + MAX_META_BLOCK))
    const mlen = chunk.length - 1
    const nibbles = mlen < 2 ** 16 ? 4 : mlen < 2 ** 20 ? 5 : 6
    writeBits(w, 0, 1) // ISLAST
    writeBits(w, nibbles - 4, 2) // MNIBBLES
    writeBits(w, mlen, nibbles * 4)
    writeBits(w, 1, 1) // ISUNCOMPRESSED
    alignToByte(w)
    w.out.set(chunk, w.pos)
    w.pos += chunk.length
  }
  writeBits(w, 3, 2) // ISLAST, ISLASTEMPTY
  alignToByte(w)
  return w.out.slice(0, w.pos)
}
