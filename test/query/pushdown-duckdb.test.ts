/**
 * Filters on a file DuckDB writes (10 row groups of 2048 rows: sorted and
 * unsorted columns, nulls, an all-null row group, NaN, -0.0, non-ASCII text
 * whose UTF-16 order differs from its byte order, dates, timestamps,
 * decimals, unsigned ints, booleans, a struct; DuckDB writes chunk statistics
 * and bloom filters, no page index). Every filtered read must equal the full
 * read filtered by the independent reference (reference.ts); row groups
 * skipped by statistics must be those the metadata implies.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ParquetMetadata, readMetadata } from '../../src/metadata/file-metadata.js'
import { chunkStatistics } from '../../src/metadata/statistics.js'
import type { Filter } from '../../src/query/filter.js'
import type { PushdownStats } from '../../src/query/stats.js'
import { readColumns, readRowGroups, readRows } from '../../src/read/read.js'
import { refFilter } from './reference.js'

const SQL = `
SELECT i::BIGINT AS id,
  ((i * 7919) % 10007)::INTEGER AS k,
  CASE WHEN i % 5 = 0 OR (i BETWEEN 6144 AND 8191) THEN NULL ELSE i % 100 END::INTEGER AS n,
  CASE WHEN i BETWEEN 10240 AND 12287 THEN 'NaN'::DOUBLE
       WHEN i < 4096 AND i % 10 = 0 THEN 'NaN'::DOUBLE
       WHEN i < 4096 AND i % 10 = 1 THEN NULL
       WHEN i % 10 = 2 THEN -0.0::DOUBLE
       ELSE (i % 100) / 4.0 END AS d,
  CASE WHEN i < 4096 THEN 'a' || lpad(i::VARCHAR, 5, '0')
       WHEN i < 8192 THEN 'é' || i
       WHEN i < 12288 THEN '～' || i
       WHEN i < 16384 THEN '😀' || i
       ELSE NULL END AS s,
  'c' || lpad((i % 300)::VARCHAR, 3, '0') AS c,
  (DATE '2020-01-01' + (i // 10)::INTEGER) AS dt,
  (TIMESTAMP '2020-01-01' + to_minutes(i)) AS ts,
  (i * 1.125)::DECIMAL(18,3) AS dec,
  ((i % 500) * 0.25)::DECIMAL(9,2) AS dec2,
  (i * 200000)::UINTEGER AS u,
  (i % 3 = 0) AS b,
  CASE WHEN i % 17 = 0 THEN NULL ELSE {'x': (i % 13)::INTEGER, 'y': 'y' || (i % 4)} END AS st
FROM range(0, 20480) t(i) ORDER BY i`

let dir: string
let bytes: Uint8Array
let meta: ParquetMetadata
let full: Record<string, unknown>[]

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pq-filter-'))
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  const path = join(dir, 'f.parquet')
  await conn.run(`COPY (${SQL}) TO '${path}' (FORMAT parquet, ROW_GROUP_SIZE 2048)`)
  conn.closeSync()
  bytes = new Uint8Array(readFileSync(path))
  meta = await readMetadata(bytes)
  full = await readRows(bytes, { metadata: meta })
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function filtered(filter: Filter, extra: object = {}): Promise<{ rows: Record<string, unknown>[]; stats: PushdownStats }> {
  let stats: PushdownStats | undefined
  const rows = await readRows(bytes, { metadata: meta, filter, onStats: (s) => (stats = s), ...extra })
  return { rows, stats: stats! }
}

/** Row groups whose chunk statistics for `column` rule out every row, by `excluded(min, max, nullCount, numValues)`. */
function expectedStatSkips(column: string, excluded: (min: unknown, max: unknown, nulls: number, values: number) => boolean): number {
  let n = 0
  for (const rg of meta.rowGroups) {
    const c = rg.columns.find((x) => x.path === column)!
    const s = chunkStatistics(c)!
    if (excluded(s.min, s.max, s.nullCount!, c.numValues)) n++
  }
  return n
}

