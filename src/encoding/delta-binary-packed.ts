/**
 * DELTA_BINARY_PACKED (Encodings.md, "Delta Encoding (DELTA_BINARY_PACKED =
 * 5)") for INT32 and INT64: a header (block size, miniblocks per block, value
 * count, zigzag first value), then blocks of a zigzag min delta, one bit-width
 * byte per miniblock and the LSB-first packed miniblocks. All arithmetic wraps
 * around (two's complement, 32 or 64 bits).
 *
 * Decoders leave the cursor just after the last miniblock holding values, so
 * DELTA_LENGTH_BYTE_ARRAY and DELTA_BYTE_ARRAY can go on from there. INT64
 * decoding works on two 32-bit halves and only touches BigInt once per block.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { packLsb, unpackLsb } from './lsb-pack.js'
import { type ByteSink, makeSink, reserve, sinkBytes, writeUvarint, writeZigzagInt32 } from './sink.js'
import { readUvarint } from './varint.js'
import { type Halves, readZigzagHalves, readZigzagInt32 } from './varint-zigzag.js'

const HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
const BLOCK_SIZE = 128
const MINIBLOCKS = 4
const TWO32 = 4294967296

interface Header {
  miniblocks: number
  perMiniblock: number
  total: number
}

/** Reads and validates the header; `capacity` bounds the value count. */
function readHeader(cursor: Cursor, end: number, capacity: number): Header {
  const at = cursor.offset
  const blockSize = readUvarint(cursor, end)
  const miniblocks = readUvarint(cursor, end)
  const total = readUvarint(cursor, end)
  const perMiniblock = blockSize / miniblocks
  // The spec asks for multiples of 128 and 32; multiples of 8 keep miniblocks byte-aligned and are accepted.
  if (!(blockSize > 0 && miniblocks > 0 && Number.isInteger(perMiniblock) && perMiniblock % 8 === 0)) {
    throw new ParquetError('ENCODING_INVALID', `DELTA_BINARY_PACKED block size ${blockSize} with ${miniblocks} miniblocks: expected a multiple of 128 split into miniblocks of a multiple of 32 values`, { offset: at })
  }
  if (total > capacity) {
    throw new ParquetError('ENCODING_INVALID', `DELTA_BINARY_PACKED holds ${total} values, expected at most ${capacity}`, { offset: at })
  }
  return { miniblocks, perMiniblock, total }
}

/** Skips a block's bit widths (checked by the caller as they are used); returns their offset. */
function readWidths(cursor: Cursor, end: number, h: Header): number {
  const at = cursor.offset
  if (h.miniblocks > end - at) {
    throw new ParquetError('ENCODING_INVALID', `DELTA_BINARY_PACKED block needs ${h.miniblocks} bit widths, found ${end - at} bytes`, { offset: at })
  }
  cursor.offset = at + h.miniblocks
  return at
}

function badWidth(width: number, maxWidth: number, offset: number): never {
  throw new ParquetError('ENCODING_INVALID', `DELTA_BINARY_PACKED miniblock bit width ${width}, expected at most ${maxWidth}`, { offset })
}

/** Checks a miniblock of `n` values is present; returns the bytes to skip after it. */
function miniblockBytes(cursor: Cursor, end: number, h: Header, width: number, n: number): number {
  const full = (h.perMiniblock / 8) * width
  const need = Math.ceil((n * width) / 8)
  const avail = end - cursor.offset
  if (need > avail) {
    throw new ParquetError('ENCODING_INVALID', `DELTA_BINARY_PACKED miniblock needs ${need} bytes, found ${avail}`, { offset: cursor.offset })
  }
  return Math.min(full, avail) // a truncated padding at the very end is tolerated
}

/**
 * Decodes INT32 values into `out[outOffset..)`; returns how many (the
 * header's count, which must fit in `out`). Reads up to `end`.
 */
