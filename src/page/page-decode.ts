/**
 * Decoding pages (format README "Data Pages", parquet.thrift DataPageHeader,
 * DataPageHeaderV2, DictionaryPageHeader): decompress, then the repetition
 * and definition levels, then the values. Pure functions of the page bytes.
 *  - v1 data page: the whole body is compressed; levels come first, each RLE
 *    with a 4-byte length prefix (or the deprecated BIT_PACKED form).
 *  - v2 data page: levels are stored uncompressed before the values, RLE
 *    without length prefixes; only the values are compressed (is_compressed).
 */
import { type CodecOverrides, decompressPage } from '../compression/index.js'
import { type Cursor, makeCursor } from '../cursor.js'
import { ParquetError, withContext } from '../errors.js'
import { decodeBitPacked } from '../encoding/bit-packed.js'
import { bitWidthOf, decodeRleHybridCounting, decodeRleHybridWithLength } from '../encoding/rle-hybrid.js'
import { Encoding, EncodingNames, PageType } from '../format/parquet.gen.js'
import type { CompressedPage, PageContext } from './page-read.js'
import {
  allocateValues, type DenseValues, decodeValues, isDense, isRareEncoding, loadDecoders, type PageValues, type ValueColumn,
  type ValueTarget,
} from './values-decode.js'

export type LevelArray = Uint8Array | Uint16Array | Int32Array

/** A leaf column, as the page decoder needs it. */
export interface LeafColumn extends ValueColumn {
  maxDefinitionLevel: number
  maxRepetitionLevel: number
  codec: number
}

export interface PageDecodeOptions {
  codecs?: CodecOverrides
  /** Largest uncompressed page, in bytes (default 1 GiB). */
  maxPageBytes?: number
  /** Most levels (values with nulls) one page may declare. */
  maxPageValues: number
}

/**
 * Where a column chunk's pages are decoded to: level arrays and dense values
 * allocated once for the whole chunk, written at growing offsets; binary
 * values (per page) are collected for joining.
 */
export interface ChunkOutput {
  /** Absent when the column's max definition level is 0. */
  definitionLevels?: LevelArray
  /** Absent when the column's max repetition level is 0. */
  repetitionLevels?: LevelArray
  /** Levels written so far. */
  numLevels: number
  /** Dense values (numbers, booleans, strings); absent for binary columns. */
  target?: ValueTarget
  /** Binary columns: each page's values. */
  binary: PageValues[]
  /** Non-null values written so far. */
  numValues: number
  /** Set when `target.values` is the caller's (`ChunkInto`): the index the first value went to. */
  base?: number
}

/**
 * Arrays the caller gives a chunk to decode into instead of allocating its
 * own (e.g. a slice of a whole read's output): dense values of the column's
 * physical type (text columns: strings), written from `offset`, and
 * definition levels; each with room for `capacity` entries.
 */
export interface ChunkInto {
  values?: DenseValues
  /** Index of `values` the chunk's first value goes to (default 0). */
  offset?: number
  definitionLevels?: LevelArray
}

/** An output for up to `capacity` levels of the column, using the arrays of `into` where they fit. */
export function makeChunkOutput(column: LeafColumn, capacity: number, into: ChunkInto = {}): ChunkOutput {
  // Strings stay per page unless the caller gives their final array: a
  // chunk-sized array of young strings makes every scavenge scan it.
  const base = into.offset ?? 0
  const values = into.values && base >= 0 && into.values.length - base >= capacity ? into.values : undefined
  const dense = isDense(column) && (column.physicalType !== 'BYTE_ARRAY' || Array.isArray(values))
  const def = into.definitionLevels
  return {
    definitionLevels: column.maxDefinitionLevel > 0
      ? (def && def.length >= capacity && levelFits(def, column.maxDefinitionLevel) ? def : levelArray(column.maxDefinitionLevel, capacity))
      : undefined,
    repetitionLevels: column.maxRepetitionLevel > 0 ? levelArray(column.maxRepetitionLevel, capacity) : undefined,
    numLevels: 0,
    target: dense ? { values: values ?? allocateValues(column, capacity), offset: base } : undefined,
    binary: [],
    numValues: 0,
    base: values ? base : undefined,
  }
}

