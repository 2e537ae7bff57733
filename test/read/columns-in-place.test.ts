/**
 * readColumns across several row groups, with row ranges that cut row
 * groups, nullable columns and dictionary-encoded chunks that fall back to
 * PLAIN in later row groups: every value is checked against DuckDB's reading
 * of the same file (files written by our writer and by DuckDB).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readColumns, readMetadata } from '../../src/index.js'
import type { SchemaNode } from '../../src/metadata/schema.js'
import { boolean, date, double, float, int32, int64, list, string, uint32 } from '../../src/schema/field.js'
import { writeRows } from '../../src/write/write.js'
import { fieldJson } from '../helpers/duck-json.js'

let conn: DuckDBConnection
let dir: string
let ours: string
let duck: string

const N = 700 // our file: row groups of 128 rows
const DUCK_N = 9000 // DuckDB's: row groups of 2048 rows (its smallest)
const MS_PER_DAY = 86400000

function row(i: number) {
  const late = i >= 128 // the first row group has few distinct values, later ones many: the dictionary falls back
  return {
    i32: i % 7 === 3 ? null : i * 3 - 500,
    i64: i % 5 === 1 ? null : BigInt(i) * 1000000007n - 2n ** 40n,
    u32: 4000000000 - i * 11,
    f32: i % 9 === 0 ? null : i * 0.25 - 20,
    f64: i / 8 - 3.5,
    d: i % 4 === 2 ? null : 19000 + i,
    s: i % 6 === 5 ? null : late ? `distinct-${i}-${'x'.repeat(i % 37)}` : `v${i % 3}`,
    k: i % 10 === 7 ? null : late ? i * 7919 : i % 4,
    b: i % 3 === 0 ? null : i % 2 === 0,
    sparse: i % 97 === 0 ? i : null,
    l: i % 11 === 4 ? null : Array.from({ length: i % 4 }, (_, j) => i + j),
  }
}

const schema = {
  i32: int32({ optional: true }),
  i64: int64({ optional: true }),
  u32: uint32(),
  f32: float({ optional: true }),
  f64: double(),
  d: date({ optional: true }),
  s: string({ optional: true }),
  k: int32({ optional: true }),
  b: boolean({ optional: true }),
  sparse: int32({ optional: true }),
  l: list(int32(), { optional: true }),
}

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  dir = mkdtempSync(join(tmpdir(), 'parquet-ts-columns-'))
  ours = join(dir, 'ours.parquet')
  const rows = Array.from({ length: N }, (_, i) => row(i))
  writeFileSync(ours, await writeRows(rows, { schema, rowGroupSize: 128, pageRows: 50, dictionaryPageSizeLimit: 256 }))
  duck = join(dir, 'duck.parquet')
  await conn.run(`copy (select
      case when i % 7 = 3 then null else i * 3 - 500 end::integer as i32,
      case when i % 5 = 1 then null else i * 1000000007 - 1099511627776 end::bigint as i64,
      (4000000000 - i * 11)::uinteger as u32,
      case when i % 9 = 0 then null else i * 0.25 - 20 end::float as f32,
      (i / 8 - 3.5)::double as f64,
      case when i % 4 = 2 then null else date '2022-01-08' + i::integer end as d,
      case when i % 6 = 5 then null when i >= 2048 then 'distinct-' || i || '-' || repeat('x', (i % 37)::integer) else 'v' || (i % 3) end as s,
      case when i % 10 = 7 then null when i >= 2048 then i * 7919 else i % 4 end::integer as k,
      case when i % 3 = 0 then null else i % 2 = 0 end as b,
      case when i % 97 = 0 then i end::integer as sparse,
      case when i % 11 = 4 then null else list_transform(range((i % 4)::bigint), j -> (i + j)::integer) end as l
    from range(${DUCK_N}) t(i) order by i)
    to '${duck}' (format parquet, row_group_size 2048)`)
})

afterAll(() => {
  conn?.closeSync()
  rmSync(dir, { recursive: true, force: true })
})

async function duckRows(path: string, from: number, to: number): Promise<Record<string, unknown>[]> {
  const sql = `select * exclude (file_row_number) from read_parquet('${path}', file_row_number = true)
    where file_row_number >= ${from} and file_row_number < ${to} order by file_row_number`
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]
}

const TYPED: Record<string, string> = { i32: 'Int32Array', i64: 'BigInt64Array', u32: 'Uint32Array', f32: 'Float32Array', f64: 'Float64Array', k: 'Int32Array', sparse: 'Int32Array' }

async function check(path: string, from: number, to: number, datesAsNumbers: boolean): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path))
  const fields = (await readMetadata(bytes)).schema.root.children
  const got = await readColumns(bytes, { rowStart: from, rowEnd: to, dates: datesAsNumbers ? 'number' : 'date' })
  const expected = await duckRows(path, from, to)
  for (const field of fields) checkColumn(field, got[field.name]!, expected, datesAsNumbers)
}

function checkColumn(field: SchemaNode, column: { values: ArrayLike<unknown>; nulls?: Uint8Array }, expected: Record<string, unknown>[], datesAsNumbers: boolean): void {
  const name = field.name
  expect(column.values.length, name).toBe(expected.length)
  const typed = TYPED[name] ?? (name === 'd' && datesAsNumbers ? 'Int32Array' : undefined)
  if (typed) expect(column.values.constructor.name, name).toBe(typed)
  if (field.physicalType !== undefined && field.repetition === 'OPTIONAL') {
    // The mask is there exactly when some row is null.
    expect(column.nulls !== undefined, `${name} has a null mask`).toBe(expected.some((r) => r[name] === null))
  }
  for (let r = 0; r < expected.length; r++) {
    let value = column.nulls?.[r] ? null : column.values[r]
    if (name === 'd' && datesAsNumbers && value !== null) value = new Date((value as number) * MS_PER_DAY)
    const mine = fieldJson(value, field)
    const theirs = expected[r]![name]
    if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
      expect.fail(`${name} row ${r}: ours ${JSON.stringify(mine)}, DuckDB ${JSON.stringify(theirs)}`)
    }
  }
}

const RANGES: [number, number][] = [[0, N], [37, 611], [128, 256], [100, 300], [200, 201], [699, 700], [250, 250]]
const DUCK_RANGES: [number, number][] = [[0, DUCK_N], [1000, 7001], [2048, 4096], [2000, 2100], [8999, 9000], [4000, 4000]]

describe('readColumns over several row groups, checked against DuckDB', () => {
  it('the files are what the tests need: several row groups, dictionaries falling back to PLAIN', async () => {
    for (const path of [ours, duck]) {
      const meta = (await conn.runAndReadAll(`select row_group_id, path_in_schema, encodings from parquet_metadata('${path}') where path_in_schema in ('s', 'k')`)).getRowObjectsJson()
      const groups = new Set(meta.map((m) => m.row_group_id))
      expect(groups.size).toBeGreaterThanOrEqual(5)
      for (const col of ['s', 'k']) {
        const encodings = meta.filter((m) => m.path_in_schema === col).map((m) => String(m.encodings))
        expect(encodings[0], `${path} ${col}`).toMatch(/DICTIONARY/)
        expect(encodings.some((e) => !e.includes('DICTIONARY')), `${path} ${col} falls back`).toBe(true)
      }
    }
  })

  for (const [from, to] of RANGES) {
    it(`our writer's file, rows [${from}, ${to}), dates as numbers and as Dates`, async () => {
      await check(ours, from, to, true)
      await check(ours, from, to, false)
    })
  }
  for (const [from, to] of DUCK_RANGES) {
    it(`DuckDB's file, rows [${from}, ${to}), dates as numbers and as Dates`, async () => {
      await check(duck, from, to, true)
      await check(duck, from, to, false)
    })
  }

  it('offset and limit cut row groups like a row range', async () => {
    const bytes = new Uint8Array(readFileSync(ours))
    const fields = (await readMetadata(bytes)).schema.root.children
    const got = await readColumns(bytes, { offset: 150, limit: 300, dates: 'number' })
    const expected = await duckRows(ours, 150, 450)
    for (const field of fields) checkColumn(field, got[field.name]!, expected, true)
  })

  it('selected columns only', async () => {
    const bytes = new Uint8Array(readFileSync(duck))
    const got = await readColumns(bytes, { columns: ['k', 'i64'], rowStart: 50, rowEnd: 650 })
    expect(Object.keys(got).sort()).toEqual(['i64', 'k'])
    const expected = await duckRows(duck, 50, 650)
    const fields = (await readMetadata(bytes)).schema.root.children
    for (const field of fields.filter((f) => f.name === 'k' || f.name === 'i64')) checkColumn(field, got[field.name]!, expected, true)
  })
})
