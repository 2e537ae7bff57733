/**
 * Decoding one page's values in the rarely met encodings (Encodings.md):
 * DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY and
 * BYTE_STREAM_SPLIT, and the deprecated BIT_PACKED levels (page-decode.ts).
 * Loaded with import() (values-decode.ts loadDecoders) the first time a page
 * uses one of them; same output conventions as values-decode.ts.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { byteArrayToFixed, byteArrayToStrings } from '../encoding/byte-array.js'
import { decodeByteStreamSplit, decodeByteStreamSplitFixed } from '../encoding/byte-stream-split.js'
import { decodeDeltaInt32, decodeDeltaInt64 } from '../encoding/delta-binary-packed.js'
import { decodeDeltaByteArray } from '../encoding/delta-byte-array.js'
import { decodeDeltaLengthByteArray } from '../encoding/delta-length-byte-array.js'
import type { ByteArrayColumn } from '../encoding/types.js'
import * as Encodings from '../format/enum/encoding.gen.js'
import type { DenseValues, PageValues, ValueColumn, ValueTarget } from './values-decode.js'

export { decodeBitPacked } from '../encoding/bit-packed.js'

/** Decodes a page in a rare encoding; undefined when the encoding is not defined for the column's physical type. */
export function decodeRareValues(
  cursor: Cursor, end: number, encoding: number, column: ValueColumn, count: number, out: ValueTarget | undefined,
): PageValues | undefined {
  switch (encoding) {
    case Encodings.DELTA_BINARY_PACKED:
      if (out && (column.physicalType === 'INT32' || column.physicalType === 'INT64')) return decodeDelta(cursor, end, count, out)
      return undefined
    case Encodings.DELTA_LENGTH_BYTE_ARRAY:
      if (column.physicalType !== 'BYTE_ARRAY') return undefined
      return finishByteArray(decodeDeltaLengthByteArray(cursor, count, end), out)
    case Encodings.DELTA_BYTE_ARRAY:
      return decodeDeltaStrings(cursor, end, column, count, out)
    case Encodings.BYTE_STREAM_SPLIT:
      return decodeSplit(cursor, end, column, count, out)
  }
  return undefined
}

function decodeDelta(cursor: Cursor, end: number, count: number, out: ValueTarget): DenseValues {
  const { values, offset } = out
  const found = values instanceof Int32Array
    ? decodeDeltaInt32(cursor, values.subarray(0, offset + count), offset, end)
    : decodeDeltaInt64(cursor, (values as BigInt64Array).subarray(0, offset + count), offset, end)
  if (found !== count) {
    throw new ParquetError('ENCODING_INVALID', `DELTA_BINARY_PACKED: expected ${count} values (the page's non-null count), the header says ${found}`, { offset: cursor.offset })
  }
  return values
}

function decodeDeltaStrings(cursor: Cursor, end: number, column: ValueColumn, count: number, out: ValueTarget | undefined): PageValues {
  const values = decodeDeltaByteArray(cursor, count, end)
  if (column.physicalType === 'FIXED_LEN_BYTE_ARRAY') return byteArrayToFixed(values, column.typeLength)
  if (column.physicalType !== 'BYTE_ARRAY') {
    throw new ParquetError('ENCODING_UNSUPPORTED', `DELTA_BYTE_ARRAY is not defined for ${column.physicalType} values`, { offset: cursor.offset })
  }
  return finishByteArray(values, out)
}

function finishByteArray(values: ByteArrayColumn, out: ValueTarget | undefined): PageValues {
  if (!out) return values
  byteArrayToStrings(values, out.values as string[], out.offset)
  return out.values
}

function decodeSplit(cursor: Cursor, end: number, column: ValueColumn, count: number, out: ValueTarget | undefined): PageValues {
  if (column.physicalType === 'FIXED_LEN_BYTE_ARRAY') return decodeByteStreamSplitFixed(cursor, count, column.typeLength, end)
  const t = column.physicalType
  if (!out || !(t === 'FLOAT' || t === 'DOUBLE' || t === 'INT32' || t === 'INT64')) {
    throw new ParquetError('ENCODING_UNSUPPORTED', `BYTE_STREAM_SPLIT is not defined for ${t} values`, { offset: cursor.offset })
  }
  decodeByteStreamSplit(cursor, count, out.values as Float64Array, out.offset, end)
  return out.values
}
