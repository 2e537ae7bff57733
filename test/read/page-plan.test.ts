import { describe, expect, it } from 'vitest'
import { decodeChunk } from '../../src/column/column-read.js'
import { makeCursor } from '../../src/cursor.js'
import { PageType } from '../../src/format/parquet.gen.js'
import { readPageHeader } from '../../src/format/parquet-page-header.gen.js'
import { readRanges } from '../../src/io/coalesce.js'
import { bufferSource } from '../../src/io/source.js'
import type { RowGroupInfo } from '../../src/metadata/file-metadata.js'
import { type ColumnPageIndex, readPageIndexes } from '../../src/metadata/page-index.js'
import type { LeafColumn } from '../../src/page/page-decode.js'
import { splitPages, dataPageValues } from '../../src/page/page-read.js'
import type { PageValues } from '../../src/page/values-decode.js'
import { planPages } from '../../src/read/page-plan.js'
import { duckValues, type LoadedFile, loadCorpus } from '../metadata/page-index-helpers.js'

// Chunk at byte 100 with a dictionary page [100, 150), then four data pages; the last one after a gap.
const HAND: ColumnPageIndex = {
  chunkStart: 100,
  pages: [
    { offset: 150, compressedPageSize: 50, firstRowIndex: 0, rowCount: 10 },
    { offset: 200, compressedPageSize: 60, firstRowIndex: 10, rowCount: 15 },
    { offset: 260, compressedPageSize: 40, firstRowIndex: 25, rowCount: 5 },
    { offset: 400, compressedPageSize: 10, firstRowIndex: 30, rowCount: 1 },
  ],
}
const NO_DICT: ColumnPageIndex = { ...HAND, chunkStart: 150 }

describe('planPages on a hand-made index (row group starting at file row 1000, 31 rows)', () => {
  it('the whole row group: every page, the dictionary merged with the adjacent pages', () => {
    expect(planPages(HAND, 1000, 1000, 1031)).toEqual({
      pages: [0, 1, 2, 3],
      ranges: [{ start: 100, end: 300 }, { start: 400, end: 410 }],
      firstRow: 1000,
      endRow: 1031,
    })
  })

  it('one row inside page 1: the dictionary range and page 1', () => {
    expect(planPages(HAND, 1000, 1012, 1013)).toEqual({
      pages: [1],
      ranges: [{ start: 100, end: 150 }, { start: 200, end: 260 }],
      firstRow: 1010,
      endRow: 1025,
    })
  })

  it('page boundaries: rowStart at a page start selects it, rowEnd at a page start does not', () => {
    expect(planPages(HAND, 1000, 1025, 1030).pages).toEqual([2])
    expect(planPages(HAND, 1000, 1009, 1025).pages).toEqual([0, 1])
    expect(planPages(HAND, 1000, 1010, 1011).pages).toEqual([1])
    expect(planPages(HAND, 1000, 1030, 1031)).toEqual({
      pages: [3], ranges: [{ start: 100, end: 150 }, { start: 400, end: 410 }], firstRow: 1030, endRow: 1031,
    })
  })

  it('ranges reaching beyond the row group are clipped to it', () => {
    expect(planPages(HAND, 1000, 0, 1005)).toMatchObject({ pages: [0], firstRow: 1000, endRow: 1010 })
    expect(planPages(HAND, 1000, 1026, 5000)).toMatchObject({ pages: [2, 3], firstRow: 1025, endRow: 1031 })
  })

  it('no dictionary page: no extra range', () => {
    expect(planPages(NO_DICT, 1000, 1012, 1027).ranges).toEqual([{ start: 200, end: 300 }])
    expect(planPages(NO_DICT, 0, 0, 10).ranges).toEqual([{ start: 150, end: 200 }])
  })

  it('an empty intersection: no pages, no ranges, firstRow = endRow', () => {
    expect(planPages(HAND, 1000, 0, 1000)).toEqual({ pages: [], ranges: [], firstRow: 1000, endRow: 1000 })
    expect(planPages(HAND, 1000, 2000, 3000)).toEqual({ pages: [], ranges: [], firstRow: 1031, endRow: 1031 })
    expect(planPages(HAND, 1000, 1015, 1015)).toEqual({ pages: [], ranges: [], firstRow: 1015, endRow: 1015 })
    expect(planPages({ chunkStart: 4, pages: [] }, 0, 0, 10)).toEqual({ pages: [], ranges: [], firstRow: 0, endRow: 0 })
  })

  it('bad arguments are ARGUMENT_INVALID', () => {
    for (const [first, start, end] of [[0, 5, 4], [0, -1, 3], [-1, 0, 3], [0, 0.5, 3], [0, 0, Number.NaN], [0, 0, 2 ** 60]]) {
      expect(() => planPages(HAND, first!, start!, end!)).toThrow(expect.objectContaining({ name: 'ParquetError', code: 'ARGUMENT_INVALID' }))
    }
  })
})

// ---------------------------------------------------------------- corpus: fetch, decode, compare with DuckDB

