/**
 * Statistics and page index of written files, checked against values
 * computed here from the input (independently of the writer):
 * - DuckDB's parquet_metadata() shows per row group the min, max and null
 *   count of each column in the column's order (unsigned for UINT32, by value
 *   for decimals, by UTF-8 bytes for strings), truncated BYTE_ARRAY bounds
 *   flagged inexact;
 * - the zero and NaN rules of parquet.thrift's ColumnOrder: a zero min is
 *   -0.0, a zero max +0.0, NaNs skipped and counted, no min/max and no
 *   ColumnIndex when a page holds only NaNs;
 * - the page index: page locations equal an independent walk of the page
 *   headers, per page min/max/null counts equal the input's, a filter on a
 *   sorted column in DuckDB returns the right rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bufferSource } from '../../src/io/source.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readPageIndexes } from '../../src/metadata/page-index.js'
import { binary, date, decimal, double, int32, int64, string, uint32 } from '../../src/schema/field.js'
import { writeRows } from '../../src/write/write.js'
import { walkDataPages } from '../metadata/page-index-helpers.js'
import { rng } from './gen.js'

let conn: DuckDBConnection
let dir: string
let fileNo = 0
beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  dir = mkdtempSync(join(tmpdir(), 'parquet-ts-stats-'))
})
afterAll(() => {
  conn?.closeSync()
  rmSync(dir, { recursive: true, force: true })
})

function save(bytes: Uint8Array): string {
  const path = join(dir, `s${fileNo++}.parquet`)
  writeFileSync(path, bytes)
  return path
}

async function metadataRows(path: string): Promise<Record<string, unknown>[]> {
  const sql = `select row_group_id, path_in_schema, stats_min_value, stats_max_value, stats_null_count, min_is_exact, max_is_exact
    from parquet_metadata('${path}') order by row_group_id, column_id`
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]
}

const utf8 = (s: string) => Buffer.from(s, 'utf8')
const DAY = 86_400_000

/** Rows with nulls, unsigned values above 2^31, negative decimals, non-ASCII and long strings. */
function makeRows(n: number) {
  const r = rng(42)
  const words = ['apple', 'Zebra', 'éclair', '中文', '😀 smile', '\uffff end', 'z'.repeat(100), 'Z'.repeat(80)]
  return Array.from({ length: n }, (_, i) => ({
    id: i,
    i32: i % 9 === 4 ? null : Math.floor((r() - 0.5) * 2e9),
    u32: Math.floor(r() * 2 ** 32),
    i64: BigInt(Math.floor((r() - 0.5) * 2 ** 53)),
    d: i % 17 === 5 ? null : (r() - 0.5) * 1000,
    s: i % 5 === 0 ? null : words[Math.floor(r() * words.length)]!,
    dt: new Date(Math.floor((r() - 0.3) * 40000) * DAY),
    dec: `${r() < 0.5 ? '-' : ''}${Math.floor(r() * 1e6)}.${String(Math.floor(r() * 100)).padStart(2, '0')}`,
  }))
}

const schema = {
  id: int32(), i32: int32({ optional: true }), u32: uint32(), i64: int64(), d: double({ optional: true }),
  s: string({ optional: true }), dt: date(), dec: decimal(30, 2),
}

type Row = ReturnType<typeof makeRows>[number]

/** Expected min, max (as DuckDB prints them) and null count of column `k` over `rows`, computed from the input. */
function expected(rows: Row[], k: keyof Row): { min: string; max: string; nulls: number } {
  const present = rows.map((row) => row[k]).filter((v) => v !== null)
  const nulls = rows.length - present.length
  let cmp: (a: never, b: never) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)
  if (k === 's') cmp = (a: string, b: string) => Buffer.compare(utf8(a), utf8(b))
  if (k === 'dec') cmp = (a: string, b: string) => Number(BigInt(a.replace('.', '')) - BigInt(b.replace('.', '')))
  if (k === 'dt') cmp = (a: Date, b: Date) => a.getTime() - b.getTime()
  const sorted = [...present].sort(cmp as (a: unknown, b: unknown) => number)
  const show = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))
  return { min: show(sorted[0]), max: show(sorted[sorted.length - 1]), nulls }
}

/** The spec's truncation of an ASCII bound to 64 bytes: the min a prefix, the max a prefix with its last byte incremented. */
function truncated(text: string, side: 'min' | 'max'): string {
  if (text.length <= 64) return text
  if (side === 'min') return text.slice(0, 64)
  return text.slice(0, 63) + String.fromCharCode(text.charCodeAt(63) + 1)
}

describe('column chunk statistics in DuckDB', () => {
  it('min, max and null counts per row group equal the input', async () => {
    const rows = makeRows(1000)
    const path = save(await writeRows(rows, { schema, rowGroupSize: 400, pageRows: 100 }))
    const meta = await metadataRows(path)
    expect(meta.length).toBe(3 * 8)
    for (const m of meta) {
      const g = Number(m.row_group_id)
      const k = m.path_in_schema as keyof Row
      const e = expected(rows.slice(g * 400, (g + 1) * 400), k)
      const where = `row group ${g} column ${k}`
      expect(Number(m.stats_null_count), where).toBe(e.nulls)
      if (k === 'd') {
        expect(Number(m.stats_min_value), where).toBe(Number(e.min))
        expect(Number(m.stats_max_value), where).toBe(Number(e.max))
      } else if (k === 's') {
        expect(m.stats_min_value, where).toBe(truncated(e.min, 'min'))
        expect(m.stats_max_value, where).toBe(truncated(e.max, 'max'))
        expect(m.min_is_exact, where).toBe(e.min.length <= 64)
        expect(m.max_is_exact, where).toBe(e.max.length <= 64)
      } else {
        expect(m.stats_min_value, where).toBe(e.min)
        expect(m.stats_max_value, where).toBe(e.max)
      }
    }
  })
})

