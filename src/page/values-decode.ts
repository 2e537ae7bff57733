/**
 * Decoding one page's values (Encodings.md): PLAIN, the dictionary encodings,
 * RLE for BOOLEAN, DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY,
 * DELTA_BYTE_ARRAY and BYTE_STREAM_SPLIT, dispatched on the encoding and the
 * physical type. BYTE_ARRAY text columns decode straight to strings. The
 * decoders of the rarely met encodings (the DELTA ones, BYTE_STREAM_SPLIT)
 * are in values-decode-rare.ts, loaded with import() by {@link loadDecoders}
 * the first time a page uses one of them.
 *
 * Numbers, booleans and strings are written into the caller's output at an
 * offset (one array per column chunk, allocated once); binary values come
 * back per page as offsets + bytes and are joined by the caller.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError, withContext } from '../errors.js'
import { decodeDictionaryIndices, gatherByteArray, gatherFixed, gatherNumeric, gatherStrings } from '../encoding/dictionary.js'
import { decodePlainBoolean, decodePlainByteArray, decodePlainFixed, decodePlainNumeric, decodePlainStrings } from '../encoding/plain.js'
import { decodeRleHybridWithLength } from '../encoding/rle-hybrid.js'
import { type ByteArrayColumn, type FixedLenColumn, TYPED_ARRAYS } from '../encoding/types.js'
import * as Encodings from '../format/enum/encoding.gen.js'
import { EncodingNames } from '../format/parquet.gen.js'
import type { PhysicalType } from '../metadata/schema.js'
import type * as Rare from './values-decode-rare.js'

/** Values written in place: numbers, booleans (0/1) and strings. */
export type DenseValues = Uint8Array | Int32Array | BigInt64Array | Float32Array | Float64Array | string[]

/** Dense non-null values of one page (or dictionary), by physical type. */
export type PageValues = DenseValues | ByteArrayColumn | FixedLenColumn

/** What a value decoder needs to know about its column. */
export interface ValueColumn {
  physicalType: PhysicalType
  /** Bytes per value of the fixed-size binary types: FIXED_LEN_BYTE_ARRAY's type_length, 12 for INT96. */
  typeLength: number
  /** Decode BYTE_ARRAY as UTF-8 strings. */
  strings: boolean
  /**
   * Set for BYTE_ARRAY columns whose dictionary-encoded pages (without a dense
   * target) give their indices instead of the values: the caller gathers,
   * e.g. in another thread (see chunk-decoder.ts, which supplies it).
   */
  keepIndices?: KeepIndices
}

/** Decodes a dictionary-encoded page's `count` indices, checked against the dictionary's size. */
export type KeepIndices = (cursor: Cursor, end: number, count: number, dictionary: PageValues) => Int32Array

/** Where a page's values go: `values[offset..]`, and reusable scratch space. */
export interface ValueTarget {
  values: DenseValues
  offset: number
  /** Dictionary indices of a page, reused across pages. */
  indices?: Int32Array
}

/** True when the column's values are written in place (not binary). */
export function isDense(column: ValueColumn): boolean {
  const t = column.physicalType
  return t !== 'INT96' && t !== 'FIXED_LEN_BYTE_ARRAY' && (t !== 'BYTE_ARRAY' || column.strings)
}

/** A dense output for `count` values of the column. */
export function allocateValues(column: ValueColumn, count: number): DenseValues {
  const Typed = TYPED_ARRAYS[column.physicalType as keyof typeof TYPED_ARRAYS]
  return Typed ? new Typed(count) : new Array<string>(count)
}

/** The decoders of the rare encodings (values-decode-rare.ts). */
export type RareDecoders = typeof Rare

/** True for the encodings whose decoders are in values-decode-rare.ts. */
export function isRareEncoding(encoding: number): boolean {
  return encoding === Encodings.DELTA_BINARY_PACKED || encoding === Encodings.DELTA_LENGTH_BYTE_ARRAY
    || encoding === Encodings.DELTA_BYTE_ARRAY || encoding === Encodings.BYTE_STREAM_SPLIT
}

/** Loads the rare encodings' decoders (await before decoding a page whose encoding {@link isRareEncoding}); a failed load is ENCODING_UNSUPPORTED. */
export async function loadDecoders(encoding: number): Promise<RareDecoders> {
  try {
    return await import('./values-decode-rare.js')
  } catch (e) {
    throw withContext(e, { encoding: EncodingNames[encoding] ?? encoding }, 'ENCODING_UNSUPPORTED')
  }
}

