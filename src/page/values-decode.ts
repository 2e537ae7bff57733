/**
 * Decoding one page's values (Encodings.md): PLAIN, the dictionary encodings,
 * RLE for BOOLEAN, DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY,
 * DELTA_BYTE_ARRAY and BYTE_STREAM_SPLIT, dispatched on the encoding and the
 * physical type. BYTE_ARRAY text columns decode straight to strings.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { byteArrayToFixed, byteArrayToStrings } from '../encoding/byte-array.js'
import { decodeByteStreamSplit, decodeByteStreamSplitFixed } from '../encoding/byte-stream-split.js'
import { decodeDeltaInt32, decodeDeltaInt64 } from '../encoding/delta-binary-packed.js'
import { decodeDeltaByteArray } from '../encoding/delta-byte-array.js'
import { decodeDeltaLengthByteArray } from '../encoding/delta-length-byte-array.js'
import { decodeDictionaryIndices, gatherByteArray, gatherFixed, gatherNumeric, gatherStrings } from '../encoding/dictionary.js'
import {
  decodePlainBoolean, decodePlainByteArray, decodePlainDouble, decodePlainFixed, decodePlainFloat,
  decodePlainInt32, decodePlainInt64, decodePlainStrings,
} from '../encoding/plain.js'
import { decodeRleHybridWithLength } from '../encoding/rle-hybrid.js'
import type { ByteArrayColumn, FixedLenColumn } from '../encoding/types.js'
import { Encoding, EncodingNames } from '../format/parquet.gen.js'
import type { PhysicalType } from '../metadata/schema.js'

/** Dense non-null values of one page (or dictionary), by physical type. */
export type PageValues =
  | Uint8Array // BOOLEAN, 0 or 1
  | Int32Array
  | BigInt64Array
  | Float32Array
  | Float64Array
  | string[] // text BYTE_ARRAY
  | ByteArrayColumn
  | FixedLenColumn // FIXED_LEN_BYTE_ARRAY, INT96

/** What a value decoder needs to know about its column. */
export interface ValueColumn {
  physicalType: PhysicalType
  typeLength: number
  /** Decode BYTE_ARRAY as UTF-8 strings. */
  strings: boolean
}

/** Decodes `count` values in `encoding` from cursor.offset to `end`. */
export function decodeValues(
  cursor: Cursor, end: number, encoding: number, column: ValueColumn, count: number, dictionary: PageValues | undefined,
): PageValues {
  switch (encoding) {
    case Encoding.PLAIN:
      return decodePlain(cursor, end, column, count)
    case Encoding.PLAIN_DICTIONARY:
    case Encoding.RLE_DICTIONARY:
      return decodeDictionary(cursor, end, count, dictionary)
    case Encoding.RLE:
      if (column.physicalType !== 'BOOLEAN') break
      return decodeRleBooleans(cursor, end, count)
    case Encoding.DELTA_BINARY_PACKED:
      if (column.physicalType === 'INT32') return deltaInt32(cursor, end, count)
      if (column.physicalType === 'INT64') return deltaInt64(cursor, end, count)
      break
    case Encoding.DELTA_LENGTH_BYTE_ARRAY:
      if (column.physicalType !== 'BYTE_ARRAY') break
      return finishByteArray(decodeDeltaLengthByteArray(cursor, count, end), column)
    case Encoding.DELTA_BYTE_ARRAY:
      return decodeDeltaStrings(cursor, end, column, count)
    case Encoding.BYTE_STREAM_SPLIT:
      return decodeSplit(cursor, end, column, count)
  }
  throw new ParquetError('ENCODING_UNSUPPORTED', `encoding ${EncodingNames[encoding] ?? encoding} is not defined for ${column.physicalType} values`, { offset: cursor.offset })
}

function decodePlain(cursor: Cursor, end: number, column: ValueColumn, count: number): PageValues {
  switch (column.physicalType) {
    case 'BOOLEAN': return fill(new Uint8Array(count), (o) => decodePlainBoolean(cursor, count, o, 0, end))
    case 'INT32': return fill(new Int32Array(count), (o) => decodePlainInt32(cursor, count, o, 0, end))
    case 'INT64': return fill(new BigInt64Array(count), (o) => decodePlainInt64(cursor, count, o, 0, end))
    case 'FLOAT': return fill(new Float32Array(count), (o) => decodePlainFloat(cursor, count, o, 0, end))
    case 'DOUBLE': return fill(new Float64Array(count), (o) => decodePlainDouble(cursor, count, o, 0, end))
    case 'INT96': return decodePlainFixed(cursor, count, 12, end)
    case 'FIXED_LEN_BYTE_ARRAY': return decodePlainFixed(cursor, count, column.typeLength, end)
    case 'BYTE_ARRAY':
      if (!column.strings) return decodePlainByteArray(cursor, count, end)
      return fill(new Array<string>(count), (o) => decodePlainStrings(cursor, count, o, 0, end))
  }
}

