/**
 * DELTA_LENGTH_BYTE_ARRAY (Encodings.md, "Delta-length byte array
 * (DELTA_LENGTH_BYTE_ARRAY = 6)"): all value lengths as one
 * DELTA_BINARY_PACKED INT32 sequence, then all value bytes back to back.
 * Decoding needs one allocation (the offsets); the bytes stay a view.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { decodeDeltaInt32, encodeDeltaInt32 } from './delta-binary-packed.js'
import { type ByteSink, makeSink, sinkBytes, writeBytes } from './sink.js'
import type { ByteArrayColumn } from './types.js'

/**
 * Decodes `count` values (the caller's count, e.g. the page's non-null
 * values; the encoded count must equal it). Reads up to `end`.
 */
export function decodeDeltaLengthByteArray(cursor: Cursor, count: number, end = cursor.bytes.length): ByteArrayColumn {
  if (!(Number.isInteger(count) && count >= 0)) throw new ParquetError('ARGUMENT_INVALID', `bad value count ${count}`)
  const offsets = new Uint32Array(count + 1)
  const lengths = new Int32Array(offsets.buffer, 4, count)
  const at = cursor.offset
  const found = decodeDeltaInt32(cursor, lengths, 0, end)
  if (found !== count) {
    throw new ParquetError('ENCODING_INVALID', `DELTA_LENGTH_BYTE_ARRAY holds ${found} lengths, expected ${count}`, { offset: at })
  }
  const start = cursor.offset
  const avail = end - start
  let total = 0
  for (let i = 1; i <= count; i++) {
    const len = lengths[i - 1]!
    if (len < 0 || len > avail - total) {
      const what = len < 0 ? `length ${len}` : `${len} bytes with ${avail - total} left`
      throw new ParquetError('ENCODING_INVALID', `DELTA_LENGTH_BYTE_ARRAY value ${i - 1}: ${what}`, { offset: start + total })
    }
    offsets[i] = total += len
  }
  cursor.offset = start + total
  return { offsets, bytes: cursor.bytes.subarray(start, start + total) }
}

/** Encodes BYTE_ARRAY values: delta-packed lengths, then the bytes. */
export function encodeDeltaLengthByteArray(col: ByteArrayColumn, sink: ByteSink = makeSink()): Uint8Array {
  const { offsets, bytes } = col
  const n = offsets.length - 1
  const lengths = new Int32Array(n)
  for (let i = 0; i < n; i++) lengths[i] = offsets[i + 1]! - offsets[i]!
  encodeDeltaInt32(lengths, sink)
  writeBytes(sink, bytes.subarray(offsets[0]!, offsets[n]!))
  return sinkBytes(sink)
}
