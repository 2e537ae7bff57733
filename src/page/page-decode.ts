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
import { bitWidthOf, decodeRleHybrid, decodeRleHybridWithLength } from '../encoding/rle-hybrid.js'
import { Encoding, EncodingNames, PageType } from '../format/parquet.gen.js'
import type { CompressedPage, PageContext } from './page-read.js'
import { decodeValues, type PageValues, type ValueColumn } from './values-decode.js'

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

export interface DecodedPage {
  /** Number of levels, nulls included. */
  numLevels: number
  /** Absent when the column's max definition level is 0. */
  definitionLevels?: LevelArray
  /** Absent when the column's max repetition level is 0. */
  repetitionLevels?: LevelArray
  /** The non-null values. */
  values: PageValues
  numValues: number
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

/** Decodes a v1 or v2 data page. `maxLevels` bounds its value count. */
export async function decodeDataPage(
  page: CompressedPage, column: LeafColumn, dictionary: PageValues | undefined, ctx: PageContext,
  options: PageDecodeOptions, maxLevels: number,
): Promise<DecodedPage> {
  const where = { ...ctx, page: page.index, offset: page.offset }
  const numLevels = pageLevelCount(page, where)
  if (numLevels > maxLevels) {
    throw new ParquetError('PAGE_INVALID', `expected at most ${maxLevels} values in this page (the rest of the column chunk), found ${numLevels}`, where)
  }
  return guard(where, () =>
    page.header.type === PageType.DATA_PAGE_V2
      ? decodeV2(page, column, dictionary, numLevels, options)
      : decodeV1(page, column, dictionary, numLevels, options),
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
  page: CompressedPage, column: LeafColumn, dictionary: PageValues | undefined, numLevels: number, options: PageDecodeOptions,
): Promise<DecodedPage> {
  const header = page.header.data_page_header!
  const bytes = await decompress(page.body, page.header.uncompressed_page_size, column, options)
  const cursor = makeCursor(bytes)
  const repetitionLevels = column.maxRepetitionLevel > 0
    ? readLevelsV1(cursor, header.repetition_level_encoding, column.maxRepetitionLevel, numLevels)
    : undefined
  const definitionLevels = column.maxDefinitionLevel > 0
    ? readLevelsV1(cursor, header.definition_level_encoding, column.maxDefinitionLevel, numLevels)
    : undefined
  const numValues = countValues(definitionLevels, column.maxDefinitionLevel, numLevels)
  const values = decodeValues(cursor, bytes.length, header.encoding, column, numValues, dictionary)
  return { numLevels, definitionLevels, repetitionLevels, values, numValues }
}

async function decodeV2(
  page: CompressedPage, column: LeafColumn, dictionary: PageValues | undefined, numLevels: number, options: PageDecodeOptions,
): Promise<DecodedPage> {
  const header = page.header.data_page_header_v2!
  const body = page.body
  const repLength = header.repetition_levels_byte_length
  const defLength = header.definition_levels_byte_length
  if (!(repLength >= 0 && defLength >= 0 && repLength + defLength <= body.length)) {
    throw new ParquetError('PAGE_INVALID', `expected level byte lengths within the page's ${body.length} bytes, found ${repLength} + ${defLength}`)
  }
  const repetitionLevels = column.maxRepetitionLevel > 0
    ? readLevelsV2(body.subarray(0, repLength), column.maxRepetitionLevel, numLevels)
    : undefined
  const definitionLevels = column.maxDefinitionLevel > 0
    ? readLevelsV2(body.subarray(repLength, repLength + defLength), column.maxDefinitionLevel, numLevels)
    : undefined
  const numValues = countValues(definitionLevels, column.maxDefinitionLevel, numLevels)
  const stored = body.subarray(repLength + defLength)
  const size = page.header.uncompressed_page_size - repLength - defLength
  const bytes = header.is_compressed === false ? stored : await decompress(stored, size, column, options)
  const values = decodeValues(makeCursor(bytes), bytes.length, header.encoding, column, numValues, dictionary)
  return { numLevels, definitionLevels, repetitionLevels, values, numValues }
}

function decompress(input: Uint8Array, size: number, column: LeafColumn, options: PageDecodeOptions): Promise<Uint8Array> {
  if (column.codec === 0 && input.length === size) return Promise.resolve(input)
  if (input.length === 0 && size === 0) return Promise.resolve(input)
  return decompressPage(column.codec, input, size, options.codecs, { maxBytes: options.maxPageBytes })
}

function levelArray(maxLevel: number, n: number): LevelArray {
  return maxLevel < 256 ? new Uint8Array(n) : maxLevel < 65536 ? new Uint16Array(n) : new Int32Array(n)
}

function readLevelsV1(cursor: Cursor, encoding: number, maxLevel: number, n: number): LevelArray {
  const out = levelArray(maxLevel, n)
  const width = bitWidthOf(maxLevel)
  if (encoding === Encoding.RLE) decodeRleHybridWithLength(cursor, width, n, out)
  else if (encoding === Encoding.BIT_PACKED) decodeBitPacked(cursor, width, n, out)
  else throw new ParquetError('ENCODING_UNSUPPORTED', `expected RLE or BIT_PACKED levels, found ${EncodingNames[encoding] ?? encoding}`)
  return out
}

function readLevelsV2(bytes: Uint8Array, maxLevel: number, n: number): LevelArray {
  const out = levelArray(maxLevel, n)
  decodeRleHybrid(makeCursor(bytes), bitWidthOf(maxLevel), n, out, 0, bytes.length)
  return out
}

/** Counts the levels that carry a value (def == max), checking none is above max. */
function countValues(levels: LevelArray | undefined, maxLevel: number, n: number): number {
  if (!levels) return n
  let count = 0
  for (let i = 0; i < n; i++) {
    const level = levels[i]!
    if (level === maxLevel) count++
    else if (level > maxLevel) {
      throw new ParquetError('LEVELS_INVALID', `definition level ${level} at position ${i} is above the column's maximum ${maxLevel}`)
    }
  }
  return count
}
