/**
 * Pushdown on corpus files with page indexes, NaN counts, sorted columns and
 * bloom filters. Results must equal the full read filtered by the reference
 * (reference.ts); pages skipped and rows scanned must be what the ColumnIndex
 * implies, computed here from the decoded index (min/max/null pages).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bufferSource } from '../../src/io/source.js'
import { type ParquetMetadata, readMetadata } from '../../src/metadata/file-metadata.js'
import { type ColumnPageIndex, readPageIndexes } from '../../src/metadata/page-index.js'
import { chunkStatistics } from '../../src/metadata/statistics.js'
import { readBloomFilter } from '../../src/query/bloom-read.js'
import { bloomCheck, bloomHash } from '../../src/query/bloom.js'
import type { Filter } from '../../src/query/filter.js'
import type { PushdownStats } from '../../src/query/stats.js'
import { readRows } from '../../src/read/read.js'
import { corpusFile } from '../corpus.js'
import { refFilter } from './reference.js'

interface Loaded {
  bytes: Uint8Array
  meta: ParquetMetadata
  full: Record<string, unknown>[]
}

const cache = new Map<string, Promise<Loaded>>()
function load(rel: string): Promise<Loaded> {
  let p = cache.get(rel)
  if (!p) {
    p = (async () => {
      const bytes = new Uint8Array(readFileSync(corpusFile(rel)))
      const meta = await readMetadata(bytes)
      return { bytes, meta, full: await readRows(bytes, { metadata: meta }) }
    })()
    cache.set(rel, p)
  }
  return p
}

async function run(rel: string, filter: Filter, columns?: string[]): Promise<{ rows: Record<string, unknown>[]; stats: PushdownStats; f: Loaded }> {
  const f = await load(rel)
  let stats: PushdownStats | undefined
  const rows = await readRows(f.bytes, { metadata: f.meta, filter, columns, onStats: (s) => (stats = s) })
  return { rows, stats: stats!, f }
}

async function columnIndex(f: Loaded, column: string): Promise<ColumnPageIndex> {
  const rg = f.meta.rowGroups[0]!
  const chunk = rg.columns.find((c) => c.path === column)!
  const [ix] = await readPageIndexes(bufferSource(f.bytes), rg, [chunk], { columnOrders: f.meta.fileMetaData.column_orders })
  return ix!
}

const CASES: [string, Filter][] = [
  ['data/alltypes_tiny_pages.parquet', { column: 'id', op: 'between', value: [1000, 1100] }],
  ['data/alltypes_tiny_pages.parquet', { column: 'id', op: 'in', value: [5, 4000, 7299] }],
  ['data/alltypes_tiny_pages.parquet', { and: [{ column: 'int_col', op: 'eq', value: 3 }, { column: 'id', op: 'lt', value: 300 }] }],
  ['data/alltypes_tiny_pages.parquet', { column: 'string_col', op: 'ge', value: '8' }],
  ['data/alltypes_tiny_pages.parquet', { column: 'bigint_col', op: 'gt', value: 80 }],
  ['data/alltypes_tiny_pages.parquet', { column: 'date_string_col', op: 'startsWith', value: '03/1' }],
  ['data/alltypes_tiny_pages.parquet', { not: { column: 'tinyint_col', op: 'le', value: 7 } }],
  ['data/alltypes_tiny_pages_plain.parquet', { or: [{ column: 'id', op: 'lt', value: 20 }, { column: 'id', op: 'ge', value: 7290 }] }],
  ['data/int32_with_null_pages.parquet', { column: 'int32_field', op: 'isNotNull' }],
  ['data/int32_with_null_pages.parquet', { column: 'int32_field', op: 'isNull' }],
  ['data/int32_with_null_pages.parquet', { column: 'int32_field', op: 'gt', value: 1_000_000_000 }],
  ['data/int32_with_null_pages.parquet', { not: { column: 'int32_field', op: 'gt', value: 0 } }],
  ['data/sort_columns.parquet', { column: 'a', op: 'eq', value: 1n }],
  ['data/sort_columns.parquet', { column: 'b', op: 'gt', value: 'b' }],
  ['data/sort_columns.parquet', { column: 'a', op: 'isNull' }],
  ['data/data_index_bloom_encoding_stats.parquet', { column: 'String', op: 'eq', value: 'Hello' }],
  ['data/data_index_bloom_encoding_with_length.parquet', { column: 'String', op: 'in', value: ['today', 'nothing here'] }],
]

describe('filtered reads equal the reference on corpus files', () => {
  it.each(CASES.map(([r, f], i) => [i, r, f] as const))('%i %s', async (_i, rel, filter) => {
    const { rows, f, stats } = await run(rel, filter)
    const expected = refFilter(f.full, filter)
    expect(rows).toEqual(expected)
    expect(stats.rowsMatched).toBe(expected.length)
  })
})

describe('NaN: floating_orders_nan_count (min/max without NaN, nan_count given)', () => {
  const rel = 'data/floating_orders_nan_count.parquet'
  const columns = ['float_ieee754', 'float_typedef', 'double_ieee754', 'double_typedef']
  const ops: ((c: string) => Filter)[] = [
    (c) => ({ column: c, op: 'ne', value: 1 }),
    (c) => ({ not: { column: c, op: 'lt', value: 0 } }),
    (c) => ({ not: { column: c, op: 'ge', value: -100 } }),
    (c) => ({ column: c, op: 'gt', value: 4 }),
    (c) => ({ column: c, op: 'eq', value: 0 }),
    (c) => ({ not: { column: c, op: 'between', value: [-3, 6] } }),
    (c) => ({ column: c, op: 'isNull' }),
  ]
  it('has NaN values in some row groups', async () => {
    const f = await load(rel)
    expect(f.full.some((r) => Number.isNaN(r.float_ieee754))).toBe(true)
  })
  it.each(columns.flatMap((c) => ops.map((op, i) => [c, i, op(c)] as const)))('%s op %i', async (_c, _i, filter) => {
    const { rows, f } = await run(rel, filter)
    expect(rows).toEqual(refFilter(f.full, filter))
  })
  it('a NaN row matches not(ge -100) although min/max are all >= -100', async () => {
    const { rows, f, stats } = await run(rel, { not: { column: 'double_ieee754', op: 'ge', value: -100 } })
    const nanRows = f.full.filter((r) => Number.isNaN(r.double_ieee754))
    expect(rows.length).toBe(nanRows.length)
    // Row groups whose NaN count is 0 are skipped, the others are read.
    const withNaN = f.meta.rowGroups.filter((rg) => rg.columns.find((c) => c.path === 'double_ieee754')!.metaData!.statistics!.nan_count !== 0).length
    expect(stats.rowGroupsRead).toBe(withNaN)
    expect(stats.rowGroupsSkippedByStatistics).toBe(f.meta.rowGroups.length - withNaN)
  })
})

describe('pages skipped are what the ColumnIndex implies', () => {
  it('alltypes_tiny_pages: id between, reading id only', async () => {
    const filter: Filter = { column: 'id', op: 'between', value: [1000, 1100] }
    const { stats, f } = await run('data/alltypes_tiny_pages.parquet', filter, ['id'])
    const ix = await columnIndex(f, 'id')
    const kept = ix.pages.filter((_, i) => !((ix.max![i] as number) < 1000 || (ix.min![i] as number) > 1100))
    expect(kept.length).toBeGreaterThan(0)
    expect(stats.pages).toBe(ix.pages.length)
    expect(stats.pagesSkipped).toBe(ix.pages.length - kept.length)
    expect(stats.rowsScanned).toBe(kept.reduce((n, p) => n + p.rowCount, 0))
    const chunk = f.meta.rowGroups[0]!.columns.find((c) => c.path === 'id')!
    const dictionary = ix.pages[0]!.offset - chunk.start
    expect(stats.bytesRead).toBe(kept.reduce((n, p) => n + p.compressedPageSize, 0) + dictionary)
  })
  it('int32_with_null_pages: null pages skipped by isNotNull, non-null-free pages by isNull', async () => {
    const f = await load('data/int32_with_null_pages.parquet')
    const ix = await columnIndex(f, 'int32_field')
    const nullPages = ix.nullPages!.filter(Boolean).length
    expect(nullPages).toBeGreaterThan(0)
    const a = await run('data/int32_with_null_pages.parquet', { column: 'int32_field', op: 'isNotNull' })
    expect(a.stats.pagesSkipped).toBe(nullPages)
    const noNulls = ix.nullCounts!.filter((n) => n === 0).length
    const b = await run('data/int32_with_null_pages.parquet', { column: 'int32_field', op: 'isNull' })
    expect(b.stats.pagesSkipped).toBe(noNulls)
  })
  it('int32_with_null_pages: gt skips pages whose max is not above the value, and null pages', async () => {
    const f = await load('data/int32_with_null_pages.parquet')
    const ix = await columnIndex(f, 'int32_field')
    const x = 1_000_000_000
    const skipped = ix.pages.filter((_, i) => ix.nullPages![i] || (ix.max![i] as number) <= x).length
    const { stats } = await run('data/int32_with_null_pages.parquet', { column: 'int32_field', op: 'gt', value: x })
    expect(stats.pagesSkipped).toBe(skipped)
  })
  it('a filter column and another read column: only pages of both overlapping the kept rows are read', async () => {
    const filter: Filter = { column: 'id', op: 'between', value: [3000, 3050] }
    const { rows, stats, f } = await run('data/alltypes_tiny_pages.parquet', filter, ['string_col'])
    expect(rows).toEqual(refFilter(f.full, filter).map((r) => ({ string_col: r.string_col })))
    expect(stats.pagesSkipped / stats.pages).toBeGreaterThan(0.9)
  })
})

describe('bloom filters of the corpus', () => {
  for (const rel of ['data/data_index_bloom_encoding_stats.parquet', 'data/data_index_bloom_encoding_with_length.parquet']) {
    it(`${rel}: every value present, absent values mostly rejected`, async () => {
      const f = await load(rel)
      const chunk = f.meta.rowGroups[0]!.columns[0]!
      const bloom = await readBloomFilter(bufferSource(f.bytes), chunk.metaData!.bloom_filter_offset!, chunk.metaData!.bloom_filter_length, f.meta.footerOffset)
      const enc = new TextEncoder()
      const values = f.full.map((r) => r.String as string)
      expect(values).toContain('Hello')
      for (const v of values) expect(bloomCheck(bloom, bloomHash(enc.encode(v))), v).toBe(true)
      let present = 0
      for (let i = 0; i < 500; i++) if (bloomCheck(bloom, bloomHash(enc.encode(`absent ${i}`)))) present++
      expect(present).toBeLessThan(25)
    })
    it(`${rel}: eq on an absent value inside min..max skips by bloom filter`, async () => {
      const { rows, stats } = await run(rel, { column: 'String', op: 'eq', value: 'Hellp' })
      expect(rows).toEqual([])
      expect(stats.rowGroupsSkippedByStatistics).toBe(0)
      expect(stats.rowGroupsSkippedByBloomFilter).toBe(1)
    })
  }
})

describe('null counts', () => {
  it('without a null_count, isNull cannot skip; with null_count 0 it does', async () => {
    const withLength = await run('data/data_index_bloom_encoding_with_length.parquet', { column: 'String', op: 'isNull' })
    expect(chunkStatistics(withLength.f.meta.rowGroups[0]!.columns[0]!)!.nullCount).toBeUndefined()
    expect(withLength.stats.rowGroupsSkippedByStatistics).toBe(0)
    const withCount = await run('data/data_index_bloom_encoding_stats.parquet', { column: 'String', op: 'isNull' })
    expect(chunkStatistics(withCount.f.meta.rowGroups[0]!.columns[0]!)!.nullCount).toBe(0)
    expect(withCount.stats.rowGroupsSkippedByStatistics).toBe(1)
  })
})
