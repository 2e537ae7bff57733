/**
 * Thrift compact protocol, reading side: the wire format in which every
 * Parquet metadata structure (footer, page headers, page index, bloom filter
 * headers) is serialized.
 *
 * Wire rules implemented here: ULEB128 varints, zigzag signed integers, field
 * headers (4-bit id delta + 4-bit type, or type byte + zigzag i16 id), list and
 * set headers (4-bit size + type, or 0xF + varint size), length-prefixed
 * binary, little-endian doubles, booleans folded into field headers.
 *
 * Every read is bounds-checked against the cursor's bytes: a length or count
 * read from the input is compared with the bytes left before anything is
 * allocated, nesting is bounded, and running off the end gives
 * ParquetError('THRIFT_EOF') with the offset.
 */
import type { Cursor } from '../cursor.js'
import { decodeUtf8 } from '../encoding/utf8.js'
import { ParquetError, type ParquetErrorCode } from '../errors.js'

/** Deepest struct/container nesting accepted when decoding or skipping. */
export const MAX_DEPTH = 64

/** Throws a ParquetError with `code` at byte `offset` of the thrift data. */
export function fail(code: ParquetErrorCode, message: string, offset: number): never {
  throw new ParquetError(code, message, { offset })
}

/** Throws THRIFT_EOF: `need` bytes were wanted at the cursor, fewer are left. */
function eofError(c: Cursor, need: number): never {
  const left = Math.max(c.bytes.length - c.offset, 0)
  fail('THRIFT_EOF', `thrift data ended early: expected ${need} more byte(s), found ${left}`, c.offset)
}

/** Throws THRIFT_LIMIT when `depth` is over MAX_DEPTH. */
export function checkDepth(c: Cursor, depth: number): void {
  if (depth > MAX_DEPTH) fail('THRIFT_LIMIT', `thrift nesting deeper than ${MAX_DEPTH} levels`, c.offset)
}

/** Reads one unsigned byte. */
export function readUByte(c: Cursor): number {
  if (c.offset >= c.bytes.length) eofError(c, 1)
  return c.bytes[c.offset++]!
}

/** Reads a ULEB128 varint of at most 5 bytes as an unsigned 32-bit number. */
export function readVarint32(c: Cursor): number {
  const bytes = c.bytes
  // Most values (lengths, small ints) take one byte.
  if (c.offset < bytes.length && bytes[c.offset]! < 0x80) return bytes[c.offset++]!
  let result = 0
  for (let shift = 0; shift < 35; shift += 7) {
    if (c.offset >= bytes.length) eofError(c, 1)
    const b = bytes[c.offset++]!
    result |= (b & 0x7f) << shift
    if (b < 0x80) return result >>> 0
  }
  fail('THRIFT_INVALID', 'expected a varint of at most 5 bytes for a 32-bit value, found a longer one', c.offset)
}

/** Reads a zigzag varint as a signed 32-bit integer (thrift i16 and i32). */
export function readI32(c: Cursor): number {
  const n = readVarint32(c)
  return (n >>> 1) ^ -(n & 1)
}

/** Reads a ULEB128 varint of at most 10 bytes as an unsigned 64-bit bigint. */
function readVarint64Big(c: Cursor): bigint {
  const bytes = c.bytes
  let pos = c.offset
  let result = 0n
  for (let shift = 0n; shift < 70n; shift += 7n) {
    if (pos >= bytes.length) {
      c.offset = pos
      eofError(c, 1)
    }
    const b = bytes[pos++]!
    result |= BigInt(b & 0x7f) << shift
    if (b < 0x80) {
      c.offset = pos
      return BigInt.asUintN(64, result)
    }
  }
  fail('THRIFT_INVALID', 'expected a varint of at most 10 bytes, found a longer one', c.offset)
}

/** Reads a zigzag varint as a signed 64-bit bigint (thrift i64, any value). */
export function readI64Big(c: Cursor): bigint {
  const n = readVarint64Big(c)
  return BigInt.asIntN(64, (n >> 1n) ^ -(n & 1n))
}

/**
 * Reads a zigzag varint i64 as a number, without bigint: the low 28 bits are
 * gathered exactly as an integer, the rest as a (still exact) float. A value
 * outside the safe integer range is THRIFT_INT64_RANGE.
 */