export function decodeDeltaInt32(cursor: Cursor, out: Int32Array, outOffset = 0, end = cursor.bytes.length): number {
  const h = readHeader(cursor, end, out.length - outOffset)
  let v = readZigzagInt32(cursor, end)
  if (h.total === 0) return 0
  out[outOffset] = v
  let o = outOffset + 1
  const stop = outOffset + h.total
  const bytes = cursor.bytes
  while (o < stop) {
    const minDelta = readZigzagInt32(cursor, end)
    const widths = readWidths(cursor, end, h)
    for (let m = 0; m < h.miniblocks && o < stop; m++) {
      const width = bytes[widths + m]!
      if (width > 32) badWidth(width, 32, widths + m)
      const n = Math.min(h.perMiniblock, stop - o)
      const skip = miniblockBytes(cursor, end, h, width, n)
      unpackLsb(bytes, cursor.offset, width, out, o, n)
      for (let k = o, e = o + n; k < e; k++) out[k] = v = (v + minDelta + out[k]!) | 0
      cursor.offset += skip
      o += n
    }
  }
  return h.total
}

/**
 * Decodes INT64 values into `out[outOffset..)`; returns how many (the
 * header's count, which must fit in `out`). Reads up to `end`.
 */
export function decodeDeltaInt64(cursor: Cursor, out: BigInt64Array, outOffset = 0, end = cursor.bytes.length): number {
  const h = readHeader(cursor, end, out.length - outOffset)
  const state: Halves = { lo: 0, hi: 0 }
  readZigzagHalves(cursor, end, state)
  if (h.total === 0) return 0
  // BigInt64Array elements as 32-bit halves (little-endian hosts); elsewhere a scratch buffer.
  const size = Math.min(h.perMiniblock, h.total)
  const halves = HOST_LE ? new Uint32Array(out.buffer, out.byteOffset, out.length * 2) : new Uint32Array(2 * size + 2)
  const base = HOST_LE ? 0 : outOffset
  setHalves(halves, 2 * (outOffset - base), state, out, outOffset)
  const lo = new Uint32Array(size)
  const hi = new Uint32Array(size)
  const min: Halves = { lo: 0, hi: 0 }
  let o = outOffset + 1
  const stop = outOffset + h.total
  while (o < stop) {
    readZigzagHalves(cursor, end, min)
    const widths = readWidths(cursor, end, h)
    for (let m = 0; m < h.miniblocks && o < stop; m++) {
      const width = cursor.bytes[widths + m]!
      if (width > 64) badWidth(width, 64, widths + m)
      const n = Math.min(h.perMiniblock, stop - o)
      const skip = miniblockBytes(cursor, end, h, width, n)
      unpack64(cursor.bytes, cursor.offset, width, lo, hi, n)
      const at = HOST_LE ? 2 * o : 0
      accumulate(state, lo, hi, n, min.lo, min.hi, halves, at)
      if (!HOST_LE) copyHalves(halves, n, out, o)
      cursor.offset += skip
      o += n
    }
  }
  return h.total
}

function setHalves(halves: Uint32Array, at: number, v: Halves, out: BigInt64Array, o: number): void {
  halves[at] = v.lo
  halves[at + 1] = v.hi
  if (!HOST_LE) copyHalves(halves, 1, out, o)
}

/** Big-endian hosts: moves `n` (lo, hi) pairs into BigInt64Array elements. */
function copyHalves(halves: Uint32Array, n: number, out: BigInt64Array, o: number): void {
  for (let k = 0; k < n; k++) out[o + k] = BigInt.asIntN(64, (BigInt(halves[2 * k + 1]!) << 32n) | BigInt(halves[2 * k]!))
}

/** Unpacks `n` values of up to 64 bits into their low and high 32-bit halves. */
function unpack64(bytes: Uint8Array, pos: number, width: number, lo: Uint32Array, hi: Uint32Array, n: number): void {
  if (width <= 32) {
    unpackLsb(bytes, pos, width, lo, 0, n)
    hi.fill(0, 0, n)
    return
  }
  let p = pos
  let bit = 0
  for (let k = 0; k < n; k++) {
    lo[k] = readBitsLsb(bytes, p, bit, 32)
    hi[k] = readBitsLsb(bytes, p + 4, bit, width - 32)
    bit += width
    p += bit >>> 3
    bit &= 7
  }
}

