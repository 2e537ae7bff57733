import { describe, expect, it } from 'vitest'
import { isParquetError } from '../../src/errors.js'
import type { ColumnIndex, OffsetIndex } from '../../src/format/parquet.gen.js'
import { writeColumnIndex, writeOffsetIndex } from '../../src/format/parquet-write.gen.js'
import { bufferSource } from '../../src/io/source.js'
import type { ColumnChunkInfo } from '../../src/metadata/file-metadata.js'
import { type ColumnPageIndex, decodePageIndex, readPageIndexes } from '../../src/metadata/page-index.js'
import { makeWriter, writerBytes } from '../../src/thrift/compact-write.js'
import { corpusDataFiles } from '../corpus.js'
import { duckPageStats, type LoadedFile, loadCorpus, toHex, walkDataPages } from './page-index-helpers.js'

async function indexesOf(file: LoadedFile, rowGroup = 0) {
  const rg = file.meta.rowGroups[rowGroup]!
  return readPageIndexes(bufferSource(file.bytes), rg, rg.columns, {
    columnOrders: file.meta.fileMetaData.column_orders,
    footerOffset: file.meta.footerOffset,
  })
}

/** Files of the corpus whose footers point at page indexes (found by scanning the footers, not the indexes). */
const WITH_INDEX = [
  'alltypes_tiny_pages.parquet', 'alltypes_tiny_pages_plain.parquet', 'binary_truncated_min_max.parquet',
  'data_index_bloom_encoding_stats.parquet', 'data_index_bloom_encoding_with_length.parquet',
  'datapage_v1-corrupt-checksum.parquet', 'datapage_v1-snappy-compressed-checksum.parquet',
  'datapage_v1-uncompressed-checksum.parquet', 'datapage_v2_empty_datapage.snappy.parquet',
  'delta_encoding_required_column.parquet', 'dict-page-offset-zero.parquet', 'fixed_length_byte_array.parquet',
  'floating_orders_nan_count.parquet', 'hadoop_lz4_compressed_larger.parquet', 'incorrect_map_schema.parquet',
  'int32_with_null_pages.parquet', 'int96_from_spark.parquet', 'map_no_value.parquet', 'old_list_structure.parquet',
  'plain-dict-uncompressed-checksum.parquet', 'repeated_primitive_no_list.parquet', 'rle-dict-snappy-checksum.parquet',
  'rle-dict-uncompressed-corrupt-checksum.parquet',
]

