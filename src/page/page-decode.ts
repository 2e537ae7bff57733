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
import { bitWidthOf, decodeRleHybridCounting, decodeRleHybridWithLength } from '../encoding/rle-hybrid.js'
import * as Encodings from '../format/enum/encoding.gen.js'
import * as PageTypes from '../format/enum/page-type.gen.js'
import { EncodingNames } from '../format/parquet.gen.js'
import type { CompressedPage, PageContext } from './page-read.js'
import {
  allocateValues, decodeValues, isDense, isRareEncoding, loadDecoders, type PageValues, type RareDecoders, type ValueColumn,
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
  /** Dense values: numbers and booleans, strings only in the caller's array (ColumnReadOptions.into); else absent. */
  target?: ValueTarget
  /** Binary columns: each page's values. */
  binary: PageValues[]
  /** Non-null values written so far. */
  numValues: number
  /** Set when `target.values` is the caller's (ColumnReadOptions.into): the index the first value went to. */
  base?: number
}

/** An output for up to `capacity` levels of the column: levels and dense values allocated once for the chunk. */
export function makeChunkOutput(column: LeafColumn, capacity: number): ChunkOutput {
  return {
    definitionLevels: column.maxDefinitionLevel > 0 ? levelArray(column.maxDefinitionLevel, capacity) : undefined,
    repetitionLevels: column.maxRepetitionLevel > 0 ? levelArray(column.maxRepetitionLevel, capacity) : undefined,
    numLevels: 0,
    // Strings stay per page unless the caller gives their final array
    // (ColumnReadOptions.into): a chunk-sized array of young strings makes every scavenge scan it.
    target: isDense(column) && column.physicalType !== 'BYTE_ARRAY' ? { values: allocateValues(column, capacity), offset: 0 } : undefined,
    binary: [],
    numValues: 0,
  }
}

/** Decodes a dictionary page into its values (PLAIN encoded). */
export function decodeDictionaryPage(
  page: CompressedPage, column: LeafColumn, ctx: PageContext, options: PageDecodeOptions,
): Promise<PageValues> {
  const header = page.header.dictionary_page_header
  const count = header?.num_values ?? -1
  return guard(page, ctx, async () => {
    if (!header) throw new ParquetError('PAGE_INVALID', 'expected a dictionary_page_header in a DICTIONARY_PAGE, found none')
    if (!(count >= 0) || count > options.maxPageValues) {
      throw new ParquetError('PAGE_INVALID', `expected a dictionary value count between 0 and ${options.maxPageValues}, found ${count}`)
    }
    const bytes = await decompress(page.body, page.header.uncompressed_page_size, column, options)
    const encoding = header.encoding
    if (encoding !== Encodings.PLAIN && encoding !== Encodings.PLAIN_DICTIONARY) {
      throw new ParquetError('ENCODING_UNSUPPORTED', `expected a PLAIN dictionary page, found ${EncodingNames[encoding] ?? encoding}`)
    }
    return decodeValues(makeCursor(bytes), bytes.length, Encodings.PLAIN, column, count, undefined)
  })
}

/**
 * Decodes a v1 or v2 data page into `output`, whose capacity bounds the
 * page's value count. v1: the whole body is compressed, levels first, each
 * RLE after a 4-byte length (or the deprecated BIT_PACKED, loaded on first
 * use). v2: the levels are stored uncompressed before the values, RLE
 * without length prefix; only the values are compressed (is_compressed).
 */
