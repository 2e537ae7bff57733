/**
 * Least-significant-bit-first bit writer shared by the ZSTD and BROTLI page
 * compressors (Parquet Compression.md, codec ids 6 and 4): both RFC 8878
 * bitstreams and RFC 7932 streams pack bits this way.
 */

/** Writes bits least-significant first into `out` from `pos`; `acc` holds fewer than 8 pending bits. */
export interface BitWriter {
  out: Uint8Array
  pos: number
  acc: number
  bits: number
}

export function bitWriter(out: Uint8Array, pos: number): BitWriter {
  return { out, pos, acc: 0, bits: 0 }
}

/** Appends the low `count` bits of `value` (count at most 24). */
export function addBits(w: BitWriter, value: number, count: number): void {
  w.acc |= (value & ((1 << count) - 1)) << w.bits
  w.bits += count
  while (w.bits >= 8) {
    w.out[w.pos++] = w.acc & 255
    w.acc >>>= 8
    w.bits -= 8
  }
}

/** Appends up to 31 bits, in two pieces when over 24. */
export function addWideBits(w: BitWriter, value: number, count: number): void {
  if (count <= 24) {
    addBits(w, value, count)
    return
  }
  addBits(w, value & 0xffffff, 24)
  addBits(w, value >>> 24, count - 24)
}

/** Pads to a byte boundary with zero bits; returns the end offset. */
export function flushBits(w: BitWriter): number {
  if (w.bits > 0) addBits(w, 0, 8 - w.bits)
  return w.pos
}

/** Ends a backward-read bitstream: a 1 marker bit, then zero padding (RFC 8878 section 4.1, "Bitstream"). */
export function closeStream(w: BitWriter): number {
  addBits(w, 1, 1)
  return flushBits(w)
}