const CASES: [string, Filter][] = [
  ['sorted lt', { column: 'id', op: 'lt', value: 2500 }],
  ['sorted ge (bigint literal)', { column: 'id', op: 'ge', value: 9000n }],
  ['unsorted between', { column: 'k', op: 'between', value: [100, 200] }],
  ['isNull', { column: 'n', op: 'isNull' }],
  ['isNotNull', { column: 'n', op: 'isNotNull' }],
  ['eq with nulls', { column: 'n', op: 'eq', value: 7 }],
  ['not eq keeps no nulls', { not: { column: 'n', op: 'eq', value: 7 } }],
  ['NaN: lt', { column: 'd', op: 'lt', value: 5 }],
  ['NaN: ne', { column: 'd', op: 'ne', value: 5 }],
  ['NaN: not lt', { not: { column: 'd', op: 'lt', value: 5 } }],
  ['NaN: ge', { column: 'd', op: 'ge', value: 24 }],
  ['-0 eq 0', { column: 'd', op: 'eq', value: 0 }],
  ['code point order gt', { column: 's', op: 'gt', value: '～' }],
  ['code point order lt', { column: 's', op: 'lt', value: '😀' }],
  ['startsWith', { column: 's', op: 'startsWith', value: 'é5' }],
  ['startsWith emoji', { column: 's', op: 'startsWith', value: '😀13' }],
  ['date between ISO', { column: 'dt', op: 'between', value: ['2020-02-01', '2020-03-01'] }],
  ['timestamp ge Date', { column: 'ts', op: 'ge', value: new Date('2020-01-06T00:00:00Z') }],
  ['decimal text gt', { column: 'dec', op: 'gt', value: '10000.125' }],
  ['decimal number le', { column: 'dec2', op: 'le', value: 10.25 }],
  ['unsigned gt 2^31', { column: 'u', op: 'gt', value: 3_000_000_000 }],
  ['boolean eq', { column: 'b', op: 'eq', value: true }],
  ['struct field', { column: 'st.x', op: 'eq', value: 3 }],
  ['struct field isNull', { column: 'st.y', op: 'isNull' }],
  ['or across columns', { or: [{ column: 'id', op: 'lt', value: 100 }, { column: 's', op: 'startsWith', value: '😀1' }] }],
  ['and not in', { and: [{ column: 'n', op: 'isNotNull' }, { not: { column: 'k', op: 'in', value: [1, 2, 3, 5, 8, 13] } }] }],
  ['in strings (bloom)', { column: 's', op: 'in', value: ['a00010', 'é5001', 'zzz'] }],
  ['eq absent string', { column: 's', op: 'eq', value: 'a00100x' }],
  ['nothing matches', { column: 'id', op: 'gt', value: 20_480 }],
]

describe('filtered reads equal the reference on a DuckDB file', () => {
  it('has the expected layout', () => {
    expect(meta.rowGroups.length).toBe(10)
    expect(full.length).toBe(20_480)
  })
  it.each(CASES)('%s', async (_name, filter) => {
    const { rows, stats } = await filtered(filter)
    const expected = refFilter(full, filter)
    expect(rows.length).toBe(expected.length)
    expect(rows).toEqual(expected)
    expect(stats.rowsMatched).toBe(expected.length)
    expect(stats.rowGroups).toBe(10)
    const skipped = stats.rowGroupsSkippedByStatistics + stats.rowGroupsSkippedByBloomFilter + stats.rowGroupsSkippedByPageIndex
    expect(stats.rowGroupsRead).toBe(10 - skipped)
    expect(stats.rowsScanned).toBe(stats.rowGroupsRead * 2048)
  })
  it('with a projection still filters on other columns', async () => {
    const filter: Filter = { and: [{ column: 's', op: 'startsWith', value: 'é' }, { column: 'n', op: 'lt', value: 3 }] }
    const rows = await readRows(bytes, { metadata: meta, filter, columns: ['id', 'st.x'] })
    expect(rows).toEqual(refFilter(full, filter).map((r) => ({ id: r.id, st: r.st === null ? null : { x: (r.st as { x: number }).x } })))
  })
  it('readColumns and readRowGroups agree with readRows', async () => {
    const filter: Filter = { column: 'k', op: 'lt', value: 500 }
    const expected = refFilter(full, filter)
    const cols = await readColumns(bytes, { metadata: meta, filter, columns: ['id', 'n'] })
    expect(Array.from(cols.id!.values as BigInt64Array)).toEqual(expected.map((r) => r.id))
    expect(Array.from(cols.n!.values, (v, i) => (cols.n!.nulls?.[i] ? null : v))).toEqual(expected.map((r) => r.n))
    const indexes: number[] = []
    for await (const g of readRowGroups(bytes, { metadata: meta, filter })) indexes.push(...g.rowIndexes!)
    expect(indexes).toEqual(expected.map((r) => Number(r.id)))
  })
})