describe('readPageIndexes: page locations against the page headers', () => {
  it.each(WITH_INDEX)('%s: offsets, sizes and first rows match a walk of the page headers', async (name) => {
    const file = await loadCorpus(`data/${name}`)
    let seen = 0
    for (const rg of file.meta.rowGroups) {
      const indexes = await indexesOf(file, rg.index)
      rg.columns.forEach((chunk, c) => {
        const index = indexes[c]
        expect(index === undefined).toBe(chunk.chunk.offset_index_offset === undefined)
        if (!index) return
        seen++
        const walked = walkDataPages(file.bytes, chunk)
        expect(index.pages.map((p) => [p.offset, p.compressedPageSize])).toEqual(walked.map((w) => [w.offset, w.size]))
        expect(index.pages.reduce((n, p) => n + p.rowCount, 0)).toBe(rg.numRows)
        // Rows per page: num_rows of v2 headers, num_values of v1 headers when the column is not repeated.
        walked.forEach((w, i) => {
          const rows = w.numRows ?? (chunk.column.maxRepetitionLevel === 0 ? w.numValues : undefined)
          if (rows !== undefined) expect(index.pages[i]!.rowCount).toBe(rows)
        })
      })
    }
    expect(seen).toBeGreaterThan(0)
  })

  it('fixed_length_byte_array.parquet: 10 pages of 100 rows, DESCENDING, overall min 0x00000001 and max 0x000003E8 (FACTS.md)', async () => {
    const [index] = await indexesOf(await loadCorpus('data/fixed_length_byte_array.parquet'))
    expect(index!.pages.map((p) => [p.firstRowIndex, p.rowCount])).toEqual(Array.from({ length: 10 }, (_, i) => [i * 100, 100]))
    expect(index!.boundaryOrder).toBe('DESCENDING')
    const mins = index!.min!.map((v) => toHex(v as Uint8Array)).sort()
    const maxs = index!.max!.map((v) => toHex(v as Uint8Array)).sort()
    expect(mins[0]).toBe('00000001')
    expect(maxs[maxs.length - 1]).toBe('000003E8')
    expect(index!.nullCounts!.reduce((a, b) => a + b, 0)).toBe(105)
  })

  it('int32_with_null_pages.parquet: 10 pages of 100 rows, page 2 all null and without bounds, 275 nulls (FACTS.md)', async () => {
    const [index] = await indexesOf(await loadCorpus('data/int32_with_null_pages.parquet'))
    expect(index!.pages.map((p) => p.rowCount)).toEqual(Array(10).fill(100))
    expect(index!.nullPages).toEqual([false, false, true, false, false, false, false, false, false, false])
    expect(index!.min![2]).toBeUndefined()
    expect(index!.max![2]).toBeUndefined()
    expect(index!.nullCounts![2]).toBe(100)
    expect(index!.nullCounts!.reduce((a, b) => a + b, 0)).toBe(275)
    expect(index!.boundaryOrder).toBe('UNORDERED')
  })

  it('datapage_v1-*-checksum.parquet: a ColumnIndex with null counts -1 and all-null pages in a required column is not trusted', async () => {
    const file = await loadCorpus('data/datapage_v1-snappy-compressed-checksum.parquet')
    const indexes = await indexesOf(file)
    for (const index of indexes) {
      expect(index!.pages.map((p) => p.rowCount)).toEqual([2560, 2560])
      expect([index!.nullPages, index!.nullCounts, index!.min, index!.max]).toEqual([undefined, undefined, undefined, undefined])
    }
  })

  it('overflow_i16_page_cnt.parquet (over 32767 pages) has no page index: undefined', async () => {
    const file = await loadCorpus('data/overflow_i16_page_cnt.parquet')
    expect(await indexesOf(file)).toEqual([undefined])
    expect(walkDataPages(file.bytes, file.meta.rowGroups[0]!.columns[0]!).length).toBeGreaterThan(32767)
  })

  it('old_list_structure.parquet [[1, 2], [3, 4]]: level histograms per page', async () => {
    const [index] = await indexesOf(await loadCorpus('data/old_list_structure.parquet'))
    // Repetition levels 0, 2, 1, 2 (max 2); all four values defined at the max definition level 2.
    expect(index!.repetitionLevelHistograms).toEqual([[1, 1, 2]])
    expect(index!.definitionLevelHistograms).toEqual([[0, 0, 4]])
    expect(index!.min).toEqual([1])
    expect(index!.max).toEqual([4])
  })
})

/** Numbers compared without telling -0 from +0 (the zero rules are tested on their own). */
const plain = (v: unknown) => (v === 0 ? 0 : v instanceof Uint8Array ? toHex(v) : v)