/** Adds min delta + packed delta to the running (lo, hi) value, writing the halves from `at`. */
function accumulate(
  state: { lo: number; hi: number },
  dlo: Uint32Array,
  dhi: Uint32Array,
  n: number,
  mlo: number,
  mhi: number,
  halves: Uint32Array,
  at: number,
): void {
  let lo = state.lo
  let hi = state.hi
  for (let k = 0, p = at; k < n; k++, p += 2) {
    const s = lo + mlo + dlo[k]!
    lo = s >>> 0
    hi = (hi + mhi + dhi[k]! + ((s / TWO32) | 0)) | 0
    halves[p] = lo
    halves[p + 1] = hi
  }
  state.lo = lo
  state.hi = hi
}

/** Encodes INT32 values: blocks of 128, 4 miniblocks of 32. */
export function encodeDeltaInt32(values: Int32Array, sink: ByteSink = makeSink()): Uint8Array {
  const n = values.length
  writeUvarint(sink, BLOCK_SIZE)
  writeUvarint(sink, MINIBLOCKS)
  writeUvarint(sink, n)
  writeZigzagInt32(sink, n > 0 ? values[0]! : 0)
  const rel = new Uint32Array(BLOCK_SIZE)
  for (let start = 1; start < n; start += BLOCK_SIZE) {
    const m = Math.min(BLOCK_SIZE, n - start)
    let min = 0x7fffffff
    for (let k = 0; k < m; k++) {
      const d = (values[start + k]! - values[start + k - 1]!) | 0
      rel[k] = d
      if (d < min) min = d
    }
    for (let k = 0; k < m; k++) rel[k] = (rel[k]! - min) >>> 0
    writeZigzagInt32(sink, min)
    writeMiniblocks(rel, m, sink)
  }
  return sinkBytes(sink)
}

/** Writes the bit widths then the packed miniblocks of one block of `m` relative deltas (each ≤ 32 bits). */
function writeMiniblocks(rel: Uint32Array, m: number, sink: ByteSink): void {
  const per = BLOCK_SIZE / MINIBLOCKS
  const widths = new Uint8Array(MINIBLOCKS)
  for (let j = 0; j * per < m; j++) {
    let or = 0
    for (let k = j * per, e = Math.min(m, (j + 1) * per); k < e; k++) or |= rel[k]!
    widths[j] = 32 - Math.clz32(or)
  }
  reserve(sink, MINIBLOCKS + 4 * per)
  sink.bytes.set(widths, sink.length)
  sink.length += MINIBLOCKS
  for (let j = 0; j * per < m; j++) {
    const w = widths[j]!
    reserve(sink, (per / 8) * w)
    packLsb(rel, j * per, Math.min(per, m - j * per), w, sink.bytes, sink.length, per)
    sink.length += (per / 8) * w
  }
}

/**
 * Encodes INT64 values: blocks of 128, 4 miniblocks of 32. Works on 32-bit
 * halves (no BigInt arithmetic, which some V8 versions mis-optimize).
 */
export function encodeDeltaInt64(values: BigInt64Array, sink: ByteSink = makeSink()): Uint8Array {
  const n = values.length
  const v = int64Halves(values)
  writeUvarint(sink, BLOCK_SIZE)
  writeUvarint(sink, MINIBLOCKS)
  writeUvarint(sink, n)
  writeZigzagHalves(sink, n > 0 ? v[0]! : 0, n > 0 ? v[1]! | 0 : 0)
  const lo = new Uint32Array(BLOCK_SIZE)
  const hi = new Int32Array(BLOCK_SIZE)
  for (let start = 1; start < n; start += BLOCK_SIZE) {
    const m = Math.min(BLOCK_SIZE, n - start)
    let minLo = 0xffffffff
    let minHi = 0x7fffffff
    for (let k = 0, p = 2 * start; k < m; k++, p += 2) {
      const dlo = (v[p]! - v[p - 2]!) >>> 0
      const dhi = (v[p + 1]! - v[p - 1]! - (v[p]! < v[p - 2]! ? 1 : 0)) | 0
      lo[k] = dlo
      hi[k] = dhi
      if (dhi < minHi || (dhi === minHi && dlo < minLo)) {
        minLo = dlo
        minHi = dhi
      }
    }
    for (let k = 0; k < m; k++) {
      const borrow = lo[k]! < minLo ? 1 : 0
      lo[k] = (lo[k]! - minLo) >>> 0
      hi[k] = (hi[k]! - minHi - borrow) | 0
    }
    writeZigzagHalves(sink, minLo, minHi)
    writeMiniblocks64(lo, hi, m, sink)
  }
  return sinkBytes(sink)
}

