/**
 * The writer's short paths for flat data (top-level primitive fields only):
 * shredding rows column by column (dremel/shred.ts), inference from rows of
 * one shape (schema/infer.ts), strings' UTF-8 lengths counted once
 * (column/column-write.ts). DuckDB reads the files back and every value is
 * checked against the input rows: nulls, NaN, -0, empty and non-ASCII
 * strings, Dates before 1970, bigints beyond 2^53; rows whose keys are out
 * of order, missing, extra or named like Object.prototype members take the
 * by-name path and must give the same values.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isParquetError } from '../../src/errors.js'
import * as s from '../../src/schema/field.js'
import { inferSchema } from '../../src/schema/infer.js'
import { schemaElements } from '../../src/schema/schema-elements.js'
import { writeColumns, writeRows } from '../../src/write/write.js'

let conn: DuckDBConnection
let dir: string
let fileNo = 0

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  dir = mkdtempSync(join(tmpdir(), 'parquet-ts-flat-'))
})
afterAll(() => {
  conn?.closeSync()
  rmSync(dir, { recursive: true, force: true })
})

const DAY = 86_400_000
const TEXTS = ['', 'a', 'é', '😀 smile', '日本語のテキスト', 'plain ascii text of some length', 'x'.repeat(100)]
const BIGS = [0n, 1n, -1n, 2n ** 53n + 1n, -(2n ** 53n) - 3n, 2n ** 63n - 1n, -(2n ** 63n)]
const DOUBLES = [0, -0, Number.NaN, 1.5, -2.25e300, Number.MIN_VALUE, Number.POSITIVE_INFINITY]

interface Row { i: number; id: bigint; x: number | null; s: string | null; t: Date | null; b: boolean }

/** Deterministic rows; every 7th value of the optional fields is null. */
function makeRows(n: number): Row[] {
  let seed = 12345
  const next = () => (seed = (seed * 1103515245 + 12345) >>> 0)
  const rows: Row[] = []
  for (let i = 0; i < n; i++) {
    const r = next()
    rows.push({
      i,
      id: i % 3 === 0 ? BIGS[r % BIGS.length]! : BigInt(i) * 3_000_000_000_000n,
      x: r % 7 === 1 ? null : DOUBLES[(r >>> 3) % DOUBLES.length]!,
      s: r % 7 === 2 ? null : TEXTS[(r >>> 5) % TEXTS.length]!,
      t: r % 7 === 3 ? null : new Date(-40 * 365 * DAY + ((r >>> 2) % 80_000) * DAY + (r % 1000)),
      b: (r & 16) !== 0,
    })
  }
  return rows
}

async function duck(bytes: Uint8Array, select: string): Promise<Record<string, unknown>[]> {
  const path = join(dir, `f${fileNo++}.parquet`)
  writeFileSync(path, bytes)
  return (await conn.runAndReadAll(`SELECT ${select} FROM read_parquet('${path}') ORDER BY i`)).getRowObjects() as Record<string, unknown>[]
}

const SELECT = 'i, id, x, s, epoch_ms(t) AS t, b'

/** DuckDB's row (timestamps as epoch milliseconds) against the input row. */
function expectRow(got: Record<string, unknown>, row: Row): void {
  expect(got.id).toBe(row.id)
  if (row.x === null) expect(got.x).toBeNull()
  else expect(Object.is(got.x, row.x)).toBe(true)
  expect(got.s).toBe(row.s)
  expect(got.t).toBe(row.t === null ? null : BigInt(row.t.getTime()))
  expect(got.b).toBe(row.b)
}

function expectRows(got: Record<string, unknown>[], rows: Row[]): void {
  expect(got.length).toBe(rows.length)
  for (let k = 0; k < rows.length; k++) {
    expect(got[k]!.i).toBe(rows[k]!.i)
    expectRow(got[k]!, rows[k]!)
  }
}

