/**
 * Definition levels of a data page (format README "Data Pages"): the count
 * of present values comes from the levels equal to the column's maximum, and
 * a level above the maximum is LEVELS_INVALID. Pages are built by hand
 * (v1: RLE levels with a 4-byte length; v2: levels stored before the values).
 */
import { describe, expect, it } from 'vitest'
import { isParquetError } from '../../src/errors.js'
import { Encoding, PageType } from '../../src/format/parquet.gen.js'
import type { PageHeader } from '../../src/format/parquet.gen.js'
import { decodeDataPage, type LeafColumn, makeChunkOutput } from '../../src/page/page-decode.js'

const column: LeafColumn = { physicalType: 'INT32', typeLength: 0, strings: false, maxDefinitionLevel: 2, maxRepetitionLevel: 0, codec: 0 }
const options = { maxPageValues: 1000 }
const int32s = (...v: number[]) => new Uint8Array(Int32Array.from(v).buffer)

function v1Page(levels: number[], values: Uint8Array, numValues: number) {
  const body = new Uint8Array([levels.length, 0, 0, 0, ...levels, ...values])
  const header = {
    type: PageType.DATA_PAGE, uncompressed_page_size: body.length, compressed_page_size: body.length,
    data_page_header: { num_values: numValues, encoding: Encoding.PLAIN, definition_level_encoding: Encoding.RLE, repetition_level_encoding: Encoding.RLE },
  } as unknown as PageHeader
  return { header, body, offset: 0, index: 0 }
}

function v2Page(levels: number[], values: Uint8Array, numValues: number) {
  const body = new Uint8Array([...levels, ...values])
  const header = {
    type: PageType.DATA_PAGE_V2, uncompressed_page_size: body.length, compressed_page_size: body.length,
    data_page_header_v2: { num_values: numValues, num_nulls: 0, num_rows: numValues, encoding: Encoding.PLAIN, definition_levels_byte_length: levels.length, repetition_levels_byte_length: 0, is_compressed: false },
  } as unknown as PageHeader
  return { header, body, offset: 0, index: 0 }
}

describe('definition levels count the page values', () => {
  // Width 2 levels: RLE 3 x 2 (header 6), then a bit-packed group [2, 1, 2, 0, 0, 0, 0, 0] (header 3, bits LSB first: 0b00_01_10 -> 0x06, 0x00).
  const levels = [6, 2, 3, 0b00100110, 0x00]
  for (const [name, page] of [['v1', v1Page], ['v2', v2Page]] as const) {
    it(`${name}: five of eight levels are the maximum, so five values are read`, async () => {
      const output = makeChunkOutput(column, 8)
      await decodeDataPage(page(levels, int32s(10, 11, 12, 13, 14), 8), column, undefined, { column: 'a', rowGroup: 0 }, options, output, 8)
      expect(output.numValues).toBe(5)
      expect([...output.definitionLevels!]).toEqual([2, 2, 2, 2, 1, 2, 0, 0])
      expect([...(output.target!.values as Int32Array)].slice(0, 5)).toEqual([10, 11, 12, 13, 14])
    })

    it(`${name}: a level above the maximum is LEVELS_INVALID, naming it`, async () => {
      const output = makeChunkOutput(column, 8)
      // The group holds [2, 3, 2, 0, ...]: 3 is above 2.
      const bad = [6, 2, 3, 0b00101110, 0x00]
      const e = await decodeDataPage(page(bad, int32s(1, 2, 3, 4, 5), 8), column, undefined, { column: 'a', rowGroup: 0 }, options, output, 8).catch((x) => x)
      expect(isParquetError(e) && e.code).toBe('LEVELS_INVALID')
      expect(String(e.message)).toMatch(/definition level 3 at position 4 of the page is above the column's maximum 2/)
    })
  }
})

describe('deprecated BIT_PACKED levels (v1), decoded by the lazily loaded decoder', () => {
  // Encodings.md "Bit-packed (Deprecated)": 0 through 7 at bit width 3 are 00000101 00111001 01110111.
  const deep: LeafColumn = { ...column, maxDefinitionLevel: 7 }
  function bitPackedPage(levels: number[], values: Uint8Array, numValues: number) {
    const body = new Uint8Array([...levels, ...values])
    const header = {
      type: PageType.DATA_PAGE, uncompressed_page_size: body.length, compressed_page_size: body.length,
      data_page_header: { num_values: numValues, encoding: Encoding.PLAIN, definition_level_encoding: Encoding.BIT_PACKED, repetition_level_encoding: Encoding.RLE },
    } as unknown as PageHeader
    return { header, body, offset: 0, index: 0 }
  }

  it('reads levels 0..7 of the spec example: one level is the maximum, so one value is read', async () => {
    const output = makeChunkOutput(deep, 8)
    await decodeDataPage(bitPackedPage([0b00000101, 0b00111001, 0b01110111], int32s(42), 8), deep, undefined, { column: 'a', rowGroup: 0 }, options, output, 8)
    expect([...output.definitionLevels!]).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(output.numValues).toBe(1)
    expect((output.target!.values as Int32Array)[0]).toBe(42)
  })

  it('a truncated BIT_PACKED run is ENCODING_INVALID', async () => {
    const output = makeChunkOutput(deep, 8)
    const e = await decodeDataPage(bitPackedPage([0b00000101], new Uint8Array(0), 8), deep, undefined, { column: 'a', rowGroup: 0 }, options, output, 8).catch((x) => x)
    expect(isParquetError(e) && e.code).toBe('ENCODING_INVALID')
  })
})
