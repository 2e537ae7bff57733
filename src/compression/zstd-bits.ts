/**
 * Bit reading for the ZSTD page decompressor (Parquet Compression.md, codec
 * id 6; RFC 8878 sections 4.1 and 4.2.2): FSE and Huffman bitstreams are read
 * backward from a final 1-bit marker, FSE table descriptions forward.
 *
 * Positions are absolute bit offsets into the input (byte * 8 + bit). A
 * backward stream is consumed from its top position down to its start; a read
 * below the start yields bits of the bytes before it (or zeros before the
 * array), never an exception, and the caller checks the final position. The
 * hot loops (Huffman streams, sequences) keep their bits in a local
 * container instead and use these only at the edges.
 */
import { codecError } from './codec-util.js'

/** The `n` bits (0..25) just below bit position `top`, as an integer (bit top-1 most significant). */
export function bitsBelow(b: Uint8Array, top: number, n: number): number {
  const s = top - n
  const i = s >> 3
  // In-range loads only: an out-of-range read would make V8 recompile these loads into a slower generic form.
  const word = i >= 0 && i + 3 < b.length ? b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24) : edgeBytes(b, i)
  return (word >>> (s & 7)) & ((1 << n) - 1)
}

/** The 32-bit little-endian word at byte `i`, bytes outside `b` counting as zeros. */
function edgeBytes(b: Uint8Array, i: number): number {
  let word = 0
  for (let k = 3; k >= 0; k--) word = (word << 8) | (i + k >= 0 && i + k < b.length ? b[i + k]! : 0)
  return word
}

/**
 * The top of the backward bitstream in bytes [start, end): the position just
 * below its final 1-bit marker. Throws when the stream is empty or its last
 * byte is zero (no marker).
 */
export function streamTop(b: Uint8Array, start: number, end: number, what: string): number {
  if (end <= start) throw codecError('ZSTD', `${what}: expected a bitstream, found 0 bytes`)
  const last = b[end - 1]!
  if (last === 0) throw codecError('ZSTD', `${what}: the last byte of the bitstream is 0, expected the end marker bit`)
  return (end - 1) * 8 + 31 - Math.clz32(last)
}

/** The `n` bits (0..25) from bit position `pos` upward (forward reading, least significant first). */
export function bitsAbove(b: Uint8Array, pos: number, n: number): number {
  const i = pos >> 3
  const word = b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)
  return (word >>> (pos & 7)) & ((1 << n) - 1)
}