describe('readPageIndexes: page statistics against DuckDB', () => {
  const cases: [string, string[]][] = [
    ['alltypes_tiny_pages.parquet', ['id', 'bool_col', 'tinyint_col', 'smallint_col', 'int_col', 'bigint_col', 'float_col', 'double_col', 'date_string_col', 'string_col', 'year', 'month']],
    ['alltypes_tiny_pages_plain.parquet', ['id', 'bool_col', 'bigint_col', 'float_col', 'double_col', 'string_col']],
    ['fixed_length_byte_array.parquet', ['flba_field']],
    ['int32_with_null_pages.parquet', ['int32_field']],
    ['floating_orders_nan_count.parquet', ['float_ieee754', 'float_typedef', 'double_ieee754', 'double_typedef']],
  ]
  it.each(cases)('%s: min, max and null counts of every page', async (name, columns) => {
    const file = await loadCorpus(`data/${name}`)
    for (const rg of file.meta.rowGroups) {
      const indexes = await indexesOf(file, rg.index)
      const firstRow = file.meta.rowGroups.slice(0, rg.index).reduce((n, g) => n + g.numRows, 0)
      for (const column of columns) {
        const c = rg.columns.findIndex((x) => x.path === column)
        const index = indexes[c]!
        if (!index.min) continue // no ColumnIndex (e.g. all-NaN pages under TYPE_ORDER)
        const stats = await duckPageStats(file.path, column, index.pages.map((p) => firstRow + p.firstRowIndex), firstRow + rg.numRows)
        expect(index.min.map(plain), column).toEqual(stats.map((s) => plain(s.min)))
        expect(index.max!.map(plain), column).toEqual(stats.map((s) => plain(s.max)))
        expect(index.nullCounts, column).toEqual(stats.map((s) => s.nulls))
      }
    }
  })
})

describe('readPageIndexes: NaN, zeros, FLOAT16 and column orders', () => {
  it('floating_orders_nan_count.parquet: IEEE 754 total order bounds; NaN-only pages have none; nan_counts kept', async () => {
    const file = await loadCorpus('data/floating_orders_nan_count.parquet')
    expect(file.meta.fileMetaData.column_orders![0]!.IEEE_754_TOTAL_ORDER).toBeDefined()
    const [rg0, , rg2] = await Promise.all([0, 1, 2].map((i) => indexesOf(file, i)))
    // float16_ieee754 (column 4): min bits 0xC000 = -2, max bits 0x4500 = 5 (IEEE 754 binary16).
    expect(rg0![4]!.min).toEqual([-2])
    expect(rg0![4]!.max).toEqual([5])
    // Row group 2 holds only NaNs: the total-order bounds are NaNs, which are dropped; the count says so.
    expect(rg2![0]!.nanCounts).toEqual([10])
    expect(rg2![0]!.min).toEqual([undefined])
    expect(rg2![0]!.max).toEqual([undefined])
    // Under TYPE_ORDER an all-NaN page means no ColumnIndex at all: pages only.
    expect(rg2![1]!.pages).toHaveLength(1)
    expect(rg2![1]!.min).toBeUndefined()
    expect(rg2![1]!.nullPages).toBeUndefined()
  })

  it('a zero min reads as -0 and a zero max as +0', async () => {
    const file = await loadCorpus('data/floating_orders_nan_count.parquet')
    const [rg3, rg4] = await Promise.all([indexesOf(file, 3), indexesOf(file, 4)])
    // Row group 3: float_ieee754 stores +0 as its min (bytes 00000000), float_typedef -0 (00000080).
    expect(Object.is(rg3[0]!.min![0], -0)).toBe(true)
    expect(Object.is(rg3[1]!.min![0], -0)).toBe(true)
    // Row group 4: float_ieee754 stores -0 as its max (00000080), float_typedef +0 (00000000).
    expect(Object.is(rg4[0]!.max![0], 0)).toBe(true)
    expect(Object.is(rg4[1]!.max![0], 0)).toBe(true)
    // Other values pass unchanged: min -5 (0000a0c0).
    expect(rg4[0]!.min).toEqual([-5])
  })

  it('a file without column_orders still gets bounds for known sort orders', async () => {
    const file = await loadCorpus('data/data_index_bloom_encoding_with_length.parquet')
    expect(file.meta.fileMetaData.column_orders).toBeUndefined()
    const [index] = await indexesOf(file)
    expect(index!.min).toHaveLength(1)
    expect(typeof index!.min![0]).toBe('string')
  })

  it('an unknown column order drops the bounds but keeps the rest', async () => {
    const file = await loadCorpus('data/int32_with_null_pages.parquet')
    const rg = file.meta.rowGroups[0]!
    const [index] = await readPageIndexes(bufferSource(file.bytes), rg, rg.columns, { columnOrders: [{ unknown: 9 }] })
    expect(index!.min).toBeUndefined()
    expect(index!.nullPages![2]).toBe(true)
  })
})