describe('BYTE_ARRAY bound truncation', () => {
  it('cuts the max to 64 bytes with its last byte incremented, flagged inexact', async () => {
    const path = save(await writeRows([{ s: 'b' }, { s: 'x'.repeat(70) }, { s: 'a'.repeat(65) }], { schema: { s: string() } }))
    const [m] = await metadataRows(path)
    expect(m).toMatchObject({ stats_min_value: 'a'.repeat(64), stats_max_value: `${'x'.repeat(63)}y`, min_is_exact: false, max_is_exact: false })
  })

  it('keeps a max of only 0xFF bytes whole (no shorter upper bound exists)', async () => {
    const big = new Uint8Array(100).fill(0xff)
    const bytes = await writeRows([{ b: big }, { b: new Uint8Array([1]) }], { schema: { b: binary() } })
    const stats = (await readMetadata(bytes)).fileMetaData.row_groups[0]!.columns[0]!.meta_data!.statistics!
    expect(stats.max_value).toEqual(big)
    expect(stats.is_max_value_exact).toBe(true)
    expect(stats.min_value).toEqual(new Uint8Array([1]))
  })

  it('cuts text at a character boundary and increments the last code point', async () => {
    const text = `${'a'.repeat(63)}é${'b'.repeat(10)}` // é straddles bytes 63..64
    const bytes = await writeRows([{ s: text }], { schema: { s: string() } })
    const stats = (await readMetadata(bytes)).fileMetaData.row_groups[0]!.columns[0]!.meta_data!.statistics!
    expect(Buffer.from(stats.min_value!).toString()).toBe('a'.repeat(63))
    expect(Buffer.from(stats.max_value!).toString()).toBe(`${'a'.repeat(62)}b`)
  })
})

describe('floating point statistics (parquet.thrift ColumnOrder rules)', () => {
  async function doubleStats(values: (number | null)[]) {
    const bytes = await writeRows(values.map((d) => ({ d })), { schema: { d: double({ optional: true }) } })
    const [m] = await metadataRows(save(bytes))
    const chunk = (await readMetadata(bytes)).fileMetaData.row_groups[0]!.columns[0]!
    return { m: m!, chunk }
  }

  it('a zero min is written as -0.0 and a zero max as +0.0', async () => {
    const a = await doubleStats([0, 1, 2])
    expect(Object.is(Number(a.m.stats_min_value), -0)).toBe(true)
    const b = await doubleStats([-0, -1, -2])
    expect(Object.is(Number(b.m.stats_max_value), 0)).toBe(true)
    expect(b.m.stats_min_value).toBe('-2.0')
  })

  it('NaNs are skipped in min/max and counted', async () => {
    const { m, chunk } = await doubleStats([Number.NaN, 3, null, Number.NaN, -4])
    expect([m.stats_min_value, m.stats_max_value, Number(m.stats_null_count)]).toEqual(['-4.0', '3.0', 1])
    expect(chunk.meta_data!.statistics!.nan_count).toBe(2)
  })

  it('only NaNs: no min/max and no ColumnIndex; the OffsetIndex stays', async () => {
    const { m, chunk } = await doubleStats([Number.NaN, null, Number.NaN])
    expect([m.stats_min_value, m.stats_max_value]).toEqual([null, null])
    expect(chunk.column_index_offset).toBeUndefined()
    expect(chunk.offset_index_offset).toBeGreaterThan(0)
  })
})

describe('page index', () => {
  it('locations match the page headers; per page bounds and null counts match the input', async () => {
    const rows = makeRows(1000)
    const bytes = await writeRows(rows, { schema, rowGroupSize: 1000, pageRows: 100 })
    const meta = await readMetadata(bytes)
    const rg = meta.rowGroups[0]!
    const indexes = await readPageIndexes(bufferSource(bytes), rg, rg.columns, { columnOrders: meta.fileMetaData.column_orders })
    for (const [c, chunk] of rg.columns.entries()) {
      const index = indexes[c]!
      const walked = walkDataPages(bytes, chunk)
      expect(index.pages.map((p) => [p.offset, p.compressedPageSize])).toEqual(walked.map((w) => [w.offset, w.size]))
      expect(index.pages.map((p) => p.firstRowIndex)).toEqual(Array.from({ length: 10 }, (_, i) => i * 100))
      const k = chunk.path as keyof Row
      if (k !== 'i32' && k !== 'u32' && k !== 'id') continue
      for (let p = 0; p < 10; p++) {
        const e = expected(rows.slice(p * 100, (p + 1) * 100), k)
        expect([String(index.min![p]), String(index.max![p]), index.nullCounts![p]]).toEqual([e.min, e.max, e.nulls])
      }
      expect(index.boundaryOrder).toBe(k === 'id' ? 'ASCENDING' : 'UNORDERED')
    }
  })

  it('DuckDB filters a sorted column correctly', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => ({ k: BigInt(i * 3), v: `v${i}` }))
    const path = save(await writeRows(rows, { schema: { k: int64(), v: string() }, pageRows: 1000 }))
    const sql = `select count(*) as n, min(v) as lo, max(k) as hi from read_parquet('${path}') where k between 30000 and 30299`
    const [res] = (await conn.runAndReadAll(sql)).getRowObjectsJson()
    expect(res).toEqual({ n: '100', lo: 'v10000', hi: '30297' })
  })
})