async function indexOf(file: LoadedFile, rg: RowGroupInfo, column: string) {
  const chunk = rg.columns.find((c) => c.path === column)!
  const [index] = await readPageIndexes(bufferSource(file.bytes), rg, [chunk], { columnOrders: file.meta.fileMetaData.column_orders })
  return { chunk, index: index! }
}

function plainValues(values: PageValues): unknown[] {
  if (Array.isArray(values) || ArrayBuffer.isView(values)) return Array.from(values as ArrayLike<unknown>)
  throw new Error('byte-array values are not used in these tests')
}

/** Fetches the planned ranges and decodes their pages with the page reader: levels and dense values. */
async function decodePlanned(file: LoadedFile, rg: RowGroupInfo, column: string, rowStart: number, rowEnd: number) {
  const { chunk, index } = await indexOf(file, rg, column)
  const firstRow = file.meta.rowGroups.slice(0, rg.index).reduce((n, g) => n + g.numRows, 0)
  const plan = planPages(index, firstRow, rowStart, rowEnd)
  const leaf: LeafColumn = {
    physicalType: chunk.column.physicalType!, typeLength: chunk.column.typeLength ?? 0, strings: true,
    maxDefinitionLevel: chunk.column.maxDefinitionLevel, maxRepetitionLevel: chunk.column.maxRepetitionLevel, codec: chunk.metaData!.codec,
  }
  const ctx = { column, rowGroup: rg.index }
  const options = { maxPageValues: 1 << 24 }
  const buffers = await readRanges(bufferSource(file.bytes), plan.ranges)
  const pages = plan.ranges.flatMap((r, i) => splitPages(buffers[i]!, r.start, ctx))
  const hasDictionary = pages.some((p) => p.header.type === PageType.DICTIONARY_PAGE)
  const capacity = pages.reduce((n, p) => n + dataPageValues(p.header), 0)
  const data = await decodeChunk(pages, leaf, chunk.column, ctx, options, capacity)
  const dataOffsets = pages.filter((p) => p.header.type !== PageType.DICTIONARY_PAGE).map((p) => p.offset)
  return { plan, index, dataOffsets, dictionary: hasDictionary, data }
}

describe('planPages on corpus indexes: the planned bytes decode to exactly the rows DuckDB reads there', () => {
  const cases: [string, string, number, number][] = [
    ['alltypes_tiny_pages.parquet', 'tinyint_col', 3000, 3050], // dictionary page before the data pages
    ['alltypes_tiny_pages.parquet', 'id', 7290, 7300],
    ['alltypes_tiny_pages.parquet', 'bigint_col', 0, 1],
    ['alltypes_tiny_pages_plain.parquet', 'double_col', 1234, 2345],
    ['int32_with_null_pages.parquet', 'int32_field', 250, 420], // page 2 is all null
    ['fixed_length_byte_array.parquet', 'flba_field', 999, 1000],
  ]
  it.each(cases)('%s %s rows [%i, %i)', async (name, column, rowStart, rowEnd) => {
    const file = await loadCorpus(`data/${name}`)
    const rg = file.meta.rowGroups[0]!
    const { plan, index, dataOffsets, dictionary, data } = await decodePlanned(file, rg, column, rowStart, rowEnd)
    expect(plan.firstRow).toBeLessThanOrEqual(rowStart)
    expect(plan.endRow).toBeGreaterThanOrEqual(rowEnd)
    expect(plan.pages.length).toBeLessThan(index.pages.length) // something was skipped
    expect(dataOffsets).toEqual(plan.pages.map((p) => index.pages[p]!.offset))
    // The chunk's first page header, read directly, says whether a dictionary page must come along.
    const chunk = rg.columns.find((c) => c.path === column)!
    expect(dictionary).toBe(readPageHeader(makeCursor(file.bytes, chunk.start)).type === PageType.DICTIONARY_PAGE)
    expect(data.numLevels).toBe(plan.endRow - plan.firstRow)
    if (name.startsWith('fixed_length')) return // FLBA values are not compared here
    const expected = await duckValues(file.path, column, plan.firstRow, plan.endRow)
    expect(plainValues(data.values).slice(0, data.numValues)).toEqual(expected)
  })

  it('int32_with_null_pages.parquet rows [200, 300) hit the all-null page 2 alone', async () => {
    const file = await loadCorpus('data/int32_with_null_pages.parquet')
    const { plan, data } = await decodePlanned(file, file.meta.rowGroups[0]!, 'int32_field', 200, 300)
    expect(plan.pages).toEqual([2])
    expect([data.numLevels, data.numValues]).toEqual([100, 0])
  })

  it('floating_orders_nan_count.parquet: the row group offset is applied (5 row groups)', async () => {
    const file = await loadCorpus('data/floating_orders_nan_count.parquet')
    const rows = file.meta.rowGroups.map((g) => g.numRows)
    const rg = file.meta.rowGroups[2]!
    const before = rows[0]! + rows[1]!
    const { index } = await indexOf(file, rg, 'float_ieee754')
    expect(planPages(index, before, before - 5, before + 1)).toMatchObject({ pages: [0], firstRow: before, endRow: before + rows[2]! })
    expect(planPages(index, before, 0, before).pages).toEqual([])
  })
})