/** The values as little-endian (lo, hi) uint32 pairs. */
function int64Halves(values: BigInt64Array): Uint32Array {
  if (HOST_LE) return new Uint32Array(values.buffer, values.byteOffset, values.length * 2)
  const bytes = new Uint8Array(values.length * 8)
  const view = new DataView(bytes.buffer)
  for (let i = 0; i < values.length; i++) view.setBigInt64(8 * i, values[i]!, true)
  const out = new Uint32Array(values.length * 2)
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(4 * i, true)
  return out
}

/** Writes a signed 64-bit value given as halves as a zigzag ULEB128. */
function writeZigzagHalves(sink: ByteSink, lo: number, hi: number): void {
  const sign = hi >> 31
  let zlo = ((lo << 1) ^ sign) >>> 0
  let zhi = (((hi << 1) | (lo >>> 31)) ^ sign) >>> 0
  reserve(sink, 10)
  while (zhi !== 0 || zlo >= 0x80) {
    sink.bytes[sink.length++] = (zlo & 0x7f) | 0x80
    zlo = ((zlo >>> 7) | (zhi << 25)) >>> 0
    zhi >>>= 7
  }
  sink.bytes[sink.length++] = zlo
}

function writeMiniblocks64(lo: Uint32Array, hi: Int32Array, m: number, sink: ByteSink): void {
  const per = BLOCK_SIZE / MINIBLOCKS
  const widths = new Uint8Array(MINIBLOCKS)
  for (let j = 0; j * per < m; j++) {
    let orLo = 0
    let orHi = 0
    for (let k = j * per, e = Math.min(m, (j + 1) * per); k < e; k++) {
      orLo |= lo[k]!
      orHi |= hi[k]!
    }
    widths[j] = orHi !== 0 ? 64 - Math.clz32(orHi) : 32 - Math.clz32(orLo)
  }
  reserve(sink, MINIBLOCKS)
  sink.bytes.set(widths, sink.length)
  sink.length += MINIBLOCKS
  for (let j = 0; j * per < m; j++) {
    const w = widths[j]!
    const size = (per / 8) * w
    const count = Math.min(per, m - j * per)
    reserve(sink, size)
    if (w <= 32) packLsb(lo, j * per, count, w, sink.bytes, sink.length, per)
    else packWide(lo, hi, j * per, count, w, sink.bytes, sink.length, per)
    sink.length += size
  }
}

/** Packs 33..64-bit values (lo 32 bits, then w - 32 bits of hi) LSB first, padded to `padTo` values. */
function packWide(lo: Uint32Array, hi: Int32Array, start: number, n: number, w: number, out: Uint8Array, pos: number, padTo: number): void {
  const hiBits = w - 32
  let acc = 0
  let bits = 0
  let p = pos
  for (let i = 0; i < padTo; i++) {
    const l = i < n ? lo[start + i]! : 0
    const h = i < n ? hi[start + i]! >>> 0 : 0
    for (let part = 0; part < 4; part++) {
      const width = part < 2 ? 16 : Math.min(16, Math.max(0, hiBits - 16 * (part - 2)))
      if (width === 0) continue
      const word = part === 0 ? l & 0xffff : part === 1 ? l >>> 16 : part === 2 ? h & 0xffff : h >>> 16
      acc |= (word & ((1 << width) - 1)) << bits
      bits += width
      for (; bits >= 8; bits -= 8, acc >>>= 8) out[p++] = acc & 0xff
    }
  }
  if (bits > 0) out[p] = acc & 0xff
}

/**
 * Reads `width` (1..32) bits at bit `bit` (0..7) of byte `p`, as a uint32.
 * Used for 33..64-bit DELTA_BINARY_PACKED values, one half at a time.
 */
function readBitsLsb(bytes: Uint8Array, p: number, bit: number, width: number): number {
  let v = (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> bit
  if (bit + width > 32) v |= bytes[p + 4]! << (32 - bit)
  return (width === 32 ? v : v & ((1 << width) - 1)) >>> 0
}
