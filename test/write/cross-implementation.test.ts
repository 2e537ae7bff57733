/**
 * Files written by other implementations, read by us and written again by
 * us (with their schema, through fieldsFromSchema), then read by DuckDB:
 * DuckDB's reading of our rewrite equals its reading of the original (rows
 * only in one of them, both ways, and row counts; then every row as JSON).
 * Writers: DuckDB (COPY ... TO, a wide mix of types: integers of every
 * width, unsigned, floats, decimals of three physical types, strings,
 * blobs, UUID, dates, times, timestamps of three units and with time zone,
 * intervals, nested lists, structs and maps, nulls at each level) and
 * arrow-rs (parquet-wasm writeParquet of an apache-arrow table).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import {
  Bool, DateDay, Field, Float64, Int32, Int64, List, Struct, Table, TimestampMicrosecond, Utf8, tableToIPC, vectorFromArray,
} from 'apache-arrow'
import { Table as WasmTable, writeParquet } from 'parquet-wasm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readRows } from '../../src/read/read.js'
import type { CompressionName } from '../../src/write/options.js'
import { fieldsFromSchema } from '../../src/write/schema-from-file.js'
import { writeRows } from '../../src/write/write.js'

let conn: DuckDBConnection
let dir: string

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  dir = mkdtempSync(join(tmpdir(), 'parquet-ts-cross-'))
})
afterAll(() => {
  conn?.closeSync()
  rmSync(dir, { recursive: true, force: true })
})

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]
}

/** Reads `original` with our reader and writes it again with its own schema; returns the new path. */
async function rewrite(original: string, options: { compression: CompressionName; pageVersion: 1 | 2 }): Promise<string> {
  const bytes = readFileSync(original)
  const metadata = await readMetadata(bytes)
  const rows = await readRows(bytes)
  const out = `${original}.${options.compression}.v${options.pageVersion}.ours.parquet`
  writeFileSync(out, await writeRows(rows, { schema: fieldsFromSchema(metadata.schema), rowGroupSize: 700, pageRows: 300, ...options }))
  return out
}

/** DuckDB sees the same rows in both files. */
async function expectSame(a: string, b: string, orderBy: string): Promise<void> {
  const counts = await query(`select (select count(*) from '${a}') a, (select count(*) from '${b}') b`)
  expect(counts[0]!.a).toBe(counts[0]!.b)
  const schemaA = await query(`describe select * from '${a}'`)
  const schemaB = await query(`describe select * from '${b}'`)
  expect(schemaB.map((c) => [c.column_name, c.column_type])).toEqual(schemaA.map((c) => [c.column_name, c.column_type]))
  const json = (p: string) => query(`select to_json(t)::varchar j from (select * from '${p}' order by ${orderBy}) t`)
  expect(await json(b)).toEqual(await json(a))
  const except = (x: string, y: string) => query(`select count(*) n from (select to_json(t) j from '${x}' t except all select to_json(t) from '${y}' t)`)
  expect(await except(a, b)).toEqual([{ n: '0' }])
  expect(await except(b, a)).toEqual([{ n: '0' }])
}

