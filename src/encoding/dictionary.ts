/**
 * Dictionary encoding (Encodings.md, "Dictionary Encoding (PLAIN_DICTIONARY
 * = 2 and RLE_DICTIONARY = 8)"), data page side: one byte of bit width, then
 * the indices in the RLE/bit-packed hybrid without length prefix. Also the
 * lookups of decoded indices into a decoded dictionary page (bounds checked)
 * and, for writers, index encoding. Building dictionaries: dictionary-build.ts.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { bitWidthOf, decodeRleHybridCounting, encodeRleHybrid } from './rle-hybrid.js'
import { type ByteSink, makeSink, writeByte } from './sink.js'
import type { ByteArrayColumn, FixedLenColumn } from './types.js'

type Indices = Int32Array | Uint32Array

/**
 * Decodes `count` dictionary indices into `out[outOffset..)` and checks each
 * is below `dictionarySize` (pass Infinity to skip; the gather helpers check
 * too). Bit width 0 means every index is 0.
 */
export function decodeDictionaryIndices(
  cursor: Cursor,
  count: number,
  out: Indices,
  outOffset: number,
  dictionarySize: number,
  end = cursor.bytes.length,
): void {
  if (count === 0) return
  const at = cursor.offset
  if (at >= end) throw new ParquetError('ENCODING_INVALID', `expected the dictionary index bit width byte, found no bytes`, { offset: at })
  const bitWidth = cursor.bytes[at]!
  if (bitWidth > 32) {
    throw new ParquetError('ENCODING_INVALID', `dictionary index bit width must be at most 32, found ${bitWidth}`, { offset: at })
  }
  cursor.offset = at + 1
  decodeRleHybridCounting(cursor, bitWidth, count, out, outOffset, end, -1)
  if (dictionarySize !== Number.POSITIVE_INFINITY) checkIndices(out, outOffset, count, dictionarySize)
}

/** Throws ENCODING_INVALID unless every index in `indices[start..start+count)` is below `size`. */
export function checkIndices(indices: Indices, start: number, count: number, size: number): void {
  for (let i = start, e = start + count; i < e; i++) {
    if (indices[i]! >>> 0 >= size) throw badIndex(indices[i]!, size, i)
  }
}

function badIndex(index: number, size: number, i: number): ParquetError {
  return new ParquetError('ENCODING_INVALID', `dictionary index ${index >>> 0} out of range: the dictionary holds ${size} values`, {
    index: i,
  })
}

type Gatherable = Int32Array | BigInt64Array | Float32Array | Float64Array | Uint8Array

/** out[outOffset + i] = dictionary[indices[start + i]] for i < count (BOOLEAN, INT32, INT64, FLOAT, DOUBLE). */
export function gatherNumeric<T extends Gatherable>(dictionary: T, indices: Indices, start: number, count: number, out: T, outOffset = 0): void {
  const size = dictionary.length
  for (let i = 0; i < count; i++) {
    const k = indices[start + i]! >>> 0
    if (k >= size) throw badIndex(k, size, start + i)
    out[outOffset + i] = dictionary[k]!
  }
}

/** out[outOffset + i] = dictionary[indices[start + i]] for strings (or any array). */
export function gatherStrings<T>(dictionary: readonly T[], indices: Indices, start: number, count: number, out: T[], outOffset = 0): void {
  const size = dictionary.length
  for (let i = 0; i < count; i++) {
    const k = indices[start + i]! >>> 0
    if (k >= size) throw badIndex(k, size, start + i)
    out[outOffset + i] = dictionary[k]!
  }
}

/** Looks `count` indices up in a BYTE_ARRAY dictionary; the values are copied into one buffer. */
export function gatherByteArray(dictionary: ByteArrayColumn, indices: Indices, start: number, count: number): ByteArrayColumn {
  const { offsets: dOff, bytes: dBytes } = dictionary
  const size = dOff.length - 1
  const offsets = new Uint32Array(count + 1)
  let total = 0
  for (let i = 0; i < count; i++) {
    const k = indices[start + i]! >>> 0
    if (k >= size) throw badIndex(k, size, start + i)
    offsets[i + 1] = total += dOff[k + 1]! - dOff[k]!
  }
  const bytes = new Uint8Array(total)
  for (let i = 0; i < count; i++) {
    const k = indices[start + i]!
    const a = dOff[k]!
    const len = dOff[k + 1]! - a
    const d = offsets[i]!
    if (len > 32) bytes.set(dBytes.subarray(a, a + len), d)
    else for (let j = 0; j < len; j++) bytes[d + j] = dBytes[a + j]!
  }
  return { offsets, bytes }
}

/** Looks `count` indices up in a FIXED_LEN_BYTE_ARRAY (or INT96) dictionary. */
export function gatherFixed(dictionary: FixedLenColumn, indices: Indices, start: number, count: number): FixedLenColumn {
  const { width, bytes: dBytes } = dictionary
  const size = width === 0 ? 0 : dBytes.length / width
  const bytes = new Uint8Array(count * width)
  for (let i = 0; i < count; i++) {
    const k = indices[start + i]! >>> 0
    if (k >= size) throw badIndex(k, size, start + i)
    for (let j = 0, a = k * width, d = i * width; j < width; j++) bytes[d + j] = dBytes[a + j]!
  }
  return { width, bytes }
}

/** Encodes indices into a dictionary of `dictionarySize` entries: bit width byte, then the RLE hybrid. */
export function encodeDictionaryIndices(indices: ArrayLike<number>, dictionarySize: number, sink: ByteSink = makeSink()): Uint8Array {
  const bitWidth = bitWidthOf(dictionarySize - 1)
  writeByte(sink, bitWidth)
  return encodeRleHybrid(indices, bitWidth, sink)
}