export function readI64(c: Cursor): number {
  const bytes = c.bytes
  const start = c.offset
  let lo = 0
  let hi = 0
  for (let i = 0; i < 10; i++) {
    if (c.offset >= bytes.length) eofError(c, 1)
    const b = bytes[c.offset++]!
    if (i < 4) lo |= (b & 0x7f) << (7 * i)
    else hi += (b & 0x7f) * 2 ** (7 * i - 28)
    if (b < 0x80) {
      const size = hi * 2 ** 27 + (lo >>> 1) + (lo & 1)
      if (size > Number.MAX_SAFE_INTEGER) {
        fail('THRIFT_INT64_RANGE', `expected an i64 within ±(2^53-1), found about ${lo & 1 ? '-' : ''}${size}`, start)
      }
      return lo & 1 ? -size : size
    }
  }
  fail('THRIFT_INVALID', 'expected a varint of at most 10 bytes, found a longer one', c.offset)
}

/** Reads a single signed byte (thrift byte / i8). */
export function readI8(c: Cursor): number {
  const b = readUByte(c)
  return b > 127 ? b - 256 : b
}

/** Reads an 8-byte little-endian IEEE 754 double. */
export function readDouble(c: Cursor): number {
  const pos = c.offset
  readFixed(c, 8)
  return c.view.getFloat64(pos, true)
}

/** Reads a length varint and checks it against the bytes left. */
function readLength(c: Cursor): number {
  const n = readVarint32(c)
  if (n > c.bytes.length - c.offset) fail('THRIFT_LIMIT', `expected a binary length of at most the ${c.bytes.length - c.offset} bytes left, found ${n}`, c.offset)
  return n
}

/** Reads length-prefixed binary as a view into the cursor's bytes (no copy). */
export function readBinary(c: Cursor): Uint8Array {
  return readFixed(c, readLength(c))
}

/** Reads length-prefixed UTF-8 text (invalid sequences become U+FFFD). */
export function readString(c: Cursor): string {
  const n = readLength(c)
  const pos = c.offset
  c.offset = pos + n
  return decodeUtf8(c.bytes, pos, pos + n)
}

/**
 * Reads a field header after field id `lastId`. Returns `id * 16 + type`
 * (type in the low nibble, `h >> 4` is the id); a type of 0 means STOP.
 */
export function readFieldHeader(c: Cursor, lastId: number): number {
  if (c.offset >= c.bytes.length) eofError(c, 1)
  const b = c.bytes[c.offset++]!
  const type = b & 15
  if (type === 0) return 0
  const delta = b >> 4
  const id = delta === 0 ? readI32(c) : lastId + delta
  if (id < -32768 || id > 32767) fail('THRIFT_INVALID', `expected a field id in the i16 range, found ${id}`, c.offset)
  return id * 16 + type
}

/**
 * Reads a list or set header. Returns `size * 16 + elementType`; decode with
 * `type = h % 16`, `size = (h - type) / 16`. The size is checked against the
 * bytes left using each element's minimum encoded size (every compact value,
 * bools and empty structs included, takes at least one byte).
 */
export function readListHeader(c: Cursor): number {
  const start = c.offset
  const b = readUByte(c)
  const type = b & 15
  let size = b >> 4
  if (size === 15) size = readVarint32(c)
  if (type < 1 || type > 13) fail('THRIFT_INVALID', `expected a list element type from 1 to 13, found ${type}`, start)
  // Each element takes at least one byte (a double 8, a uuid 16).
  const left = c.bytes.length - c.offset
  if (size > left / (type === 7 ? 8 : type === 13 ? 16 : 1)) {
    fail('THRIFT_LIMIT', `expected a list that fits in the ${left} bytes left, found ${size} elements`, start)
  }
  return size * 16 + type
}

/** Skips a varint of at most 10 bytes (an i64 that is not kept need not be in the safe range). */
export function skipVarint(c: Cursor): void {
  for (let i = 0; i < 10; i++) if (readUByte(c) < 0x80) return
  fail('THRIFT_INVALID', 'expected a varint of at most 10 bytes, found a longer one', c.offset)
}

/** Reads `n` bytes as a view. */
export function readFixed(c: Cursor, n: number): Uint8Array {
  const pos = c.offset
  if (pos + n > c.bytes.length) eofError(c, n)
  c.offset = pos + n
  return c.bytes.subarray(pos, pos + n)
}
