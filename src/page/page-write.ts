/**
 * Writing pages (format README "Data Pages", parquet.thrift PageHeader,
 * DataPageHeader, DataPageHeaderV2, DictionaryPageHeader): the mirror of
 * page-read.ts and page-decode.ts. Takes a page's levels and encoded values,
 * returns the encoded Thrift PageHeader and the stored page bytes as two
 * parts (never copied together). Levels and values are written into a
 * caller-owned scratch sink (one per column chunk, grown geometrically and
 * reused page after page), so a page allocates only its stored body.
 *  - v1 data page: repetition then definition levels, each RLE with a 4-byte
 *    length prefix, then the values; the whole body is compressed.
 *  - v2 data page: the levels RLE without length prefixes, stored
 *    uncompressed; only the values are compressed (`is_compressed`).
 *  - dictionary page: the PLAIN-encoded dictionary, compressed.
 * `crc` is the CRC-32 of the page bytes as stored (after compression).
 */
import { type CodecOverrides, type CompressWork, compressPage } from '../compression/index.js'
import { bitWidthOf, encodeRleConstant, encodeRleHybrid, encodeRleHybridWithLength } from '../encoding/rle-hybrid.js'
import { type ByteSink, makeSink, sinkBytes, writeBytes, writeUint32LE } from '../encoding/sink.js'
import * as Encodings from '../format/enum/encoding.gen.js'
import * as PageTypes from '../format/enum/page-type.gen.js'
import type { PageHeader, Statistics } from '../format/parquet.gen.js'
import { writePageHeader } from '../format/parquet-write.gen.js'
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
  /** Levels without a value (definition level below the maximum): 0 means every definition level is the maximum. */
  numNulls: number
  /** The page's levels; absent when the column's max level is 0. */
  definitionLevels?: ArrayLike<number>
  repetitionLevels?: ArrayLike<number>
  maxDefinitionLevel: number
  maxRepetitionLevel: number
  /** The Encoding of `values`. */
  encoding: number
  /** The encoded non-null values, or a function appending them to the sink it is given. */
  values: Uint8Array | ValueWriter
  statistics?: Statistics
}

/** Appends a page's encoded values to `sink`. */
export type ValueWriter = (sink: ByteSink) => void

/** A page as stored: the encoded header, then the body. */
export interface WrittenPage {
  header: PageHeader
  /** The encoded PageHeader. */
  head: Uint8Array
  /** The page bytes as stored (after compression); owned by the page. */
  body: Uint8Array
}

/** Reusable buffers of one column chunk's pages: levels and values, the compressor's. */
export interface PageScratch {
  sink: ByteSink
  work: CompressWork
}

export function makePageScratch(): PageScratch {
  return { sink: makeSink(1 << 16), work: {} }
}

/** Stored bytes of a page: header plus body. */
export function storedLength(page: WrittenPage): number {
  return page.head.length + page.body.length
}

/**
 * `raw` (a view into the scratch sink) as stored: compressed (the codec may
 * write into the scratch's reused output buffer), or copied when
 * uncompressed. A result in a reused buffer, or a view over a much larger
 * one, is copied out to an exact-size array the page owns.
 */
async function store(raw: Uint8Array, options: PageWriteOptions, work: CompressWork): Promise<Uint8Array> {
  if (options.codec === 0) return raw.slice()
  const out = await compressPage(options.codec, raw, options.codecs, work)
  const borrowed = out.buffer === work.out?.buffer || out.buffer === raw.buffer
  return borrowed || out.buffer.byteLength > out.length + (out.length >>> 3) + 64 ? out.slice() : out
}

function finish(header: PageHeader, body: Uint8Array, options: PageWriteOptions): WrittenPage {
  if (options.crc !== false) header.crc = crc32(body) | 0
  const w = makeWriter(64)
  writePageHeader(w, header)
  return { header, head: writerBytes(w), body }
}

function appendValues(page: DataPageInput, sink: ByteSink): void {
  if (typeof page.values === 'function') page.values(sink)
  else writeBytes(sink, page.values)
}

