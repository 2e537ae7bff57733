/**
 * readRows' row building (src/read/read-core.ts columnsToRows): rows are
 * filled a block of 2,048 at a time, column after column. Checked against
 * DuckDB's values for files that cross block boundaries with nulls, many
 * columns, and top-level names that are special in JS objects.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readRows } from '../../src/index.js'

let conn: DuckDBConnection
let dir: string

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  dir = mkdtempSync(join(tmpdir(), 'parquet-ts-rows-'))
})
afterAll(() => conn.closeSync())

async function duckFile(name: string, select: string, rows: number): Promise<Uint8Array> {
  const path = join(dir, name)
  await conn.run(`copy (select ${select} from range(${rows}) t(i) order by i) to '${path}' (format parquet, row_group_size 3000)`)
  return new Uint8Array(readFileSync(path))
}

async function duckRows(bytes: Uint8Array, name: string, select: string): Promise<Record<string, unknown>[]> {
  const path = join(dir, name)
  const reader = await conn.runAndReadAll(`select ${select} from read_parquet('${path}')`)
  expect(bytes.length).toBeGreaterThan(0)
  return reader.getRowObjectsJson() as Record<string, unknown>[]
}

describe('readRows row building', () => {
  it('5,000 rows over two row groups and three blocks, nullable columns, equal to DuckDB', async () => {
    const select = `i::integer as a, case when i % 3 = 0 then null else 'r' || i end as b, case when i % 5 = 0 then null else i * 0.5 end as c`
    const bytes = await duckFile('blocks.parquet', select, 5000)
    const ours = await readRows(bytes)
    const theirs = await duckRows(bytes, 'blocks.parquet', 'a, b, c')
    expect(ours.length).toBe(5000)
    expect(ours).toEqual(theirs)
  })

  it('150 columns, equal to DuckDB, every row with its keys in schema order', async () => {
    const cols = Array.from({ length: 150 }, (_, k) => `case when (i + ${k}) % 7 = 0 then null else i * ${k} end::integer as c${k}`)
    const bytes = await duckFile('wide.parquet', cols.join(', '), 2100)
    const ours = await readRows(bytes)
    const theirs = await duckRows(bytes, 'wide.parquet', '*')
    expect(ours).toEqual(theirs)
    expect(Object.keys(ours[2099]!)).toEqual(Array.from({ length: 150 }, (_, k) => `c${k}`))
  })

  it('columns named __proto__ and constructor are own properties; the prototype stays Object.prototype', async () => {
    const bytes = await duckFile('names.parquet', `i::integer as "__proto__", 'k' || i as "constructor"`, 2500)
    const ours = await readRows(bytes)
    const theirs = await duckRows(bytes, 'names.parquet', `"__proto__" as p, "constructor" as k`)
    expect(ours.length).toBe(2500)
    for (const r of [0, 2047, 2048, 2499]) {
      const row = ours[r]!
      expect(Object.getPrototypeOf(row)).toBe(Object.prototype)
      expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe(theirs[r]!.p)
      expect(Object.getOwnPropertyDescriptor(row, 'constructor')?.value).toBe(theirs[r]!.k)
    }
  })
})
