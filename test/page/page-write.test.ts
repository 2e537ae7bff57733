/**
 * Page writing (format README "Data Pages", parquet.thrift PageHeader):
 * header fields, the CRC-32 against Node's zlib.crc32, the v1 and v2 body
 * layouts byte for byte from the Encodings.md RLE rules, gunzip for the
 * compressed parts. (Read back through the reader: test/write/round-trip.)
 */
import { crc32 as zlibCrc32, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { Encoding, PageType } from '../../src/format/parquet.gen.js'
import { splitPages } from '../../src/page/page-read.js'
import { writeBytes } from '../../src/encoding/sink.js'
import { type DataPageInput, makePageScratch, writeDataPage, writeDictionaryPage } from '../../src/page/page-write.js'

// Definition levels 1,0,1,1 (bit width 1): one bit-packed group of 8 = header (1 << 1) | 1 = 0x03, bits 0b00001101.
const LEVELS_RLE = [0x03, 0x0d]
const VALUES = new Uint8Array([7, 0, 0, 0, 8, 0, 0, 0, 9, 0, 0, 0]) // PLAIN INT32 7, 8, 9

function input(version: 1 | 2): DataPageInput {
  return {
    version, numLevels: 4, numRows: 4, numNulls: 1, definitionLevels: [1, 0, 1, 1], maxDefinitionLevel: 1, maxRepetitionLevel: 0,
    encoding: Encoding.PLAIN, values: VALUES, statistics: { null_count: 1 },
  }
}


describe('writeDataPage', () => {
  it('v1 uncompressed: 4-byte length + RLE levels, then values; CRC-32 of the body', async () => {
    const page = await writeDataPage(input(1), { codec: 0 })
    const body = page.body
    expect(Array.from(body)).toEqual([2, 0, 0, 0, ...LEVELS_RLE, ...VALUES])
    expect(page.header.type).toBe(PageType.DATA_PAGE)
    expect(page.header.uncompressed_page_size).toBe(body.length)
    expect(page.header.data_page_header).toMatchObject({ num_values: 4, encoding: Encoding.PLAIN, definition_level_encoding: Encoding.RLE })
    expect(page.header.crc! >>> 0).toBe(zlibCrc32(body))
  })

  it('v2 with GZIP: levels stay uncompressed before the compressed values', async () => {
    const page = await writeDataPage(input(2), { codec: 2 })
    const body = page.body
    const h = page.header.data_page_header_v2!
    expect(h).toMatchObject({ num_values: 4, num_nulls: 1, num_rows: 4, definition_levels_byte_length: 2, repetition_levels_byte_length: 0, is_compressed: true })
    expect(Array.from(body.subarray(0, 2))).toEqual(LEVELS_RLE)
    expect(gunzipSync(body.subarray(2))).toEqual(Buffer.from(VALUES))
    expect(page.header.uncompressed_page_size).toBe(2 + VALUES.length)
    expect(page.header.crc! >>> 0).toBe(zlibCrc32(body))
  })

  it('a scratch sink reused across pages: each page keeps its own body, the function form appends values', async () => {
    const scratch = makePageScratch()
    const a = await writeDataPage(input(1), { codec: 0 }, scratch)
    const b = await writeDataPage({ ...input(1), values: (sink) => writeBytes(sink, new Uint8Array([1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0])) }, { codec: 0 }, scratch)
    expect(Array.from(a.body)).toEqual([2, 0, 0, 0, ...LEVELS_RLE, ...VALUES])
    expect(Array.from(b.body)).toEqual([2, 0, 0, 0, ...LEVELS_RLE, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0])
    const v2 = await writeDataPage(input(2), { codec: 2 }, scratch)
    expect(gunzipSync(v2.body.subarray(2))).toEqual(Buffer.from(VALUES))
  })

  it('no crc when turned off', async () => {
    const page = await writeDataPage(input(1), { codec: 0, crc: false })
    expect(page.header.crc).toBeUndefined()
  })
})

describe('writeDictionaryPage', () => {
  it('PLAIN dictionary with its count, compressed; the header splits off', async () => {
    const page = await writeDictionaryPage(VALUES, 3, { codec: 2 })
    expect(page.header.type).toBe(PageType.DICTIONARY_PAGE)
    expect(page.header.dictionary_page_header).toEqual({ num_values: 3, encoding: Encoding.PLAIN })
    expect(page.header.uncompressed_page_size).toBe(VALUES.length)
    const [split] = splitPages(Buffer.concat([page.head, page.body]), 0, { column: 'c', rowGroup: 0 })
    expect(gunzipSync(split!.body)).toEqual(Buffer.from(VALUES))
    expect(page.header.crc! >>> 0).toBe(zlibCrc32(split!.body))
  })
})