describe('readPageIndexes: IO', () => {
  it('coalesces the index reads of a row group, and reads only the columns asked for', async () => {
    const file = await loadCorpus('data/alltypes_tiny_pages.parquet')
    const reads: [number, number][] = []
    const inner = bufferSource(file.bytes)
    const read = (s: number, e: number, o?: { signal?: AbortSignal }) => {
      reads.push([s, e])
      return inner.read(s, e, o)
    }
    const source = { ...inner, read }
    const rg = file.meta.rowGroups[0]!
    // The 12 column indexes and 13 offset indexes are stored back to back: one read of exactly that span.
    await readPageIndexes(source, rg, rg.columns)
    const ends = rg.columns.flatMap((c) => [c.chunk.offset_index_offset! + c.chunk.offset_index_length!])
    expect(reads).toEqual([[rg.columns[0]!.chunk.column_index_offset!, Math.max(...ends)]])
    // Two columns: their four index ranges lie in two spans more than 64 KiB apart.
    reads.length = 0
    const some = [rg.columns[1]!, rg.columns[10]!]
    await readPageIndexes(source, rg, some)
    expect(reads).toHaveLength(2)
    reads.length = 0
    const indexes = await readPageIndexes(source, rg, some, { maxGap: 1 << 20 })
    expect(reads).toHaveLength(1)
    expect(indexes).toHaveLength(2)
    expect(indexes[0]!.pages).toHaveLength(walkDataPages(file.bytes, rg.columns[1]!).length)
    expect(indexes[1]!.min).toBeUndefined() // timestamp_col (INT96): OffsetIndex only
  })

  it('honours an aborted signal', async () => {
    const file = await loadCorpus('data/int32_with_null_pages.parquet')
    const rg = file.meta.rowGroups[0]!
    const signal = AbortSignal.abort()
    await expect(readPageIndexes(bufferSource(file.bytes), rg, rg.columns, { signal })).rejects.toMatchObject({ code: 'ABORTED' })
  })

  it('encrypted chunks (plaintext footer) give undefined', async () => {
    const file = await loadCorpus('data/encrypt_columns_plaintext_footer.parquet.encrypted')
    const rg = file.meta.rowGroups[0]!
    const indexes = await readPageIndexes(bufferSource(file.bytes), rg, rg.columns)
    rg.columns.forEach((c, i) => {
      if (c.encrypted) expect(indexes[i]).toBeUndefined()
    })
    expect(rg.columns.some((c) => c.encrypted)).toBe(true)
  })

  it('every plaintext corpus file: indexes decode, or fail with a ParquetError', async () => {
    let decoded = 0
    for (const rel of corpusDataFiles()) {
      let file: LoadedFile
      try {
        file = await loadCorpus(rel)
      } catch {
        continue // encrypted footers
      }
      for (const rg of file.meta.rowGroups) decoded += (await indexesOf(file, rg.index)).filter(Boolean).length
    }
    expect(decoded).toBeGreaterThan(100)
  })
})

// ---------------------------------------------------------------- corrupt indexes

function encode<T>(write: (w: ReturnType<typeof makeWriter>, v: T) => void, value: T): Uint8Array {
  const w = makeWriter()
  write(w, value)
  return writerBytes(w)
}

async function flbaChunk() {
  const file = await loadCorpus('data/fixed_length_byte_array.parquet')
  const rg = file.meta.rowGroups[0]!
  return { file, rg, chunk: rg.columns[0]! }
}

function offsetIndexOf(index: ColumnPageIndex): OffsetIndex {
  return { page_locations: index.pages.map((p) => ({ offset: p.offset, compressed_page_size: p.compressedPageSize, first_row_index: p.firstRowIndex })) }
}