const DUCKDB_SELECT = `
  select
    i::integer id, (i % 128)::tinyint ti, (i * 7 % 30000)::smallint si, i::bigint * 1000000007 bi,
    (i * 3)::ubigint ub, (i % 250)::utinyint ut, (i * 11)::uinteger ui,
    (i / 7)::float f, case when i % 9 = 0 then null else i / 3 end::double d,
    (i * 1.25)::decimal(9, 2) d9, (i * 123456.789)::decimal(18, 3) d18, (i * 1e10 + 0.5)::decimal(38, 6) d38,
    'str' || i s, case when i % 5 = 0 then null else 'n' || i end ns, ('blob' || i)::blob b,
    ('00000000-0000-0000-0000-' || lpad(i::varchar, 12, '0'))::uuid u, i % 2 = 0 bo,
    date '2020-01-01' + i dt, timestamp '2020-01-01' + to_seconds(i * 3601) ts,
    timestamptz '2021-06-01 00:00:00+00' + to_microseconds(i::bigint * 1234567) tz,
    (timestamp '1999-12-31 23:59:59' + to_microseconds(i))::timestamp_ns tns,
    (timestamp '2000-01-01' + to_milliseconds(i * 17))::timestamp_ms tms,
    time '00:00:00' + to_seconds(i * 13 % 86400) tm, to_days(i % 40) + to_months(i % 3) iv,
    [i, i + 1, case when i % 3 = 0 then null else i end] li,
    case when i % 4 = 0 then [] when i % 4 = 1 then null else ['a', 'b' || i] end ls,
    [[i], [], [i, null]] lli,
    {'x': i, 'y': case when i % 6 = 0 then null else 'v' || i end, 'z': [i / 2]} st,
    case when i % 10 = 0 then null else {'p': {'q': [{'r': i}]}} end deep,
    map {'k' || i: i, 'q': case when i % 2 = 0 then null else -i end} mp,
    [{'a': i, 'b': ['x', null]}] lst
  from (select r::integer i from range(0, 2500) t(r))`

describe('DuckDB-written files, rewritten by us, read by DuckDB', () => {
  const cases = [['ZSTD', 1], ['SNAPPY', 2], ['GZIP', 1], ['LZ4_RAW', 2], ['BROTLI', 1], ['UNCOMPRESSED', 2]] as const
  it.each(cases)('%s v%s', async (compression, pageVersion) => {
    const original = join(dir, 'duck.parquet')
    await conn.run(`copy (${DUCKDB_SELECT}) to '${original}' (format parquet, row_group_size 1000)`)
    await expectSame(original, await rewrite(original, { compression, pageVersion }), 'id')
  })
})

function arrowTable(n: number): Table {
  const ids = Array.from({ length: n }, (_, i) => i)
  const opt = <T>(i: number, every: number, v: T) => (i % every === 0 ? null : v)
  return new Table({
    id: vectorFromArray(ids, new Int32()),
    big: vectorFromArray(Array.from({ length: n }, (_, i) => opt(i, 7, BigInt(i) * 10_000_000_000n)), new Int64()),
    d: vectorFromArray(Array.from({ length: n }, (_, i) => opt(i, 5, i / 8)), new Float64()),
    s: vectorFromArray(Array.from({ length: n }, (_, i) => opt(i, 4, `s${i % 50}€`)), new Utf8()),
    b: vectorFromArray(Array.from({ length: n }, (_, i) => opt(i, 3, i % 2 === 0)), new Bool()),
    day: vectorFromArray(Array.from({ length: n }, (_, i) => opt(i, 6, new Date(Date.UTC(2000, 0, 1 + i)))), new DateDay()),
    ts: vectorFromArray(Array.from({ length: n }, (_, i) => opt(i, 8, Date.UTC(2022, 1, 1) + i * 1000)), new TimestampMicrosecond()),
    li: vectorFromArray(
      Array.from({ length: n }, (_, i) => opt(i, 9, Array.from({ length: i % 4 }, (_, k) => opt(k, 2, i + k)))),
      new List(new Field('item', new Int32(), true)),
    ),
    st: vectorFromArray(
      Array.from({ length: n }, (_, i) => opt(i, 10, { x: i * 1.5, y: opt(i, 3, `y${i}`) })),
      new Struct([new Field('x', new Float64(), true), new Field('y', new Utf8(), true)]),
    ),
  })
}

describe('arrow-rs-written files, rewritten by us, read by DuckDB', () => {
  it.each([['ZSTD', 2], ['SNAPPY', 1]] as const)('%s v%s', async (compression, pageVersion) => {
    const original = join(dir, 'arrow.parquet')
    const wasmTable = WasmTable.fromIPCStream(tableToIPC(arrowTable(3000), 'stream'))
    writeFileSync(original, writeParquet(wasmTable))
    const kv = await query(`select count(*) n from parquet_kv_metadata('${original}') where key = 'ARROW:schema'`)
    expect(kv).toEqual([{ n: '1' }])
    await expectSame(original, await rewrite(original, { compression, pageVersion }), 'id')
  })
})