describe('flat rows: values DuckDB reads back', () => {
  const rows = makeRows(30_000)
  const small = { rowGroupSize: 7_000, pageRows: 2_500 }

  it('inferred schema, several row groups and pages, dictionary and PLAIN pages', async () => {
    const bytes = await writeRows(rows, { ...small, compression: 'SNAPPY' })
    expectRows(await duck(bytes, SELECT), rows)
  })

  it('v2 pages without compression', async () => {
    const bytes = await writeRows(rows, { ...small, pageVersion: 2, compression: 'UNCOMPRESSED' })
    expectRows(await duck(bytes, SELECT), rows)
  })

  it('rows whose keys are out of order, missing, extra or named like Object.prototype members', async () => {
    const mixed = rows.slice(0, 5_000).map((r, k): Record<string, unknown> => {
      switch (k % 5) {
        case 0: return { b: r.b, t: r.t, s: r.s, x: r.x, id: r.id, i: r.i }
        case 1: return { i: r.i, id: r.id, s: r.s, t: r.t, b: r.b, ...(r.x === null ? {} : { x: r.x }), extra: 'ignored' }
        case 2: return Object.assign(Object.create({ s: 'inherited' }), r)
        default: return { ...r }
      }
    })
    const schema = { i: s.double(), id: s.int64(), x: s.double({ optional: true }), s: s.string({ optional: true }), t: s.timestamp('MILLIS', { optional: true }), b: s.boolean() }
    const got = await duck(await writeRows(mixed, { schema, pageRows: 1_000 }), SELECT)
    expectRows(got, rows.slice(0, 5_000))
    const named: Record<string, unknown>[] = [{ i: 0, constructor: 'c', toString: 'x' }, { i: 1, toString: 'y' }, { i: 2 }]
    const bytes = await writeRows(named, { schema: { i: s.double(), constructor: s.string({ optional: true }), toString: s.string({ optional: true }) } })
    const back = await duck(bytes, 'i, "constructor" AS c, "toString" AS t')
    expect(back).toEqual([{ i: 0, c: 'c', t: 'x' }, { i: 1, c: null, t: 'y' }, { i: 2, c: null, t: null }])
  })

  it('declared DATE and INT32 columns, Dates before 1970', async () => {
    const midnight = (t: Date | null) => (t === null ? null : new Date(Math.floor(t.getTime() / DAY) * DAY))
    const input = rows.slice(0, 3_000).map((r) => ({ i: r.i, d: midnight(r.t), n: r.x === null ? null : r.i - 1_500 }))
    const schema = { i: s.double(), d: s.date({ optional: true }), n: s.int32({ optional: true }) }
    const got = await duck(await writeRows(input, { schema, pageRows: 700 }), 'i, d, n')
    expect(got.length).toBe(input.length)
    for (let k = 0; k < input.length; k++) {
      const row = input[k]!
      const g = got[k]! as { d: { days: number } | null; n: number | null }
      expect(g.d === null ? null : g.d.days).toBe(row.d === null ? null : Math.floor(row.d.getTime() / DAY))
      expect(g.n).toBe(row.n)
    }
  })

  it('writeColumns: arrays with nulls and a null mask', async () => {
    const nulls = new Uint8Array(rows.length).map((_, k) => (rows[k]!.s === null ? 1 : 0))
    const columns = {
      i: Float64Array.from(rows, (r) => r.i),
      id: rows.map((r) => r.id),
      x: rows.map((r) => r.x),
      s: { values: rows.map((r) => r.s ?? 'masked'), nulls },
      t: rows.map((r) => r.t),
      b: rows.map((r) => r.b),
    }
    expectRows(await duck(await writeColumns(columns, small), SELECT), rows)
  })

  it('a missing required value names the row counted from the file start', async () => {
    const input: Record<string, unknown>[] = rows.slice(0, 20).map((r) => ({ i: r.i, id: r.id }))
    delete input[17]!.id
    const err = await writeRows(input, { schema: { i: s.double(), id: s.int64() }, rowGroupSize: 8 }).catch((e) => e)
    expect(isParquetError(err) && err.code).toBe('TYPE_INVALID')
    expect(err.context).toMatchObject({ column: 'id', row: 17 })
  })
})

describe('inference from rows of one shape', () => {
  const infer = (rows: unknown[]) => schemaElements(inferSchema(rows)).slice(1).map((e) => [e.name, e.type, e.repetition_type])

  it('counts the short-path rows before a field appears late: it is optional, the others keep theirs', () => {
    const rows: unknown[] = Array.from({ length: 50 }, (_, k) => ({ a: k, b: 'x' }))
    rows.push({ a: 1 }, { a: 2, b: 'y', c: true }, ...Array.from({ length: 50 }, () => ({ a: 3, b: 'z', c: false })))
    // DOUBLE = 5, BYTE_ARRAY = 6, BOOLEAN = 0; REQUIRED = 0, OPTIONAL = 1
    expect(infer(rows)).toEqual([['a', 5, 0], ['b', 6, 1], ['c', 0, 1]])
  })

  it('a null after many rows makes the field optional; a value of another kind is an error', () => {
    const rows: unknown[] = Array.from({ length: 100 }, (_, k) => ({ a: k, d: new Date(k) }))
    expect(infer([...rows, { a: null, d: new Date(0) }])).toEqual([['a', 5, 1], ['d', 2, 0]])
    expect(() => inferSchema([...rows, { a: 'text', d: new Date(0) }])).toThrow(/found double and string/)
  })

  it('a struct value after scalars-only rows is merged in full', () => {
    const rows: unknown[] = Array.from({ length: 20 }, () => ({ a: null, p: { x: 1 } }))
    rows.push({ a: null, p: { x: 2, y: 'n' } })
    expect(infer(rows)).toEqual([['a', 1, 1], ['p', undefined, 0], ['x', 5, 0], ['y', 6, 1]])
  })
})