/** The definition levels, RLE hybrid; without nulls they all equal the maximum: one run, not a scan. */
function definitionLevels(page: DataPageInput, sink: ByteSink): void {
  const bitWidth = bitWidthOf(page.maxDefinitionLevel)
  if (page.numNulls === 0) encodeRleConstant(page.maxDefinitionLevel, page.numLevels, bitWidth, sink)
  else encodeRleHybrid(page.definitionLevels!, bitWidth, sink)
}

/** Writes a v1 or v2 data page; `scratch` is reused across a chunk's pages. */
export async function writeDataPage(page: DataPageInput, options: PageWriteOptions, scratch: PageScratch = makePageScratch()): Promise<WrittenPage> {
  scratch.sink.length = 0
  return page.version === 2 ? writeV2(page, options, scratch) : writeV1(page, options, scratch)
}

async function writeV1(page: DataPageInput, options: PageWriteOptions, scratch: PageScratch): Promise<WrittenPage> {
  const sink = scratch.sink
  if (page.maxRepetitionLevel > 0) encodeRleHybridWithLength(page.repetitionLevels!, bitWidthOf(page.maxRepetitionLevel), sink)
  if (page.maxDefinitionLevel > 0) {
    const at = sink.length
    writeUint32LE(sink, 0)
    definitionLevels(page, sink)
    new DataView(sink.bytes.buffer, sink.bytes.byteOffset).setUint32(at, sink.length - at - 4, true)
  }
  appendValues(page, sink)
  const raw = sinkBytes(sink)
  const body = await store(raw, options, scratch.work)
  const header: PageHeader = {
    type: PageTypes.DATA_PAGE,
    uncompressed_page_size: raw.length,
    compressed_page_size: body.length,
    data_page_header: {
      num_values: page.numLevels,
      encoding: page.encoding,
      definition_level_encoding: Encodings.RLE,
      repetition_level_encoding: Encodings.RLE,
      statistics: page.statistics,
    },
  }
  return finish(header, body, options)
}

async function writeV2(page: DataPageInput, options: PageWriteOptions, scratch: PageScratch): Promise<WrittenPage> {
  const sink = scratch.sink
  if (page.maxRepetitionLevel > 0) encodeRleHybrid(page.repetitionLevels!, bitWidthOf(page.maxRepetitionLevel), sink)
  const repLength = sink.length
  if (page.maxDefinitionLevel > 0) definitionLevels(page, sink)
  const levelsLength = sink.length
  appendValues(page, sink)
  const raw = sinkBytes(sink)
  let body: Uint8Array
  if (options.codec === 0) body = raw.slice()
  else {
    const values = await compressPage(options.codec, raw.subarray(levelsLength), options.codecs, scratch.work)
    body = new Uint8Array(levelsLength + values.length)
    body.set(raw.subarray(0, levelsLength))
    body.set(values, levelsLength)
  }
  const header: PageHeader = {
    type: PageTypes.DATA_PAGE_V2,
    uncompressed_page_size: raw.length,
    compressed_page_size: body.length,
    data_page_header_v2: {
      num_values: page.numLevels,
      num_nulls: page.numNulls,
      num_rows: page.numRows,
      encoding: page.encoding,
      definition_levels_byte_length: levelsLength - repLength,
      repetition_levels_byte_length: repLength,
      is_compressed: options.codec !== 0,
      statistics: page.statistics,
    },
  }
  return finish(header, body, options)
}

/** Writes a dictionary page holding `numValues` PLAIN-encoded values. */
export async function writeDictionaryPage(
  values: Uint8Array, numValues: number, options: PageWriteOptions, scratch: PageScratch = makePageScratch(),
): Promise<WrittenPage> {
  const body = options.codec === 0 ? values : await store(values, options, scratch.work)
  const header: PageHeader = {
    type: PageTypes.DICTIONARY_PAGE,
    uncompressed_page_size: values.length,
    compressed_page_size: body.length,
    dictionary_page_header: { num_values: numValues, encoding: Encodings.PLAIN },
  }
  return finish(header, body, options)
}
