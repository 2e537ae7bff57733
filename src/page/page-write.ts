/**
 * Writing pages (format README "Data Pages", parquet.thrift PageHeader,
 * DataPageHeader, DataPageHeaderV2, DictionaryPageHeader): the mirror of
 * page-read.ts and page-decode.ts. Takes a page's levels and encoded values,
 * returns the Thrift PageHeader followed by the stored page bytes.
 *  - v1 data page: repetition then definition levels, each RLE with a 4-byte
 *    length prefix, then the values; the whole body is compressed.
 *  - v2 data page: the levels RLE without length prefixes, stored
 *    uncompressed; only the values are compressed (`is_compressed`).
 *  - dictionary page: the PLAIN-encoded dictionary, compressed.
 * `crc` is the CRC-32 of the page bytes as stored (after compression).
 */
import { type CodecOverrides, compressPage } from '../compression/index.js'
import { bitWidthOf, encodeRleHybrid, encodeRleHybridWithLength } from '../encoding/rle-hybrid.js'
import { makeSink, sinkBytes } from '../encoding/sink.js'
import { Encoding, type PageHeader, PageType, type Statistics, writePageHeader } from '../format/parquet.gen.js'
import { makeWriter, writerBytes } from '../thrift/compact-write.js'
import { crc32 } from './crc32.js'

export interface PageWriteOptions {
  /** CompressionCodec id. */
  codec: number
  codecs?: CodecOverrides
  /** Write PageHeader.crc (default true). */
  crc?: boolean
}

/** One data page's content, before compression. */
export interface DataPageInput {
  version: 1 | 2
  /** Levels in the page (values with nulls). */
  numLevels: number
  /** Rows starting in the page (levels with repetition level 0). */
  numRows: number
  numNulls: number
  /** The page's levels; absent when the column's max level is 0. */
  definitionLevels?: ArrayLike<number>
  repetitionLevels?: ArrayLike<number>
  maxDefinitionLevel: number
  maxRepetitionLevel: number
  /** The Encoding of `values`. */
  encoding: number
  /** The encoded non-null values. */
  values: Uint8Array
  statistics?: Statistics
}

/** A page as stored: header and body back to back. */
export interface WrittenPage {
  header: PageHeader
  /** Header then body. */
  bytes: Uint8Array
  headerLength: number
}

async function compress(bytes: Uint8Array, options: PageWriteOptions): Promise<Uint8Array> {
  return options.codec === 0 ? bytes : compressPage(options.codec, bytes, options.codecs)
}

function finish(header: PageHeader, body: Uint8Array, options: PageWriteOptions): WrittenPage {
  if (options.crc !== false) header.crc = crc32(body) | 0
  const w = makeWriter(64)
  writePageHeader(w, header)
  const head = writerBytes(w)
  const bytes = new Uint8Array(head.length + body.length)
  bytes.set(head)
  bytes.set(body, head.length)
  return { header, bytes, headerLength: head.length }
}

/** Writes a v1 or v2 data page. */
export async function writeDataPage(page: DataPageInput, options: PageWriteOptions): Promise<WrittenPage> {
  return page.version === 2 ? writeV2(page, options) : writeV1(page, options)
}

async function writeV1(page: DataPageInput, options: PageWriteOptions): Promise<WrittenPage> {
  const sink = makeSink(page.values.length + 64)
  if (page.maxRepetitionLevel > 0) encodeRleHybridWithLength(page.repetitionLevels!, bitWidthOf(page.maxRepetitionLevel), sink)
  if (page.maxDefinitionLevel > 0) encodeRleHybridWithLength(page.definitionLevels!, bitWidthOf(page.maxDefinitionLevel), sink)
  const levelsLength = sink.length
  const raw = new Uint8Array(levelsLength + page.values.length)
  raw.set(sinkBytes(sink))
  raw.set(page.values, levelsLength)
  const body = await compress(raw, options)
  const header: PageHeader = {
    type: PageType.DATA_PAGE,
    uncompressed_page_size: raw.length,
    compressed_page_size: body.length,
    data_page_header: {
      num_values: page.numLevels,
      encoding: page.encoding,
      definition_level_encoding: Encoding.RLE,
      repetition_level_encoding: Encoding.RLE,
      statistics: page.statistics,
    },
  }
  return finish(header, body, options)
}

function levelsV2(levels: ArrayLike<number> | undefined, maxLevel: number): Uint8Array {
  return maxLevel > 0 ? encodeRleHybrid(levels!, bitWidthOf(maxLevel)) : new Uint8Array(0)
}

async function writeV2(page: DataPageInput, options: PageWriteOptions): Promise<WrittenPage> {
  const rep = levelsV2(page.repetitionLevels, page.maxRepetitionLevel)
  const def = levelsV2(page.definitionLevels, page.maxDefinitionLevel)
  const values = await compress(page.values, options)
  const body = new Uint8Array(rep.length + def.length + values.length)
  body.set(rep)
  body.set(def, rep.length)
  body.set(values, rep.length + def.length)
  const header: PageHeader = {
    type: PageType.DATA_PAGE_V2,
    uncompressed_page_size: rep.length + def.length + page.values.length,
    compressed_page_size: body.length,
    data_page_header_v2: {
      num_values: page.numLevels,
      num_nulls: page.numNulls,
      num_rows: page.numRows,
      encoding: page.encoding,
      definition_levels_byte_length: def.length,
      repetition_levels_byte_length: rep.length,
      is_compressed: options.codec !== 0,
      statistics: page.statistics,
    },
  }
  return finish(header, body, options)
}

/** Writes a dictionary page holding `numValues` PLAIN-encoded values. */
export async function writeDictionaryPage(values: Uint8Array, numValues: number, options: PageWriteOptions): Promise<WrittenPage> {
  const body = await compress(values, options)
  const header: PageHeader = {
    type: PageType.DICTIONARY_PAGE,
    uncompressed_page_size: values.length,
    compressed_page_size: body.length,
    dictionary_page_header: { num_values: numValues, encoding: Encoding.PLAIN },
  }
  return finish(header, body, options)
}
