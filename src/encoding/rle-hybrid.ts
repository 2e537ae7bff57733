/**
 * The RLE / bit-packing hybrid (Encodings.md, "Run Length Encoding /
 * Bit-Packing Hybrid (RLE = 3)"): repetition and definition levels, BOOLEAN
 * values (RLE encoding) and dictionary indices. With or without the 4-byte
 * little-endian length prefix; bit widths 0..32.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { packLsb, unpackLsb } from './lsb-pack.js'
import { type ByteSink, makeSink, reserve, sinkBytes, writeUint32LE, writeUvarint } from './sink.js'
import type { IntOutput } from './types.js'
import { readUvarint } from './varint.js'

const MAX_RUN = 0x7fffffff

/**
 * Decodes `count` values of `bitWidth` bits into `out[outOffset..)`, reading
 * runs from `cursor.offset` up to `end` (exclusive; default: end of bytes).
 * Leaves the cursor after the last run read (a final bit-packed run is
 * skipped whole when its bytes are present). Runs holding more values than
 * needed are cut. Bit width 0: all values are 0, and the cursor moves to `end`.
 */
export function decodeRleHybrid(
  cursor: Cursor,
  bitWidth: number,
  count: number,
  out: IntOutput,
  outOffset = 0,
  end = cursor.bytes.length,
): void {
  decodeRleHybridCounting(cursor, bitWidth, count, out, outOffset, end, -1)
}

/**
 * Like {@link decodeRleHybrid}, and counts as it goes: returns how many
 * decoded values equal `match` (definition levels: the present values), or
 * -1 when some value is above `match`. A negative `match` counts nothing.
 * An RLE run is counted whole, so levels without nulls cost no extra pass.
 */
export function decodeRleHybridCounting(
  cursor: Cursor, bitWidth: number, count: number, out: IntOutput, outOffset: number, end: number, match: number,
): number {
  checkArgs(cursor, bitWidth, count, out, outOffset, end)
  if (bitWidth === 0) {
    out.fill(0, outOffset, outOffset + count)
    cursor.offset = end
    return match === 0 ? count : match < 0 ? 0 : -1
  }
  const stop = outOffset + count
  let o = outOffset
  let matched = 0
  let above = false
  while (o < stop) {
    if (cursor.offset >= end) throw tooFew(count, o - outOffset, cursor.offset)
    const header = readUvarint(cursor, end)
    const runStart = cursor.offset
    const from = o
    if (header % 2 === 1) {
      o = readBitPackedRun(cursor, bitWidth, header, out, o, stop, end)
      if (match >= 0 && o > from) {
        const n = countMatches(out, from, o, match)
        if (n < 0) above = true
        else matched += n
      }
    } else {
      o = readRleRun(cursor, bitWidth, header, out, o, stop, end)
      if (match >= 0 && o > from) {
        const value = out[from]!
        if (value === match) matched += o - from
        else if (value > match) above = true
      }
    }
    if (o < 0) throw new ParquetError('ENCODING_INVALID', 'RLE/bit-packed run of length 0', { offset: runStart })
  }
  return above ? -1 : match < 0 ? 0 : matched
}

/** How many of out[from..to) equal `match`; -1 when one is above it. */
function countMatches(out: IntOutput, from: number, to: number, match: number): number {
  let n = 0
  let above = 0
  for (let i = from; i < to; i++) {
    const v = out[i]!
    n += v === match ? 1 : 0
    above |= v > match ? 1 : 0
  }
  return above ? -1 : n
}

/**
 * Decodes data preceded by its 4-byte little-endian byte length; the cursor
 * ends after the data. With `match` >= 0, counts as decodeRleHybridCounting
 * does and returns the count (else 0).
 */
export function decodeRleHybridWithLength(
  cursor: Cursor,
  bitWidth: number,
  count: number,
  out: IntOutput,
  outOffset = 0,
  end = cursor.bytes.length,
  match = -1,
): number {
  const start = cursor.offset
  if (start < 0 || start + 4 > end) {
    throw new ParquetError('ENCODING_INVALID', `expected a 4-byte RLE length, found ${Math.max(0, end - start)} bytes`, {
      offset: start,
    })
  }
  const length = cursor.view.getUint32(start, true)
  if (length > end - start - 4) {
    throw new ParquetError('ENCODING_INVALID', `RLE length ${length} exceeds the ${end - start - 4} bytes left`, {
      offset: start,
    })
  }
  cursor.offset = start + 4
  const matched = decodeRleHybridCounting(cursor, bitWidth, count, out, outOffset, start + 4 + length, match)
  cursor.offset = start + 4 + length
  return matched
}

/** Returns the new output position, or -1 for an empty run. */
function readBitPackedRun(
  cursor: Cursor,
  bitWidth: number,
  header: number,
  out: IntOutput,
  o: number,
  stop: number,
  end: number,
): number {
  const groups = Math.floor(header / 2)
  if (groups === 0) return -1
  const pos = cursor.offset
  const runBytes = groups * bitWidth
  const take = Math.min(groups * 8, stop - o)
  const need = Math.ceil((take * bitWidth) / 8)
  if (need > end - pos) {
    throw new ParquetError('ENCODING_INVALID', `bit-packed run needs ${need} bytes, found ${end - pos}`, { offset: pos })
  }
  unpackLsb(cursor.bytes, pos, bitWidth, out, o, take)
  cursor.offset = pos + Math.min(runBytes, end - pos)
  return o + take
}

