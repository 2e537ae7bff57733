/**
 * SNAPPY codec (Parquet Compression.md, codec id 1): the raw Snappy format
 * (google/snappy format_description.txt), no framing. A varint preamble holds
 * the uncompressed length; then elements: literals (tag 00) and copies with a
 * 1-, 2- or 4-byte offset (tags 01, 10, 11).
 *
 * Decompression is written here: it decodes straight into one preallocated
 * output of the page's known size (or the caller's, `decompressInto`). A fast
 * loop moves bytes in 4-byte words while wide margins remain at both ends,
 * a checked loop finishes the block; no read or write leaves the arrays and
 * corrupt input ends in CODEC_INVALID. Compression is in snappy-compress.ts.
 */
import { checkSize, codecError, isEmptyPage, readUint32LE, wrapCodecError } from './codec-util.js'
import type { CompressWork } from './index.js'
import { snappyCompress } from './snappy-compress.js'

const NAME = 'SNAPPY'

/** Reads the varint preamble; returns [length, bytes used]. */
function readPreamble(input: Uint8Array): [number, number] {
  let value = 0
  for (let i = 0; i < 5; i++) {
    if (i >= input.length) throw codecError(NAME, 'input ended inside the length preamble')
    const b = input[i]!
    value += (b & 0x7f) * 2 ** (7 * i)
    if (b < 0x80) return [value, i + 1]
  }
  throw codecError(NAME, 'length preamble is longer than 5 bytes')
}

/** Decompresses a raw Snappy block into exactly `uncompressedSize` bytes. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  const [declared, start] = readPreamble(input)
  checkSize(NAME, uncompressedSize, declared)
  const out = new Uint8Array(uncompressedSize)
  checkSize(NAME, uncompressedSize, decodeElements(input, start, out))
  return out
}

/**
 * Decompresses a raw Snappy block into the caller's `output`, whose length
 * must equal the block's uncompressed size; returns `output`.
 */
export function decompressInto(input: Uint8Array, output: Uint8Array): Uint8Array {
  if (isEmptyPage(input, output.length)) return output
  const [declared, start] = readPreamble(input)
  checkSize(NAME, output.length, declared)
  checkSize(NAME, output.length, decodeElements(input, start, output))
  return output
}

/** Read and write positions, shared by the two loops of one block. */
interface Position {
  ip: number
  op: number
}

/** Decodes all elements from `input[start]` into `out`; returns the bytes written. */
function decodeElements(input: Uint8Array, start: number, out: Uint8Array): number {
  // A Buffer (a Uint8Array subclass) would make the element reads polymorphic.
  const src = input.constructor === Uint8Array ? input : new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
  const dst = out.constructor === Uint8Array ? out : new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
  const pos: Position = { ip: start, op: 0 }
  decodeFast(src, dst, pos)
  decodeTail(src, dst, pos)
  return pos.op
}

/**
 * Input bytes kept back by the fast loop: a tag, a literal of up to 60
 * bytes read in 4-byte words (63), then the next tag and a copy's 4 offset
 * bytes, with room to spare.
 */
const IN_MARGIN = 140
/** Output bytes kept back by the fast loop: a literal (60, written as 64) then a copy (64). */
const OUT_MARGIN = 128

/**
 * The bulk of a block, while at least IN_MARGIN input and OUT_MARGIN output
 * bytes remain: short literals and copies move in 4-byte words through
 * DataViews and may write up to 3 bytes past their end (later elements
 * overwrite them; the margins keep every access in bounds), so the only
 * checks left per element are the copy offset and a long literal's length.
 * A literal is nearly always followed by a copy, so the copy is decoded
 * straight after it (one unpredictable branch less per pair).
 */
function decodeFast(src: Uint8Array, dst: Uint8Array, pos: Position): void {
  const sv = new DataView(src.buffer, src.byteOffset, src.byteLength)
  const dv = new DataView(dst.buffer, dst.byteOffset, dst.byteLength)
  const inSafe = src.length - IN_MARGIN
  const outSafe = dst.length - OUT_MARGIN
  let ip = pos.ip
  let op = pos.op
  while (ip < inSafe && op < outSafe) {
    let tag = src[ip]!
    ip++
    if ((tag & 3) === 0) {
      if (tag >= 0xf0) {
        pos.ip = ip
        pos.op = op
        copyLongLiteral(src, dst, tag, pos)
        ip = pos.ip
        op = pos.op
        continue
      }
      const len = (tag >>> 2) + 1
      dv.setUint32(op, sv.getUint32(ip, true), true)
      dv.setUint32(op + 4, sv.getUint32(ip + 4, true), true)
      for (let k = 8; k < len; k += 4) dv.setUint32(op + k, sv.getUint32(ip + k, true), true)
      ip += len
      op += len
      tag = src[ip]!
      if ((tag & 3) === 0) continue
      ip++
    }
    let len: number
    let offset: number
    const kind = tag & 3
    if (kind === 1) {
      len = ((tag >>> 2) & 7) + 4
      offset = ((tag & 0xe0) << 3) | src[ip]!
      ip++
    } else if (kind === 2) {
      len = (tag >>> 2) + 1
      offset = src[ip]! | (src[ip + 1]! << 8)
      ip += 2
    } else {
      len = (tag >>> 2) + 1
      offset = readUint32LE(src, ip)
      ip += 4
    }
    if (offset === 0 || offset > op) throw badOffset(offset, op)
    const from = op - offset
    if (offset >= 4) {
      // Each word is read from bytes written before it, also when the copy overlaps itself.
      dv.setUint32(op, dv.getUint32(from, true), true)
      dv.setUint32(op + 4, dv.getUint32(from + 4, true), true)
      for (let k = 8; k < len; k += 4) dv.setUint32(op + k, dv.getUint32(from + k, true), true)
    } else {
      // Offsets 1..3: four bytes one by one, then words from 4 (or 6) bytes back, a multiple of the period.
      dst[op] = dst[from]!
      dst[op + 1] = dst[from + 1]!
      dst[op + 2] = dst[from + 2]!
      dst[op + 3] = dst[from + 3]!
      const back = offset === 3 ? 6 : 4
      for (let k = 4; k < len; k += 4) dv.setUint32(op + k, dv.getUint32(op + k - back, true), true)
    }
    op += len
  }
  pos.ip = ip
  pos.op = op
}