function fill<T>(out: T, decode: (out: T) => void): T {
  decode(out)
  return out
}

function decodeDictionary(cursor: Cursor, end: number, count: number, dictionary: PageValues | undefined): PageValues {
  if (!dictionary) {
    throw new ParquetError('PAGE_INVALID', 'expected a dictionary page before a dictionary-encoded data page, found none', { offset: cursor.offset })
  }
  const indices = new Int32Array(count)
  decodeDictionaryIndices(cursor, count, indices, 0, Number.POSITIVE_INFINITY, end)
  if (Array.isArray(dictionary)) return fill(new Array<string>(count), (o) => gatherStrings(dictionary, indices, 0, count, o))
  if ('offsets' in dictionary) return gatherByteArray(dictionary, indices, 0, count)
  if ('width' in dictionary) return gatherFixed(dictionary, indices, 0, count)
  const numeric = dictionary as Int32Array
  const out = new (numeric.constructor as new (n: number) => Int32Array)(count)
  gatherNumeric(numeric, indices, 0, count, out)
  return out
}

function decodeRleBooleans(cursor: Cursor, end: number, count: number): Uint8Array {
  const out = new Uint8Array(count)
  decodeRleHybridWithLength(cursor, 1, count, out, 0, end)
  return out
}

function deltaInt32(cursor: Cursor, end: number, count: number): Int32Array {
  const out = new Int32Array(count)
  checkCount(decodeDeltaInt32(cursor, out, 0, end), count, cursor)
  return out
}

function deltaInt64(cursor: Cursor, end: number, count: number): BigInt64Array {
  const out = new BigInt64Array(count)
  checkCount(decodeDeltaInt64(cursor, out, 0, end), count, cursor)
  return out
}

function checkCount(found: number, expected: number, cursor: Cursor): void {
  if (found !== expected) {
    throw new ParquetError('ENCODING_INVALID', `DELTA_BINARY_PACKED: expected ${expected} values (the page's non-null count), the header says ${found}`, { offset: cursor.offset })
  }
}

function decodeDeltaStrings(cursor: Cursor, end: number, column: ValueColumn, count: number): PageValues {
  const values = decodeDeltaByteArray(cursor, count, end)
  if (column.physicalType === 'FIXED_LEN_BYTE_ARRAY') return byteArrayToFixed(values, column.typeLength)
  if (column.physicalType !== 'BYTE_ARRAY') {
    throw new ParquetError('ENCODING_UNSUPPORTED', `DELTA_BYTE_ARRAY is not defined for ${column.physicalType} values`, { offset: cursor.offset })
  }
  return finishByteArray(values, column)
}

function finishByteArray(values: ByteArrayColumn, column: ValueColumn): PageValues {
  return column.strings ? byteArrayToStrings(values, new Array<string>(values.offsets.length - 1)) : values
}

function decodeSplit(cursor: Cursor, end: number, column: ValueColumn, count: number): PageValues {
  switch (column.physicalType) {
    case 'FLOAT': return fill(new Float32Array(count), (o) => decodeByteStreamSplit(cursor, count, o, 0, end))
    case 'DOUBLE': return fill(new Float64Array(count), (o) => decodeByteStreamSplit(cursor, count, o, 0, end))
    case 'INT32': return fill(new Int32Array(count), (o) => decodeByteStreamSplit(cursor, count, o, 0, end))
    case 'INT64': return fill(new BigInt64Array(count), (o) => decodeByteStreamSplit(cursor, count, o, 0, end))
    case 'FIXED_LEN_BYTE_ARRAY': return decodeByteStreamSplitFixed(cursor, count, column.typeLength, end)
    default:
      throw new ParquetError('ENCODING_UNSUPPORTED', `BYTE_STREAM_SPLIT is not defined for ${column.physicalType} values`, { offset: cursor.offset })
  }
}