function readRleRun(
  cursor: Cursor,
  bitWidth: number,
  header: number,
  out: IntOutput,
  o: number,
  stop: number,
  end: number,
): number {
  const runLength = header / 2
  if (runLength === 0) return -1
  const pos = cursor.offset
  const width = (bitWidth + 7) >>> 3
  if (width > end - pos) {
    throw new ParquetError('ENCODING_INVALID', `RLE run value needs ${width} bytes, found ${end - pos}`, { offset: pos })
  }
  const bytes = cursor.bytes
  let value = 0
  for (let i = width - 1; i >= 0; i--) value = value * 256 + bytes[pos + i]!
  if (value >= 2 ** bitWidth) {
    throw new ParquetError('ENCODING_INVALID', `RLE run value ${value} does not fit in ${bitWidth} bits`, { offset: pos })
  }
  cursor.offset = pos + width
  const take = Math.min(runLength, stop - o)
  out.fill(value, o, o + take)
  return o + take
}

function checkArgs(cursor: Cursor, bitWidth: number, count: number, out: IntOutput, outOffset: number, end: number): void {
  const maxWidth = out instanceof Uint8Array ? 8 : out instanceof Uint16Array ? 16 : 32
  if (!(bitWidth >= 0 && bitWidth <= maxWidth && Number.isInteger(bitWidth))) {
    throw new ParquetError('ENCODING_INVALID', `bit width must be 0..${maxWidth} for this output, found ${bitWidth}`, {
      offset: cursor.offset,
    })
  }
  if (!(count >= 0 && outOffset >= 0 && outOffset + count <= out.length)) {
    throw new ParquetError('ARGUMENT_INVALID', `output holds ${out.length} values, ${outOffset}+${count} requested`)
  }
  if (end > cursor.bytes.length || cursor.offset > end) {
    throw new ParquetError('ARGUMENT_INVALID', `end ${end} outside the ${cursor.bytes.length} bytes (cursor ${cursor.offset})`)
  }
}

function tooFew(expected: number, found: number, offset: number): ParquetError {
  return new ParquetError('ENCODING_INVALID', `RLE/bit-packed data ends after ${found} of ${expected} values`, { offset })
}

/** The number of bits needed for values up to `maxValue` (0 for 0). */
export function bitWidthOf(maxValue: number): number {
  return maxValue <= 0 ? 0 : 32 - Math.clz32(maxValue)
}

/**
 * Encodes `values` (each below 2^bitWidth) with the hybrid: repeats of 8 or
 * more become RLE runs, the rest bit-packed groups of 8 (the last group
 * padded with zeros). Appends to `sink` and returns the sink's content.
 */
export function encodeRleHybrid(values: ArrayLike<number>, bitWidth: number, sink: ByteSink = makeSink()): Uint8Array {
  const n = values.length
  let litStart = 0
  let i = 0
  while (i < n) {
    const v = values[i]!
    let j = i + 1
    while (j < n && values[j] === v) j++
    const pending = (i - litStart) % 8
    const fill = pending === 0 ? 0 : 8 - pending
    if (j - i - fill >= 8) {
      writeBitPacked(values, litStart, i + fill - litStart, bitWidth, sink)
      writeRleRun(v, j - i - fill, bitWidth, sink)
      litStart = j
    }
    i = j
  }
  writeBitPacked(values, litStart, n - litStart, bitWidth, sink)
  return sinkBytes(sink)
}

/**
 * {@link encodeRleHybrid} of `count` copies of `value` without the array
 * (what a page's definition levels are when it has no nulls): one RLE run,
 * or for fewer than 8 values the bit-packed group the hybrid writes.
 */
export function encodeRleConstant(value: number, count: number, bitWidth: number, sink: ByteSink = makeSink()): Uint8Array {
  if (count >= 8) writeRleRun(value, count, bitWidth, sink)
  else writeBitPacked(new Array<number>(count).fill(value), 0, count, bitWidth, sink)
  return sinkBytes(sink)
}

/** Like {@link encodeRleHybrid}, preceded by the 4-byte little-endian length. */
export function encodeRleHybridWithLength(values: ArrayLike<number>, bitWidth: number, sink: ByteSink = makeSink()): Uint8Array {
  const at = sink.length
  writeUint32LE(sink, 0)
  encodeRleHybrid(values, bitWidth, sink)
  const length = sink.length - at - 4
  new DataView(sink.bytes.buffer, sink.bytes.byteOffset).setUint32(at, length, true)
  return sinkBytes(sink)
}

function writeBitPacked(values: ArrayLike<number>, start: number, n: number, bitWidth: number, sink: ByteSink): void {
  const maxGroups = Math.floor(MAX_RUN / 8)
  for (let done = 0; done < n; ) {
    const groups = Math.min(Math.ceil((n - done) / 8), maxGroups)
    const take = Math.min(groups * 8, n - done)
    writeUvarint(sink, groups * 2 + 1)
    reserve(sink, groups * bitWidth)
    sink.bytes.fill(0, sink.length, sink.length + groups * bitWidth)
    packLsb(values, start + done, take, bitWidth, sink.bytes, sink.length, groups * 8)
    sink.length += groups * bitWidth
    done += take
  }
}

function writeRleRun(value: number, runLength: number, bitWidth: number, sink: ByteSink): void {
  const width = (bitWidth + 7) >>> 3
  for (let left = runLength; left > 0; ) {
    const run = Math.min(left, MAX_RUN)
    writeUvarint(sink, run * 2)
    reserve(sink, width)
    for (let k = 0; k < width; k++) sink.bytes[sink.length++] = (value >>> (8 * k)) & 0xff
    left -= run
  }
}