/** Decodes a dictionary page into its values (PLAIN encoded). */
export async function decodeDictionaryPage(
  page: CompressedPage, column: LeafColumn, ctx: PageContext, options: PageDecodeOptions,
): Promise<PageValues> {
  const where = { ...ctx, page: page.index, offset: page.offset }
  const header = page.header.dictionary_page_header
  if (!header) throw new ParquetError('PAGE_INVALID', 'expected a dictionary_page_header in a DICTIONARY_PAGE, found none', where)
  const count = header.num_values
  if (!(count >= 0) || count > options.maxPageValues) {
    throw new ParquetError('PAGE_INVALID', `expected a dictionary value count between 0 and ${options.maxPageValues}, found ${count}`, where)
  }
  return guard(where, async () => {
    const bytes = await decompress(page.body, page.header.uncompressed_page_size, column, options)
    const encoding = header.encoding === Encoding.PLAIN_DICTIONARY ? Encoding.PLAIN : header.encoding
    if (encoding !== Encoding.PLAIN) {
      throw new ParquetError('ENCODING_UNSUPPORTED', `expected a PLAIN dictionary page, found ${EncodingNames[encoding] ?? encoding}`)
    }
    return decodeValues(makeCursor(bytes), bytes.length, encoding, column, count, undefined)
  })
}

/** Decodes a v1 or v2 data page into `output`, whose capacity bounds the page's value count. */
export async function decodeDataPage(
  page: CompressedPage, column: LeafColumn, dictionary: PageValues | undefined, ctx: PageContext,
  options: PageDecodeOptions, output: ChunkOutput, capacity: number,
): Promise<void> {
  const where = { ...ctx, page: page.index, offset: page.offset }
  const numLevels = pageLevelCount(page, where)
  if (numLevels > capacity - output.numLevels) {
    throw new ParquetError('PAGE_INVALID', `expected at most ${capacity - output.numLevels} values in this page (the rest of the column chunk), found ${numLevels}`, where)
  }
  await guard(where, () =>
    page.header.type === PageType.DATA_PAGE_V2
      ? decodeV2(page, column, dictionary, numLevels, options, output)
      : decodeV1(page, column, dictionary, numLevels, options, output),
  )
}

function pageLevelCount(page: CompressedPage, where: PageContext): number {
  const h = page.header
  const n = h.type === PageType.DATA_PAGE_V2 ? h.data_page_header_v2?.num_values : h.data_page_header?.num_values
  if (n === undefined) throw new ParquetError('PAGE_INVALID', 'expected a data page header in a data page, found none', where)
  if (!(n >= 0)) throw new ParquetError('PAGE_INVALID', `expected a non-negative value count, found ${n}`, where)
  return n
}

async function guard<T>(where: PageContext, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    throw withContext(e, where, 'PAGE_INVALID')
  }
}

async function decodeV1(
  page: CompressedPage, column: LeafColumn, dictionary: PageValues | undefined, numLevels: number,
  options: PageDecodeOptions, output: ChunkOutput,
): Promise<void> {
  const header = page.header.data_page_header!
  const bytes = await decompress(page.body, page.header.uncompressed_page_size, column, options)
  const cursor = makeCursor(bytes)
  if (output.repetitionLevels) {
    readLevelsV1(cursor, header.repetition_level_encoding, column.maxRepetitionLevel, numLevels, output.repetitionLevels, output.numLevels, -1)
  }
  let present = numLevels
  if (output.definitionLevels) {
    const max = column.maxDefinitionLevel
    present = readLevelsV1(cursor, header.definition_level_encoding, max, numLevels, output.definitionLevels, output.numLevels, max)
  }
  await decodePageValues(cursor, bytes.length, header.encoding, column, dictionary, numLevels, present, output)
}

async function decodeV2(
  page: CompressedPage, column: LeafColumn, dictionary: PageValues | undefined, numLevels: number,
  options: PageDecodeOptions, output: ChunkOutput,
): Promise<void> {
  const header = page.header.data_page_header_v2!
  const body = page.body
  const repLength = header.repetition_levels_byte_length
  const defLength = header.definition_levels_byte_length
  if (!(repLength >= 0 && defLength >= 0 && repLength + defLength <= body.length)) {
    throw new ParquetError('PAGE_INVALID', `expected level byte lengths within the page's ${body.length} bytes, found ${repLength} + ${defLength}`)
  }
  if (output.repetitionLevels) {
    readLevelsV2(body.subarray(0, repLength), column.maxRepetitionLevel, numLevels, output.repetitionLevels, output.numLevels, -1)
  }
  let present = numLevels
  if (output.definitionLevels) {
    const max = column.maxDefinitionLevel
    present = readLevelsV2(body.subarray(repLength, repLength + defLength), max, numLevels, output.definitionLevels, output.numLevels, max)
  }
  const stored = body.subarray(repLength + defLength)
  const size = page.header.uncompressed_page_size - repLength - defLength
  const bytes = header.is_compressed === false ? stored : await decompress(stored, size, column, options)
  await decodePageValues(makeCursor(bytes), bytes.length, header.encoding, column, dictionary, numLevels, present, output)
}