describe('row groups skipped by statistics are those the metadata implies', () => {
  const cases: [Filter, string, (min: unknown, max: unknown, nulls: number, values: number) => boolean][] = [
    [{ column: 'id', op: 'lt', value: 2500 }, 'id', (min) => (min as bigint) >= 2500n],
    [{ column: 'id', op: 'between', value: [4200, 4300] }, 'id', (min, max) => (max as bigint) < 4200n || (min as bigint) > 4300n],
    [{ column: 'id', op: 'isNull' }, 'id', (_a, _b, nulls) => nulls === 0],
    [{ column: 'n', op: 'isNotNull' }, 'n', (_a, _b, nulls, values) => nulls === values],
    [{ column: 'n', op: 'eq', value: 7 }, 'n', (min, max, nulls, values) => nulls === values || (min as number) > 7 || (max as number) < 7],
    [{ column: 'u', op: 'gt', value: 3_000_000_000 }, 'u', (_min, max) => (max as number) <= 3_000_000_000],
    [{ column: 's', op: 'gt', value: '～' }, 's', (_min, max, nulls, values) => nulls === values || Buffer.compare(Buffer.from(max as string), Buffer.from('～')) <= 0],
  ]
  it.each(cases.map((c, i) => [i, ...c] as const))('case %i', async (_i, filter, column, excluded) => {
    const { stats } = await filtered(filter)
    const expected = expectedStatSkips(column, excluded)
    expect(expected).toBeGreaterThan(0)
    expect(stats.rowGroupsSkippedByStatistics).toBe(expected)
  })
  it('NaN row groups are never skipped by ne / not', async () => {
    // Row group 5 holds only NaN: DuckDB stores no min/max there, and every row satisfies ne and not(lt).
    for (const filter of [{ column: 'd', op: 'ne', value: 5 }, { not: { column: 'd', op: 'lt', value: 5 } }] as Filter[]) {
      const { rows } = await filtered(filter)
      expect(rows.filter((r) => Number(r.id) >= 10240 && Number(r.id) < 12288).length).toBe(2048)
    }
  })
})

describe('bloom filters', () => {
  // Column c holds 'c000'..'c299' in every row group (dictionary-encoded: DuckDB writes a bloom filter).
  it('skip row groups whose statistics cannot (absent values inside min..max)', async () => {
    for (const rg of meta.rowGroups) {
      const c = rg.columns.find((x) => x.path === 'c')!
      expect(c.metaData?.bloom_filter_offset).toBeDefined()
      const s = chunkStatistics(c)!
      expect(s.min! <= 'c100x' && s.max! >= 'c100x').toBe(true)
    }
    const { rows, stats } = await filtered({ column: 'c', op: 'in', value: ['c100x', 'c2', 'c05'] })
    expect(rows).toEqual([])
    expect(stats.rowGroupsSkippedByStatistics).toBe(0)
    expect(stats.rowGroupsSkippedByBloomFilter).toBe(10)
    expect(stats.rowGroupsRead).toBe(0)
  })
  it('never skip a row group holding the value', async () => {
    for (const value of ['c000', 'c123', 'c299']) {
      const filter: Filter = { column: 'c', op: 'eq', value }
      const { rows, stats } = await filtered(filter)
      expect(rows).toEqual(refFilter(full, filter))
      expect(stats.rowGroupsRead).toBe(10)
    }
    const { stats } = await filtered({ column: 'c', op: 'ne', value: 'c100x' })
    expect(stats.rowGroupsRead).toBe(10)
  })
})

describe('offset and limit', () => {
  it('without a filter are a row range', async () => {
    const { rows, stats } = await filtered(undefined as unknown as Filter, { filter: undefined, offset: 2040, limit: 10 })
    expect(rows).toEqual(full.slice(2040, 2050))
    expect(stats.rowGroupsRead).toBe(2)
  })
  it('apply to the filtered rows and stop reading once enough are found', async () => {
    const filter: Filter = { column: 'k', op: 'lt', value: 300 }
    const expected = refFilter(full, filter)
    const { rows, stats } = await filtered(filter, { offset: 20, limit: 15 })
    expect(rows).toEqual(expected.slice(20, 35))
    // k is unsorted: no row group is skipped, so reading stops in the group holding match 35.
    const last = Number(expected[34]!.id)
    expect(stats.rowGroupsRead).toBe(Math.floor(last / 2048) + 1)
    expect(stats.rowGroupsRead).toBeLessThan(10)
  })
  it('with a limit of 0 read nothing; an offset past the end gives nothing', async () => {
    const a = await filtered({ column: 'k', op: 'lt', value: 300 }, { limit: 0 })
    expect(a.rows).toEqual([])
    expect(a.stats.rowGroupsRead).toBe(0)
    const b = await filtered({ column: 'k', op: 'lt', value: 300 }, { offset: 100_000 })
    expect(b.rows).toEqual([])
  })
  it('reject negative or fractional values', async () => {
    await expect(readRows(bytes, { offset: -1 })).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' })
    await expect(readRows(bytes, { limit: 1.5 })).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' })
  })
})