async function expectInvalid(run: () => unknown, pattern: RegExp) {
  let error: unknown
  try {
    await run()
  } catch (e) {
    error = e
  }
  expect(isParquetError(error), String(error)).toBe(true)
  expect(error).toMatchObject({ code: 'METADATA_INVALID', context: { column: 'flba_field' } })
  expect((error as Error).message).toMatch(pattern)
}

describe('corrupt page indexes end in METADATA_INVALID', () => {
  it('a truncated OffsetIndex or ColumnIndex', async () => {
    const { file, rg, chunk } = await flbaChunk()
    const source = bufferSource(file.bytes)
    for (const field of ['offset_index_length', 'column_index_length'] as const) {
      const cut: ColumnChunkInfo = { ...chunk, chunk: { ...chunk.chunk, [field]: chunk.chunk[field]! - 7 } }
      await expectInvalid(() => readPageIndexes(source, rg, [cut]), /expected a valid (Offset|Column)Index/)
    }
  })

  it('index ranges outside the file or past the footer', async () => {
    const { file, rg, chunk } = await flbaChunk()
    const source = bufferSource(file.bytes)
    const cases = [
      { offset_index_offset: file.bytes.length - 10 },
      { offset_index_offset: 0 },
      { offset_index_length: -1 },
      { column_index_offset: undefined },
      { column_index_offset: file.meta.footerOffset - 2 },
    ]
    for (const patch of cases) {
      const bad: ColumnChunkInfo = { ...chunk, chunk: { ...chunk.chunk, ...patch } }
      await expectInvalid(() => readPageIndexes(source, rg, [bad], { footerOffset: file.meta.footerOffset }), /expected the (Offset|Column)Index inside the file/)
    }
  })

  it('swapped, overlapping or out-of-chunk page offsets', async () => {
    const { rg, chunk, file } = await flbaChunk()
    const [good] = await indexesOf(file)
    const decode = (oi: OffsetIndex) => decodePageIndex(encode(writeOffsetIndex, oi), undefined, chunk, rg.numRows, { hasColumnOrders: true })
    expect(decode(offsetIndexOf(good!)).pages).toEqual(good!.pages) // the writer-made index is accepted as is
    const swapped = offsetIndexOf(good!)
    const [a, b] = [swapped.page_locations[3]!, swapped.page_locations[4]!]
    ;[a.offset, b.offset] = [b.offset, a.offset]
    await expectInvalid(() => decode(swapped), /page 4 inside the column chunk/)
    const overlapping = offsetIndexOf(good!)
    overlapping.page_locations[5]!.compressed_page_size += 1
    await expectInvalid(() => decode(overlapping), /page 6 inside the column chunk/)
    const outside = offsetIndexOf(good!)
    outside.page_locations[9]!.offset = chunk.end - 1
    await expectInvalid(() => decode(outside), /page 9 inside the column chunk/)
    const empty = offsetIndexOf(good!)
    empty.page_locations[0]!.compressed_page_size = 0
    await expectInvalid(() => decode(empty), /page 0 inside/)
    await expectInvalid(() => decode({ page_locations: [] }), /at least one page location for 1000 rows/)
  })

  it('bad first_row_index sequences', async () => {
    const { rg, chunk, file } = await flbaChunk()
    const [good] = await indexesOf(file)
    const decode = (oi: OffsetIndex) => decodePageIndex(encode(writeOffsetIndex, oi), undefined, chunk, rg.numRows, { hasColumnOrders: true })
    const patch = (page: number, first: number) => {
      const oi = offsetIndexOf(good!)
      oi.page_locations[page]!.first_row_index = first
      return oi
    }
    await expectInvalid(() => decode(patch(0, 5)), /first_row_index 0 for page 0, found 5/)
    await expectInvalid(() => decode(patch(3, 200)), /first_row_index from 201 to 999 for page 3, found 200/)
    await expectInvalid(() => decode(patch(9, 1000)), /for page 9, found 1000/)
  })

  it('ColumnIndex lists that do not match the pages', async () => {
    const { rg, chunk, file } = await flbaChunk()
    const [good] = await indexesOf(file)
    const oi = encode(writeOffsetIndex, offsetIndexOf(good!))
    const base = (): ColumnIndex => ({
      null_pages: Array(10).fill(false),
      min_values: Array.from({ length: 10 }, () => new Uint8Array(4)),
      max_values: Array.from({ length: 10 }, () => new Uint8Array(4)),
      boundary_order: 0,
      null_counts: Array(10).fill(0),
    })
    const decode = (ci: ColumnIndex) => decodePageIndex(oi, encode(writeColumnIndex, ci), chunk, rg.numRows, { hasColumnOrders: false })
    expect(decode(base()).min).toHaveLength(10)
    // A null page carries byte[0] bounds (parquet.thrift ColumnIndex.null_pages): no min/max, even for FLBA bytes.
    const withNull = base()
    withNull.null_pages[3] = true
    withNull.min_values[3] = new Uint8Array(0)
    withNull.max_values[3] = new Uint8Array(0)
    const nullPage = decode(withNull)
    expect([nullPage.min![3], nullPage.max![3], nullPage.nullPages![3]]).toEqual([undefined, undefined, true])
    expect(nullPage.min![2]).toEqual(new Uint8Array(4))
    await expectInvalid(() => decode({ ...base(), null_pages: Array(9).fill(false) }), /10 entries in null_pages \(one per page\), found 9/)
    await expectInvalid(() => decode({ ...base(), max_values: [] }), /10 entries in max_values/)
    await expectInvalid(() => decode({ ...base(), null_counts: Array(11).fill(0) }), /10 entries in null_counts/)
    // A negative null count ("unknown") makes the whole ColumnIndex untrusted: pages only.
    const unknown = decode({ ...base(), null_counts: [0, 0, -1, 0, 0, 0, 0, 0, 0, 0] })
    expect([unknown.pages.length, unknown.nullPages, unknown.min, unknown.nullCounts]).toEqual([10, undefined, undefined, undefined])
    expect(decode({ ...base(), definition_level_histograms: Array(20).fill(-1) }).definitionLevelHistograms).toBeUndefined()
    // max definition level 1: two counts per page.
    await expectInvalid(() => decode({ ...base(), definition_level_histograms: Array(10).fill(1) }), /20 entries in definition_level_histograms/)
    expect(decode({ ...base(), definition_level_histograms: Array(20).fill(1) }).definitionLevelHistograms![9]).toEqual([1, 1])
    expect(decode({ ...base(), boundary_order: 7 }).boundaryOrder).toBe('UNORDERED')
  })

  it('random byte damage in the index region never escapes as another error', async () => {
    const { file, rg, chunk } = await flbaChunk()
    const start = Math.min(chunk.chunk.offset_index_offset!, chunk.chunk.column_index_offset!)
    const end = Math.max(chunk.chunk.offset_index_offset! + chunk.chunk.offset_index_length!, chunk.chunk.column_index_offset! + chunk.chunk.column_index_length!)
    let seed = 12345
    const random = () => {
      seed = (seed * 1103515245 + 12345) >>> 0
      return seed / 2 ** 32
    }
    let failures = 0
    for (let trial = 0; trial < 300; trial++) {
      const bytes = file.bytes.slice()
      for (let k = 0; k < 3; k++) bytes[start + Math.floor(random() * (end - start))] = Math.floor(random() * 256)
      try {
        await readPageIndexes(bufferSource(bytes), rg, [chunk])
      } catch (e) {
        expect(isParquetError(e), String(e)).toBe(true)
        expect((e as { code: string }).code).toBe('METADATA_INVALID')
        failures++
      }
    }
    expect(failures).toBeGreaterThan(0)
  })
})
