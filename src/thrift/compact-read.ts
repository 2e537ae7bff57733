/**
 * Thrift compact protocol, reading side: the wire format in which every
 * Parquet metadata structure (footer, page headers, page index, bloom filter
 * headers) is serialized. These are the primitives; struct-read.ts reads
 * structs, lists, maps and field headers with them.
 *
 * Wire rules implemented here: ULEB128 varints, zigzag signed integers,
 * length-prefixed binary, little-endian doubles.
 *
 * Every read is bounds-checked against the cursor's bytes: a length or count
 * read from the input is compared with the bytes left before anything is
 * allocated, and running off the end gives ParquetError('THRIFT_EOF') with
 * the offset.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError, type ParquetErrorCode } from '../errors.js'

/** Throws a ParquetError with `code` at byte `at` (by default the cursor's offset) of the thrift data. */
export function fail(c: Cursor, code: ParquetErrorCode, message: string, at = c.offset): never {
  throw new ParquetError(code, message, { offset: at })
}

/** Takes `n` bytes: returns where they start and moves the cursor past them (THRIFT_EOF when fewer are left). */
function take(c: Cursor, n: number): number {
  const pos = c.offset
  if (pos + n > c.bytes.length) {
    fail(c, 'THRIFT_EOF', `thrift data ended early: expected ${n} more byte(s), found ${Math.max(c.bytes.length - pos, 0)}`)
  }
  c.offset = pos + n
  return pos
}

/** Reads one unsigned byte. */
export function readByte(c: Cursor): number {
  return c.bytes[take(c, 1)]!
}

/**
 * Reads a ULEB128 varint of at most `max` bytes: 5 for a 32-bit value (an
 * unsigned number, or with `zigzag` an i16/i32), 10 for a 64-bit one (with
 * `zigzag` an i64 that must be within ±(2^53-1), else THRIFT_INT64_RANGE;
 * without, a value only skipped: exact below 2^53, approximate above).
 */
export function readVarint(c: Cursor, zigzag = false, max = 5): number {
  const start = c.offset
  const first = c.bytes[start]!
  // Most values (lengths, small ints) take one byte.
  if (first < 128) {
    c.offset++
    return zigzag ? (first >> 1) ^ -(first & 1) : first
  }
  // The low bit (the zigzag sign) is kept apart: the rest, a float, stays exact up to 2^54.
  const odd = first & 1
  let n = -odd
  for (let i = 0, b = 128, scale = 1; b > 127; i++, scale *= 128) {
    if (i === max) fail(c, 'THRIFT_INVALID', `expected a varint of at most ${max} bytes, found a longer one`)
    b = readByte(c)
    n += (b & 127) * scale
  }
  // A 32-bit value keeps its low 32 bits.
  if (max < 10) n = ((n + odd) >>> 0) - odd
  if (!zigzag) return n + odd
  const size = n / 2 + odd
  if (size > Number.MAX_SAFE_INTEGER) {
    fail(c, 'THRIFT_INT64_RANGE', `expected an i64 within ±(2^53-1), found about ${odd ? '-' : ''}${size}`, start)
  }
  return odd ? -size : size
}

/** Reads a zigzag varint i64 as a number (THRIFT_INT64_RANGE outside the safe integer range). */
export function readI64(c: Cursor): number {
  return readVarint(c, true, 10)
}

/** Throws THRIFT_LIMIT (offset `at`) unless `n` items of at least `unit` bytes each fit in the bytes left. */
export function checkFits(c: Cursor, n: number, unit: number, what: string, at: number): void {
  const left = c.bytes.length - c.offset
  if (n * unit > left) fail(c, 'THRIFT_LIMIT', `expected ${what} within the ${left} bytes left, found ${n}`, at)
}

/** Reads `n` bytes as a view into the cursor's bytes (no copy). */
export function readFixed(c: Cursor, n: number): Uint8Array {
  const pos = take(c, n)
  return c.bytes.subarray(pos, pos + n)
}

let decoder: TextDecoder | undefined

/**
 * Reads length-prefixed binary as a view, or with `utf8` as text (invalid
 * sequences become U+FFFD, a leading U+FEFF stays). Footer strings are few and short: a TextDecoder
 * of its own, so that reading metadata needs none of encoding/utf8.ts.
 */
export function readBinary(c: Cursor, utf8?: boolean): Uint8Array | string {
  const at = c.offset
  const n = readVarint(c)
  checkFits(c, n, 1, 'a binary length', at)
  const bytes = readFixed(c, n)
  if (!utf8) return bytes
  decoder ??= new TextDecoder('utf-8', { ignoreBOM: true })
  return decoder.decode(bytes)
}

/** Reads an 8-byte little-endian IEEE 754 double. */
export function readDouble(c: Cursor): number {
  return c.view.getFloat64(take(c, 8), true)
}
