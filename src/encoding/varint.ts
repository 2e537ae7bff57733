/**
 * ULEB128 varints as used by the Parquet RLE/bit-packed hybrid run headers
 * and the DELTA_BINARY_PACKED headers (Encodings.md, "varint-encode"); the
 * zigzag ones of DELTA_BINARY_PACKED are in varint-zigzag.ts. Readers take a
 * cursor and an exclusive end offset and advance the cursor.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'

/** Reads an unsigned LEB128 varint of at most 10 bytes; exact up to 2^53. */
export function readUvarint(cursor: Cursor, end: number): number {
  const bytes = cursor.bytes
  let pos = cursor.offset
  let value = 0
  let scale = 1
  for (let i = 0; i < 10; i++) {
    if (pos >= end) throw truncated(cursor.offset, end)
    const b = bytes[pos++]!
    value += (b & 0x7f) * scale
    if ((b & 0x80) === 0) {
      cursor.offset = pos
      return value
    }
    scale *= 128
  }
  throw new ParquetError('ENCODING_INVALID', 'varint longer than 10 bytes', { offset: cursor.offset })
}

/** A varint that runs past `end` (offset: where it starts). */
export function truncated(start: number, end: number): ParquetError {
  return new ParquetError('ENCODING_INVALID', `varint runs past the end of the data (end at ${end})`, { offset: start })
}