/**
 * Decodes `count` values in `encoding` from cursor.offset to `end`. Dense
 * columns write into `target` (a fresh array when absent) and return it;
 * binary columns return the page's values. A rare encoding needs `rare`
 * ({@link loadDecoders}: a program error without it).
 */
export function decodeValues(
  cursor: Cursor, end: number, encoding: number, column: ValueColumn, count: number,
  dictionary: PageValues | undefined, target?: ValueTarget, rare?: RareDecoders,
): PageValues {
  const dictionaryEncoded = encoding === Encodings.PLAIN_DICTIONARY || encoding === Encodings.RLE_DICTIONARY
  // keepIndices: the page's indices, without a page of values.
  const keep = dictionaryEncoded && !target ? column.keepIndices : undefined
  const out = target ?? (isDense(column) && !keep ? { values: allocateValues(column, count), offset: 0 } : undefined)
  switch (encoding) {
    case Encodings.PLAIN:
      return out ? decodePlainInto(cursor, end, column, count, out) : decodePlainBinary(cursor, end, column, count)
    case Encodings.PLAIN_DICTIONARY:
    case Encodings.RLE_DICTIONARY:
      return decodeDictionary(cursor, end, count, dictionary, out, keep)
    case Encodings.RLE:
      if (column.physicalType !== 'BOOLEAN' || !out) break
      decodeRleHybridWithLength(cursor, 1, count, out.values as Uint8Array, out.offset, end)
      return out.values
    case Encodings.DELTA_BINARY_PACKED:
    case Encodings.DELTA_LENGTH_BYTE_ARRAY:
    case Encodings.DELTA_BYTE_ARRAY:
    case Encodings.BYTE_STREAM_SPLIT: {
      // The caller loaded `rare` for these encodings (isRareEncoding).
      const values = rare!.decodeRareValues(cursor, end, encoding, column, count, out)
      if (values) return values
    }
  }
  throw new ParquetError('ENCODING_UNSUPPORTED', `encoding ${EncodingNames[encoding] ?? encoding} is not defined for ${column.physicalType} values`, { offset: cursor.offset })
}

function decodePlainInto(cursor: Cursor, end: number, column: ValueColumn, count: number, out: ValueTarget): DenseValues {
  const { values, offset } = out
  if (column.physicalType === 'BOOLEAN') decodePlainBoolean(cursor, count, values as Uint8Array, offset, end)
  else if (Array.isArray(values)) decodePlainStrings(cursor, count, values, offset, end)
  else decodePlainNumeric(cursor, count, values as Int32Array, offset, end)
  return values
}

function decodePlainBinary(cursor: Cursor, end: number, column: ValueColumn, count: number): PageValues {
  if (column.physicalType === 'BYTE_ARRAY') return decodePlainByteArray(cursor, count, end)
  return decodePlainFixed(cursor, count, column.typeLength, end)
}

/** Dictionary indices, looked up in the page's dictionary (`keep`: the indices themselves, see ValueColumn.keepIndices). */
function decodeDictionary(
  cursor: Cursor, end: number, count: number, dictionary: PageValues | undefined, out: ValueTarget | undefined, keep?: KeepIndices,
): PageValues {
  if (!dictionary) {
    throw new ParquetError('PAGE_INVALID', 'expected a dictionary page before a dictionary-encoded data page, found none', { offset: cursor.offset })
  }
  if (keep) return keep(cursor, end, count, dictionary)
  let indices = out?.indices
  if (!indices || indices.length < count) indices = new Int32Array(count)
  if (out) out.indices = indices
  decodeDictionaryIndices(cursor, count, indices, 0, Number.POSITIVE_INFINITY, end)
  if (out && Array.isArray(dictionary)) {
    gatherStrings(dictionary, indices, 0, count, out.values as string[], out.offset)
    return out.values
  }
  if (out) {
    gatherNumeric(dictionary as Int32Array, indices, 0, count, out.values as Int32Array, out.offset)
    return out.values
  }
  if ('offsets' in dictionary) return gatherByteArray(dictionary, indices, 0, count)
  return gatherFixed(dictionary as FixedLenColumn, indices, 0, count)
}
