/**
 * Zigzag ULEB128 varints (Encodings.md, "varint-encode", zigzag), as
 * DELTA_BINARY_PACKED headers and blocks use them: apart from varint.ts so
 * that reads which never meet that encoding do not carry them. Readers take
 * a cursor and an exclusive end offset and advance the cursor.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { truncated } from './varint.js'

/**
 * Reads a zigzag varint and returns its low 32 bits as a signed int32
 * (wrap-around, as INT32 delta arithmetic needs).
 */
export function readZigzagInt32(cursor: Cursor, end: number): number {
  const bytes = cursor.bytes
  let pos = cursor.offset
  let lo = 0 // bits 0..31 of the encoded value
  let bit32 = 0 // bit 32 of the encoded value
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw truncated(cursor.offset, end)
    const b = bytes[pos++]!
    if (i < 5) lo |= (b & 0x7f) << (7 * i)
    if (i === 4) bit32 = (b >>> 4) & 1
    if ((b & 0x80) === 0) {
      cursor.offset = pos
      return ((lo >>> 1) | (bit32 << 31)) ^ -(lo & 1)
    }
  }
  throw new ParquetError('ENCODING_INVALID', 'varint longer than 10 bytes', { offset: cursor.offset })
}

/** The two 32-bit halves of a 64-bit value (lo unsigned, hi as int32 bits). */
export interface Halves {
  lo: number
  hi: number
}

/**
 * Reads a zigzag varint as a signed 64-bit value (wrapped to 64 bits) into
 * `out.lo` (uint32) and `out.hi` (int32), without BigInt.
 */
export function readZigzagHalves(cursor: Cursor, end: number, out: Halves): void {
  const bytes = cursor.bytes
  let pos = cursor.offset
  let lo = 0
  let hi = 0
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw truncated(cursor.offset, end)
    const b = bytes[pos++]! & 0xff
    const v = b & 0x7f
    if (i < 4) lo |= v << (7 * i)
    else if (i === 4) {
      lo |= (v & 0x0f) << 28
      hi |= v >>> 4
    } else hi |= v << (7 * i - 32)
    if (b < 0x80) {
      cursor.offset = pos
      const neg = -(lo & 1)
      out.lo = (((lo >>> 1) | (hi << 31)) ^ neg) >>> 0
      out.hi = (hi >>> 1) ^ neg
      return
    }
  }
  throw new ParquetError('ENCODING_INVALID', 'varint longer than 10 bytes', { offset: cursor.offset })
}
