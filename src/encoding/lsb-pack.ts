/**
 * LSB-first bit packing as used by the RLE/bit-packed hybrid's bit-packed
 * runs, PLAIN BOOLEAN and DELTA_BINARY_PACKED miniblocks (Encodings.md, RLE
 * note 1): values fill each byte from its least significant bit up.
 *
 * These helpers do no bounds checks: callers check that the
 * `ceil(n * bitWidth / 8)` bytes they ask for are present.
 */
import type { IntOutput } from './types.js'

/**
 * Unpacks `n` values of `bitWidth` (0..32) bits starting at byte `pos` into
 * `out[o..o+n)`. Widths of 25..32 bits come out as int32 bit patterns (an
 * Int32Array sees them signed, a Uint32Array unsigned).
 */
export function unpackLsb(bytes: Uint8Array, pos: number, bitWidth: number, out: IntOutput, o: number, n: number): void {
  if (bitWidth === 0) out.fill(0, o, o + n)
  else if (bitWidth === 1) unpack1(bytes, pos, out, o, n)
  else if (bitWidth === 8) unpack8(bytes, pos, out, o, n)
  else if (bitWidth <= 24) unpackNarrow(bytes, pos, bitWidth, out, o, n)
  else unpackWide(bytes, pos, bitWidth, out, o, n)
}

function unpack1(bytes: Uint8Array, pos: number, out: IntOutput, o: number, n: number): void {
  const full = n & ~7
  let p = pos
  let i = o
  for (const end = o + full; i < end; i += 8) {
    const b = bytes[p++]!
    out[i] = b & 1
    out[i + 1] = (b >>> 1) & 1
    out[i + 2] = (b >>> 2) & 1
    out[i + 3] = (b >>> 3) & 1
    out[i + 4] = (b >>> 4) & 1
    out[i + 5] = (b >>> 5) & 1
    out[i + 6] = (b >>> 6) & 1
    out[i + 7] = b >>> 7
  }
  for (let k = 0; k < n - full; k++) out[i + k] = (bytes[p]! >>> k) & 1
}

function unpack8(bytes: Uint8Array, pos: number, out: IntOutput, o: number, n: number): void {
  for (let i = 0; i < n; i++) out[o + i] = bytes[pos + i]!
}

/**
 * Widths 2..24: each value is read from the 4 bytes at its first bit (bit
 * offset 0..7 + 24 bits fit 32), without branches, while those 4 bytes lie
 * inside `bytes`; the last values go through an accumulator.
 */
function unpackNarrow(bytes: Uint8Array, pos: number, bitWidth: number, out: IntOutput, o: number, n: number): void {
  const mask = (1 << bitWidth) - 1
  const end = o + n
  const lastWindow = bytes.length - 4
  let bit = 0
  let i = o
  for (; i < end; i++) {
    const p = pos + (bit >>> 3)
    if (p > lastWindow) break
    out[i] = ((bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> (bit & 7)) & mask
    bit += bitWidth
  }
  if (i < end) unpackTail(bytes, pos + (bit >>> 3), bit & 7, bitWidth, out, i, end - i)
}

/** Widths 2..24 from bit `skip` (0..7) of byte `pos`: an accumulator of at most 31 bits never overflows. */
function unpackTail(bytes: Uint8Array, pos: number, skip: number, bitWidth: number, out: IntOutput, o: number, n: number): void {
  const mask = (1 << bitWidth) - 1
  let acc = 0
  let bits = 0
  let p = pos
  if (skip > 0) {
    acc = bytes[p++]! >>> skip
    bits = 8 - skip
  }
  for (let i = o, end = o + n; i < end; i++) {
    while (bits < bitWidth) {
      acc |= bytes[p++]! << bits
      bits += 8
    }
    out[i] = acc & mask
    acc >>>= bitWidth
    bits -= bitWidth
  }
}

/** Widths 25..32: gather up to 5 bytes per value. */
function unpackWide(bytes: Uint8Array, pos: number, bitWidth: number, out: IntOutput, o: number, n: number): void {
  const mask = bitWidth === 32 ? -1 : (1 << bitWidth) - 1
  let p = pos
  let bit = 0
  for (let i = o, end = o + n; i < end; i++) {
    let v = (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> bit
    if (bit + bitWidth > 32) v |= bytes[p + 4]! << (32 - bit)
    out[i] = v & mask
    bit += bitWidth
    p += bit >>> 3
    bit &= 7
  }
}

/**
 * Packs `values[start..start+n)` (each taken as its low `bitWidth` bits,
 * 0..32) into `out` from byte `pos`, padding with zero values up to `padTo`
 * values. Writes `ceil(padTo * bitWidth / 8)` bytes; `out` must have room.
 */
export function packLsb(
  values: ArrayLike<number>,
  start: number,
  n: number,
  bitWidth: number,
  out: Uint8Array,
  pos: number,
  padTo = n,
): void {
  if (bitWidth === 0) return
  const half = bitWidth > 24
  const loW = half ? 16 : bitWidth
  const hiW = bitWidth - loW
  let acc = 0
  let bits = 0
  let p = pos
  for (let i = 0; i < padTo; i++) {
    const v = i < n ? values[start + i]! >>> 0 : 0
    acc |= (v & ((1 << loW) - 1)) << bits
    bits += loW
    if (half) {
      for (; bits >= 8; bits -= 8, acc >>>= 8) out[p++] = acc & 0xff
      acc |= ((v >>> 16) & ((1 << hiW) - 1)) << bits
      bits += hiW
    }
    for (; bits >= 8; bits -= 8, acc >>>= 8) out[p++] = acc & 0xff
  }
  if (bits > 0) out[p] = acc & 0xff
}
