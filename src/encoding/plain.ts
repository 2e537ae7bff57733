/**
 * PLAIN encoding (Encodings.md, "Plain: (PLAIN = 0)") for every physical
 * type: BOOLEAN bit-packed LSB first, INT32/INT64/FLOAT/DOUBLE little endian,
 * INT96 and FIXED_LEN_BYTE_ARRAY as raw bytes, BYTE_ARRAY as a 4-byte
 * little-endian length followed by the bytes. Shapes: see types.ts.
 *
 * Fixed-width numeric decoders copy the bytes into the caller's typed array
 * (one memcpy, whatever the alignment of the source), so a reader can fill a
 * column chunk's array page by page.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { packLsb, unpackLsb } from './lsb-pack.js'
import { type ByteSink, makeSink, reserve, sinkBytes, writeBytes, writeUint32LE } from './sink.js'
import type { ByteArrayColumn, FixedLenColumn } from './types.js'
import { asciiRun, decodeUtf8, encodeUtf8Into } from './utf8.js'

const HOST_LE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

type Numeric = Int32Array | BigInt64Array | Float32Array | Float64Array

/** Decodes `count` BOOLEANs as 0/1 into `out[outOffset..)`. */
export function decodePlainBoolean(cursor: Cursor, count: number, out: Uint8Array, outOffset = 0, end = cursor.bytes.length): void {
  checkOut(count, out.length, outOffset)
  const need = Math.ceil(count / 8)
  requireBytes(cursor, need, end, `${count} BOOLEAN values`)
  unpackLsb(cursor.bytes, cursor.offset, 1, out, outOffset, count)
  cursor.offset += need
}

/** Decodes `count` INT32, INT64, FLOAT or DOUBLE values (by the type of `out`) into `out[outOffset..)`. */
export function decodePlainNumeric(cursor: Cursor, count: number, out: Numeric, outOffset = 0, end = cursor.bytes.length): void {
  checkOut(count, out.length, outOffset)
  const size = out.BYTES_PER_ELEMENT
  const need = count * size
  requireBytes(cursor, need, end, `${count} values of ${size} bytes`)
  const dst = new Uint8Array(out.buffer, out.byteOffset + outOffset * size, need)
  dst.set(cursor.bytes.subarray(cursor.offset, cursor.offset + need))
  if (!HOST_LE) swapEach(dst, size)
  cursor.offset += need
}

/** Decodes `count` INT32s into `out[outOffset..)`. */
export const decodePlainInt32: (cursor: Cursor, count: number, out: Int32Array, outOffset?: number, end?: number) => void = decodePlainNumeric
/** Decodes `count` INT64s into `out[outOffset..)`. */
export const decodePlainInt64: (cursor: Cursor, count: number, out: BigInt64Array, outOffset?: number, end?: number) => void = decodePlainNumeric
/** Decodes `count` FLOATs into `out[outOffset..)`. */
export const decodePlainFloat: (cursor: Cursor, count: number, out: Float32Array, outOffset?: number, end?: number) => void = decodePlainNumeric
/** Decodes `count` DOUBLEs into `out[outOffset..)`. */
export const decodePlainDouble: (cursor: Cursor, count: number, out: Float64Array, outOffset?: number, end?: number) => void = decodePlainNumeric

/**
 * Decodes `count` fixed-width values (FIXED_LEN_BYTE_ARRAY(width), or INT96
 * with width 12) as a view into the cursor's bytes (no copy).
 */
export function decodePlainFixed(cursor: Cursor, count: number, width: number, end = cursor.bytes.length): FixedLenColumn {
  if (!(width >= 0 && Number.isInteger(width))) throw new ParquetError('ARGUMENT_INVALID', `bad fixed width ${width}`)
  checkOut(count, count, 0)
  const need = count * width
  requireBytes(cursor, need, end, `${count} values of ${width} bytes`)
  const bytes = cursor.bytes.subarray(cursor.offset, cursor.offset + need)
  cursor.offset += need
  return { width, bytes }
}

/**
 * Decodes `count` BYTE_ARRAYs into a ByteArrayColumn: one scan to validate
 * the lengths, one allocation for the bytes (lengths interleave with data in
 * PLAIN, so the values are copied together).
 */
export function decodePlainByteArray(cursor: Cursor, count: number, end = cursor.bytes.length): ByteArrayColumn {
  checkOut(count, count, 0)
  const start = cursor.offset
  const offsets = new Uint32Array(count + 1)
  const total = scanByteArrays(cursor, count, end, offsets)
  const bytes = new Uint8Array(total)
  const src = cursor.bytes
  let p = start
  for (let i = 0; i < count; i++) {
    p += 4
    const a = offsets[i]!
    const len = offsets[i + 1]! - a
    if (len > 32) bytes.set(src.subarray(p, p + len), a)
    else for (let k = 0; k < len; k++) bytes[a + k] = src[p + k]!
    p += len
  }
  return { offsets, bytes }
}

