/**
 * BYTE_STREAM_SPLIT (Encodings.md, "Byte Stream Split (BYTE_STREAM_SPLIT =
 * 9)") for FLOAT, DOUBLE, INT32, INT64 and FIXED_LEN_BYTE_ARRAY(n): byte k of
 * every value goes to stream k, and the K streams of N bytes follow each other.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { type ByteSink, makeSink, reserve, sinkBytes } from './sink.js'
import type { FixedLenColumn } from './types.js'

const HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

type Numeric = Int32Array | BigInt64Array | Float32Array | Float64Array

/** Decodes `count` values into `out[outOffset..)`; the element type gives the width. */
export function decodeByteStreamSplit(cursor: Cursor, count: number, out: Numeric, outOffset = 0, end = cursor.bytes.length): void {
  if (!(Number.isInteger(count) && count >= 0 && outOffset >= 0 && outOffset + count <= out.length)) {
    throw new ParquetError('ARGUMENT_INVALID', `output holds ${out.length} values, ${outOffset}+${count} requested`)
  }
  const width = out.BYTES_PER_ELEMENT
  const dst = new Uint8Array(out.buffer, out.byteOffset + outOffset * width, count * width)
  unsplit(cursor, count, width, dst, end)
  if (!HOST_LE) for (let i = 0; i < dst.length; i += width) dst.subarray(i, i + width).reverse()
}

/** Decodes `count` FIXED_LEN_BYTE_ARRAY(width) values into a fresh buffer. */
export function decodeByteStreamSplitFixed(cursor: Cursor, count: number, width: number, end = cursor.bytes.length): FixedLenColumn {
  if (!(Number.isInteger(count) && count >= 0 && Number.isInteger(width) && width > 0)) {
    throw new ParquetError('ARGUMENT_INVALID', `bad count ${count} or width ${width}`)
  }
  checkBytes(cursor, count * width, end)
  const bytes = new Uint8Array(count * width)
  unsplit(cursor, count, width, bytes, end)
  return { width, bytes }
}

function checkBytes(cursor: Cursor, need: number, end: number): void {
  if (need > end - cursor.offset) {
    throw new ParquetError('ENCODING_INVALID', `BYTE_STREAM_SPLIT expected ${need} bytes, found ${Math.max(0, end - cursor.offset)}`, {
      offset: cursor.offset,
    })
  }
}

function unsplit(cursor: Cursor, count: number, width: number, dst: Uint8Array, end: number): void {
  checkBytes(cursor, count * width, end)
  const src = cursor.bytes
  const base = cursor.offset
  for (let k = 0; k < width; k++) {
    const s = base + k * count
    for (let i = 0, d = k; i < count; i++, d += width) dst[d] = src[s + i]!
  }
  cursor.offset = base + count * width
}

/** Encodes INT32, INT64, FLOAT or DOUBLE values. */
export function encodeByteStreamSplit(values: Numeric, sink: ByteSink = makeSink()): Uint8Array {
  const width = values.BYTES_PER_ELEMENT
  let src = new Uint8Array(values.buffer, values.byteOffset, values.byteLength)
  if (!HOST_LE) {
    src = src.slice()
    for (let i = 0; i < src.length; i += width) src.subarray(i, i + width).reverse()
  }
  return split(src, width, sink)
}

/** Encodes FIXED_LEN_BYTE_ARRAY values. */
export function encodeByteStreamSplitFixed(col: FixedLenColumn, sink: ByteSink = makeSink()): Uint8Array {
  return split(col.bytes, col.width, sink)
}

function split(src: Uint8Array, width: number, sink: ByteSink): Uint8Array {
  const count = width === 0 ? 0 : src.length / width
  reserve(sink, src.length)
  const dst = sink.bytes
  const base = sink.length
  for (let k = 0; k < width; k++) {
    const d = base + k * count
    for (let i = 0, s = k; i < count; i++, s += width) dst[d + i] = src[s]!
  }
  sink.length += src.length
  return sinkBytes(sink)
}