/** A literal whose length follows its tag in 1..4 bytes (tag 60..63); copied with `set`. */
function copyLongLiteral(src: Uint8Array, dst: Uint8Array, tag: number, pos: Position): void {
  const inEnd = src.length
  let ip = pos.ip
  const n = (tag >>> 2) - 59
  if (n > inEnd - ip) throw codecError(NAME, `literal length needs ${n} bytes at offset ${ip}, input ends at ${inEnd}`)
  const len = readLE(src, ip, n) + 1
  ip += n
  if (len > inEnd - ip) throw codecError(NAME, `literal of ${len} bytes at offset ${ip} runs past the input end ${inEnd}`)
  if (len > dst.length - pos.op) throw codecError(NAME, `literal overflows the output: expected at most ${dst.length} bytes`)
  dst.set(src.subarray(ip, ip + len), pos.op)
  pos.ip = ip + len
  pos.op += len
}

/** The rest of a block, every read and write bounds-checked, bytes copied one at a time. */
function decodeTail(src: Uint8Array, dst: Uint8Array, pos: Position): void {
  const inEnd = src.length
  const outEnd = dst.length
  while (pos.ip < inEnd) {
    const tag = src[pos.ip]!
    pos.ip++
    if ((tag & 3) === 0) {
      if (tag >= 0xf0) {
        copyLongLiteral(src, dst, tag, pos)
        continue
      }
      const len = (tag >>> 2) + 1
      const ip = pos.ip
      if (len > inEnd - ip) throw codecError(NAME, `literal of ${len} bytes at offset ${ip} runs past the input end ${inEnd}`)
      if (len > outEnd - pos.op) throw codecError(NAME, `literal overflows the output: expected at most ${outEnd} bytes`)
      for (let i = 0; i < len; i++) dst[pos.op + i] = src[ip + i]!
      pos.ip += len
      pos.op += len
    } else {
      copyChecked(src, dst, tag, pos)
    }
  }
}

/** One copy element (tag 01, 10 or 11) with every bound checked; overlapping copies go byte by byte. */
function copyChecked(src: Uint8Array, dst: Uint8Array, tag: number, pos: Position): void {
  const kind = tag & 3
  const n = kind === 1 ? 1 : kind === 2 ? 2 : 4
  let ip = pos.ip
  const op = pos.op
  if (n > src.length - ip) throw codecError(NAME, 'input ended inside a copy element')
  const len = kind === 1 ? ((tag >>> 2) & 7) + 4 : (tag >>> 2) + 1
  const offset = kind === 1 ? ((tag & 0xe0) << 3) | src[ip]! : readLE(src, ip, n)
  ip += n
  if (offset === 0 || offset > op) throw badOffset(offset, op)
  if (len > dst.length - op) throw codecError(NAME, `copy overflows the output: expected at most ${dst.length} bytes`)
  const from = op - offset
  for (let i = 0; i < len; i++) dst[op + i] = dst[from + i]!
  pos.ip = ip
  pos.op = op + len
}

function badOffset(offset: number, op: number): Error {
  return codecError(NAME, `copy offset ${offset} is outside the ${op} bytes written so far`)
}

/** Little-endian unsigned integer of `n` (1..4) bytes. */
function readLE(input: Uint8Array, pos: number, n: number): number {
  let v = 0
  for (let i = n - 1; i >= 0; i--) v = v * 256 + input[pos + i]!
  return v
}

/** Compresses to a raw Snappy block (snappy-compress.ts); with `work`, a view into `work.out`. */
export function compress(input: Uint8Array, work?: CompressWork): Uint8Array {
  try {
    return snappyCompress(input, work)
  } catch (e) {
    throw wrapCodecError(NAME, e)
  }
}
