/**
 * SNAPPY compression (Parquet Compression.md, codec id 1; the raw Snappy
 * format of google/snappy format_description.txt, no framing): a varint
 * preamble with the uncompressed length, then literals (tag 00) and copies
 * with a 1- or 2-byte offset (tags 01, 10). The input is compressed in
 * independent 64 KiB blocks, so every offset fits in 16 bits. Matches are
 * found through a hash table of 4-byte sequences holding, per slot, an
 * absolute position and the 4 bytes seen there: a lookup compares those
 * bytes without touching the input at the (random) earlier position, and
 * entries from earlier blocks lie before the block start and count as empty,
 * so the table is never cleared. Lookups skip ahead faster the longer no
 * match is found (incompressible data passes quickly). Matches are extended
 * 4 bytes at a time.
 */

import type { CompressWork } from './index.js'

const BLOCK_SIZE = 1 << 16
const HASH_BITS = 14
/** Bytes kept back at a block's end: every 4-byte load stays inside the block. */
const MARGIN = 15

function hash32(u: number): number {
  return Math.imul(u, 0x1e35a7bd) >>> (32 - HASH_BITS)
}

/** Largest output for `n` input bytes (format_description.txt's bound). */
export function maxCompressedLength(n: number): number {
  return 32 + n + Math.floor(n / 6)
}

/**
 * Compresses `input` to a raw Snappy block. With `work`, the output buffer
 * and hash table are kept there and reused by later calls (grown when too
 * small): the result is then a view into `work.out`, valid until the next call.
 */
export function snappyCompress(input: Uint8Array, work?: CompressWork): Uint8Array {
  const n = input.length
  const out = outputFor(maxCompressedLength(n), work)
  let op = 0
  let v = n
  while (v >= 0x80) {
    out[op++] = (v & 0x7f) | 0x80
    v >>>= 7
  }
  out[op++] = v
  // Slot 2h: a position (-1: empty), slot 2h + 1: the 4 bytes read there.
  if (work && !work.table) work.table = new Int32Array(2 << HASH_BITS)
  const table = (work?.table ?? new Int32Array(2 << HASH_BITS)).fill(-1)
  const view = new DataView(input.buffer, input.byteOffset, input.byteLength)
  for (let start = 0; start < n; start += BLOCK_SIZE) {
    op = compressBlock(input, view, start, Math.min(n, start + BLOCK_SIZE), out, op, table)
  }
  return out.subarray(0, op)
}

function outputFor(size: number, work: CompressWork | undefined): Uint8Array {
  if (!work) return new Uint8Array(size)
  if (!work.out || work.out.length < size) work.out = new Uint8Array(Math.max(size, 2 * (work.out?.length ?? 0)))
  return work.out
}

/** Compresses input[start, end) into out at op; returns the new op. */
function compressBlock(input: Uint8Array, view: DataView, start: number, end: number, out: Uint8Array, op: number, table: Int32Array): number {
  let nextEmit = start
  if (end - start >= MARGIN) {
    const ipLimit = end - MARGIN
    let ip = start + 1
    outer: for (;;) {
      let skip = 32
      let candidate = -1
      for (;;) {
        if (ip > ipLimit) break outer
        candidate = swapSlot(table, view, ip, start)
        if (candidate >= 0) break
        ip += skip++ >>> 5
      }
      op = emitLiteral(input, nextEmit, ip - nextEmit, out, op)
      for (;;) {
        const len = matchLength(input, view, candidate, ip, end)
        op = emitCopy(out, op, ip - candidate, len)
        ip += len
        nextEmit = ip
        if (ip >= ipLimit) break outer
        swapSlot(table, view, ip - 1, start)
        candidate = swapSlot(table, view, ip, start)
        if (candidate < 0) break
      }
      ip++
    }
  }
  return nextEmit < end ? emitLiteral(input, nextEmit, end - nextEmit, out, op) : op
}

/**
 * Records position `ip` in its hash slot (slot 2h: a position, 2h + 1: the 4
 * bytes read there) and returns the position the slot held if those 4 bytes
 * equal the ones at `ip` and it lies in this block (>= start), else -1.
 */
function swapSlot(table: Int32Array, view: DataView, ip: number, start: number): number {
  const u = view.getInt32(ip, true)
  const h = hash32(u) << 1
  const candidate = table[h]!
  const seen = table[h + 1]!
  table[h] = ip
  table[h + 1] = u
  return seen === u && candidate >= start ? candidate : -1
}

/**
 * Length of the match at `ip` against `candidate` (4 bytes known equal),
 * stopping at `end`: 4-byte words while they fit, the first differing byte
 * found from the lowest set bit of the XOR (little-endian), then bytes.
 */
function matchLength(input: Uint8Array, view: DataView, candidate: number, ip: number, end: number): number {
  let len = 4
  while (ip + len + 4 <= end) {
    const x = view.getInt32(ip + len, true) ^ view.getInt32(candidate + len, true)
    if (x !== 0) return len + ((31 - Math.clz32(x & -x)) >>> 3)
    len += 4
  }
  while (ip + len < end && input[candidate + len] === input[ip + len]) len++
  return len
}

/** A literal of `len` (1..65536) bytes from input[ip]. */
function emitLiteral(input: Uint8Array, ip: number, len: number, out: Uint8Array, op: number): number {
  const n = len - 1
  if (n < 60) out[op++] = n << 2
  else if (n < 0x100) {
    out[op++] = 60 << 2
    out[op++] = n
  } else {
    out[op++] = 61 << 2
    out[op++] = n & 0xff
    out[op++] = n >>> 8
  }
  if (len > 16) out.set(input.subarray(ip, ip + len), op)
  else for (let i = 0; i < len; i++) out[op + i] = input[ip + i]!
  return op + len
}

/** Copies of at most 64 bytes covering `len` (>= 4) bytes at `offset` (< 65536) back. */
function emitCopy(out: Uint8Array, op: number, offset: number, len: number): number {
  while (len >= 68) {
    op = emitShortCopy(out, op, offset, 64)
    len -= 64
  }
  if (len > 64) {
    op = emitShortCopy(out, op, offset, 60)
    len -= 60
  }
  return emitShortCopy(out, op, offset, len)
}

function emitShortCopy(out: Uint8Array, op: number, offset: number, len: number): number {
  if (len < 12 && offset < 2048) {
    out[op] = 1 | ((len - 4) << 2) | ((offset >>> 8) << 5)
    out[op + 1] = offset & 0xff
    return op + 2
  }
  out[op] = 2 | ((len - 1) << 2)
  out[op + 1] = offset & 0xff
  out[op + 2] = offset >>> 8
  return op + 3
}