/**
 * Decodes the page's `numValues` non-null values into the output and
 * advances its offsets; the rare encodings' decoders are loaded first when
 * the page needs them.
 */
async function decodePageValues(
  cursor: Cursor, end: number, encoding: number, column: LeafColumn, dictionary: PageValues | undefined,
  numLevels: number, numValues: number, output: ChunkOutput,
): Promise<void> {
  const rare = isRareEncoding(encoding) ? await loadDecoders(encoding) : undefined
  const target = output.target
  if (target) target.offset = (output.base ?? 0) + output.numValues
  const values = decodeValues(cursor, end, encoding, column, numValues, dictionary, target, rare)
  if (!target) output.binary.push(values)
  output.numLevels += numLevels
  output.numValues += numValues
}

function decompress(input: Uint8Array, size: number, column: LeafColumn, options: PageDecodeOptions): Promise<Uint8Array> {
  if (column.codec === 0 && input.length === size) return Promise.resolve(input)
  if (input.length === 0 && size === 0) return Promise.resolve(input)
  return decompressPage(column.codec, input, size, options.codecs, { maxBytes: options.maxPageBytes })
}

/** An array for `n` levels up to `maxLevel`: the narrowest integer type that holds them. */
export function levelArray(maxLevel: number, n: number): LevelArray {
  return maxLevel < 256 ? new Uint8Array(n) : maxLevel < 65536 ? new Uint16Array(n) : new Int32Array(n)
}

function levelFits(levels: LevelArray, maxLevel: number): boolean {
  return levels instanceof Int32Array || (levels instanceof Uint16Array ? maxLevel < 65536 : maxLevel < 256)
}

/**
 * Decodes a v1 page's `n` levels into out[offset..); with `count` >= 0
 * (definition levels: the column's maximum) returns how many equal it,
 * checking none is above (else 0).
 */
function readLevelsV1(cursor: Cursor, encoding: number, maxLevel: number, n: number, out: LevelArray, offset: number, count: number): number {
  const width = bitWidthOf(maxLevel)
  if (encoding === Encoding.RLE) return checkedCount(decodeRleHybridWithLength(cursor, width, n, out, offset, undefined, count), out, count, offset, n)
  if (encoding === Encoding.BIT_PACKED) {
    decodeBitPacked(cursor, width, n, out, offset)
    return count < 0 ? 0 : countValues(out, count, offset, n)
  }
  throw new ParquetError('ENCODING_UNSUPPORTED', `expected RLE or BIT_PACKED levels, found ${EncodingNames[encoding] ?? encoding}`)
}

/** Decodes a v2 page's levels, counting as readLevelsV1 does. */
function readLevelsV2(bytes: Uint8Array, maxLevel: number, n: number, out: LevelArray, offset: number, count: number): number {
  const matched = decodeRleHybridCounting(makeCursor(bytes), bitWidthOf(maxLevel), n, out, offset, bytes.length, count)
  return checkedCount(matched, out, count, offset, n)
}

/** The count the level decoder returned; when it found a level above the maximum (-1), the error naming it. */
function checkedCount(matched: number, levels: LevelArray, maxLevel: number, from: number, n: number): number {
  return matched < 0 && maxLevel >= 0 ? countValues(levels, maxLevel, from, n) : matched
}

/** Counts the levels in [from, from + n) that carry a value (def == max), checking none is above max. */
function countValues(levels: LevelArray, maxLevel: number, from: number, n: number): number {
  let count = 0
  for (let i = from, end = from + n; i < end; i++) {
    const level = levels[i]!
    if (level === maxLevel) count++
    else if (level > maxLevel) {
      throw new ParquetError('LEVELS_INVALID', `definition level ${level} at position ${i - from} of the page is above the column's maximum ${maxLevel}`)
    }
  }
  return count
}