/** Decodes `count` BYTE_ARRAYs as UTF-8 strings into `out[outOffset..)`. */
export function decodePlainStrings(cursor: Cursor, count: number, out: string[], outOffset = 0, end = cursor.bytes.length): void {
  checkOut(count, count, 0)
  const start = cursor.offset
  scanByteArrays(cursor, count, end, undefined)
  const { bytes, view } = cursor
  // All-ASCII values (lengths included): one decode of the whole run, each value a slice of it.
  const text = asciiRun(bytes, start, cursor.offset)
  let p = start
  for (let i = 0; i < count; i++) {
    const len = view.getUint32(p, true)
    p += 4
    out[outOffset + i] = text === undefined ? decodeUtf8(bytes, p, p + len) : text.slice(p - start, p - start + len)
    p += len
  }
}

/** Validates `count` length-prefixed values, fills `offsets` (if given), moves the cursor past them; returns the total data bytes. */
function scanByteArrays(cursor: Cursor, count: number, end: number, offsets: Uint32Array | undefined): number {
  const view = cursor.view
  let p = cursor.offset
  let total = 0
  for (let i = 0; i < count; i++) {
    if (end - p < 4) throw tooShort(p, `length of BYTE_ARRAY value ${i} of ${count}`, 4, end - p)
    const len = view.getUint32(p, true)
    p += 4
    if (len > end - p) throw tooShort(p, `BYTE_ARRAY value ${i} of ${count}`, len, end - p)
    p += len
    total += len
    if (offsets) offsets[i + 1] = total
  }
  cursor.offset = p
  return total
}

function swapEach(bytes: Uint8Array, size: number): void {
  for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse()
}

function requireBytes(cursor: Cursor, need: number, end: number, what: string): void {
  if (cursor.offset < 0 || need > end - cursor.offset) throw tooShort(cursor.offset, what, need, end - cursor.offset)
}

function tooShort(offset: number, what: string, need: number, found: number): ParquetError {
  return new ParquetError('ENCODING_INVALID', `PLAIN ${what}: expected ${need} bytes, found ${Math.max(0, found)}`, { offset })
}

function checkOut(count: number, length: number, outOffset: number): void {
  if (!(Number.isInteger(count) && count >= 0 && outOffset >= 0 && outOffset + count <= length)) {
    throw new ParquetError('ARGUMENT_INVALID', `output holds ${length} values, ${outOffset}+${count} requested`)
  }
}

/** Encodes BOOLEANs (any truthy value is true), bit-packed LSB first. */
export function encodePlainBoolean(values: ArrayLike<number | boolean>, sink: ByteSink = makeSink()): Uint8Array {
  const n = values.length
  const bits = new Uint8Array(n)
  for (let i = 0; i < n; i++) bits[i] = values[i] ? 1 : 0
  const need = Math.ceil(n / 8)
  reserve(sink, need)
  packLsb(bits, 0, n, 1, sink.bytes, sink.length)
  sink.length += need
  return sinkBytes(sink)
}

/** Encodes INT32, INT64, FLOAT or DOUBLE values (little endian). */
export function encodePlainNumeric(values: Numeric, sink: ByteSink = makeSink()): Uint8Array {
  const at = sink.length
  writeBytes(sink, new Uint8Array(values.buffer, values.byteOffset, values.byteLength))
  if (!HOST_LE) swapEach(sink.bytes.subarray(at, sink.length), values.BYTES_PER_ELEMENT)
  return sinkBytes(sink)
}

/** Encodes FIXED_LEN_BYTE_ARRAY or INT96 values: their bytes back to back. */
export function encodePlainFixed(col: FixedLenColumn, sink: ByteSink = makeSink()): Uint8Array {
  writeBytes(sink, col.bytes)
  return sinkBytes(sink)
}

/** Encodes BYTE_ARRAY values: each as a 4-byte length then its bytes. */
export function encodePlainByteArray(col: ByteArrayColumn, sink: ByteSink = makeSink()): Uint8Array {
  const { offsets, bytes } = col
  const n = offsets.length - 1
  reserve(sink, 4 * n + offsets[n]! - offsets[0]!)
  const out = sink.bytes
  let p = sink.length
  for (let i = 0; i < n; i++) {
    const start = offsets[i]!
    const end = offsets[i + 1]!
    const len = end - start
    out[p] = len & 0xff
    out[p + 1] = (len >>> 8) & 0xff
    out[p + 2] = (len >>> 16) & 0xff
    out[p + 3] = len >>> 24
    p += 4
    if (len > 64) out.set(bytes.subarray(start, end), p)
    else for (let j = start; j < end; j++) out[p + j - start] = bytes[j]!
    p += len
  }
  sink.length = p
  return sinkBytes(sink)
}

/** Encodes strings [start, end) as UTF-8 BYTE_ARRAY values. */
export function encodePlainStrings(values: readonly string[], sink: ByteSink = makeSink(), start = 0, end = values.length): Uint8Array {
  for (let i = start; i < end; i++) {
    const s = values[i]!
    reserve(sink, 4 + 3 * s.length)
    const at = sink.length
    const written = encodeUtf8Into(s, sink.bytes, at + 4)
    writeUint32LE(sink, written)
    sink.length = at + 4 + written
  }
  return sinkBytes(sink)
}