export function decodeDataPage(
  page: CompressedPage, column: LeafColumn, dictionary: PageValues | undefined, ctx: PageContext,
  options: PageDecodeOptions, output: ChunkOutput, capacity: number,
): Promise<void> {
  const h = page.header
  const v2 = h.type === PageTypes.DATA_PAGE_V2 ? h.data_page_header_v2 : undefined
  const data = v2 ?? h.data_page_header
  return guard(page, ctx, async () => {
    const numLevels = data?.num_values ?? -1
    if (!data || !(numLevels >= 0) || numLevels > capacity - output.numLevels) {
      throw new ParquetError('PAGE_INVALID', `expected a data page header with at most ${capacity - output.numLevels} values (the rest of the column chunk), found ${data ? numLevels : 'none'}`)
    }
    const body = page.body
    // v1: -1, the levels' lengths are in the page.
    const repLength = v2 ? v2.repetition_levels_byte_length : -1
    const levelsEnd = v2 ? repLength + v2.definition_levels_byte_length : 0
    if (v2 && !(repLength >= 0 && levelsEnd >= repLength && levelsEnd <= body.length)) {
      throw new ParquetError('PAGE_INVALID', `expected level byte lengths within the page's ${body.length} bytes, found ${repLength} + ${v2.definition_levels_byte_length}`)
    }
    const cursor = makeCursor(v2 ? body : await decompress(body, h.uncompressed_page_size, column, options))
    const repEncoding = v2 ? Encodings.RLE : h.data_page_header!.repetition_level_encoding
    const defEncoding = v2 ? Encodings.RLE : h.data_page_header!.definition_level_encoding
    const { repetitionLevels: rep, definitionLevels: def, numLevels: at } = output
    // Writers often name BIT_PACKED for levels a column does not have (max level 0): loaded only for levels present.
    const old = (rep && repEncoding === Encodings.BIT_PACKED) || (def && defEncoding === Encodings.BIT_PACKED) ? await loadDecoders(Encodings.BIT_PACKED) : undefined
    if (rep) readLevels(cursor, repLength, repEncoding, column.maxRepetitionLevel, numLevels, rep, at, -1, old)
    if (v2) cursor.offset = repLength
    const present = def ? readLevels(cursor, v2 ? levelsEnd - repLength : -1, defEncoding, column.maxDefinitionLevel, numLevels, def, at, column.maxDefinitionLevel, old) : numLevels
    const values = v2 && v2.is_compressed !== false
      ? makeCursor(await decompress(body.subarray(levelsEnd), h.uncompressed_page_size - levelsEnd, column, options))
      : v2 ? makeCursor(body.subarray(levelsEnd)) : cursor
    await decodePageValues(values, values.bytes.length, data.encoding, column, dictionary, numLevels, present, output)
  })
}

/** Runs a page's decoding; what it throws gets the page's context (PAGE_INVALID unless a ParquetError). */
async function guard<T>(page: CompressedPage, ctx: PageContext, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    throw withContext(e, { ...ctx, page: page.index, offset: page.offset }, 'PAGE_INVALID')
  }
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
  return decompressPage(column.codec, input, size, options.codecs, { maxBytes: options.maxPageBytes })
}

/** An array for `n` levels up to `maxLevel`: the narrowest integer type that holds them. */
export function levelArray(maxLevel: number, n: number): LevelArray {
  return maxLevel < 256 ? new Uint8Array(n) : maxLevel < 65536 ? new Uint16Array(n) : new Int32Array(n)
}

/**
 * Decodes `n` levels into out[offset..): RLE after a 4-byte length
 * (`length` < 0, v1) or of `length` bytes (v2, the cursor then moves past
 * them), or BIT_PACKED (with `old`, the loaded decoders). With `count` >= 0
 * (definition levels: the column's maximum) returns how many equal it,
 * checking none is above (else 0).
 */
function readLevels(
  cursor: Cursor, length: number, encoding: number, maxLevel: number, n: number, out: LevelArray, offset: number, count: number, old?: RareDecoders,
): number {
  const width = bitWidthOf(maxLevel)
  const start = cursor.offset
  let matched = -1
  if (encoding === Encodings.BIT_PACKED) old!.decodeBitPacked(cursor, width, n, out, offset)
  else if (encoding !== Encodings.RLE) {
    throw new ParquetError('ENCODING_UNSUPPORTED', `expected RLE or BIT_PACKED levels, found ${EncodingNames[encoding] ?? encoding}`)
  } else if (length < 0) matched = decodeRleHybridWithLength(cursor, width, n, out, offset, undefined, count)
  else {
    matched = decodeRleHybridCounting(cursor, width, n, out, offset, start + length, count)
    cursor.offset = start + length
  }
  return count < 0 ? 0 : matched < 0 ? countValues(out, count, offset, n) : matched
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
