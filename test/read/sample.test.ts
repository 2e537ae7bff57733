/**
 * The demo's sample file: its rows come from the constants of the script that
 * made it, and DuckDB reads the same rows from it.
 */
import { readFileSync } from 'node:fs'
import { DuckDBInstance } from '@duckdb/node-api'
import { describe, expect, it } from 'vitest'
import { readRows } from '../../src/read/read.js'
import { makeSample, SAMPLE_ROWS } from '../fixtures/make-sample.js'

const PATH = 'test/fixtures/sample.parquet'

describe('the sample file', () => {
  it('is what make-sample.ts makes', () => {
    expect(new Uint8Array(readFileSync(PATH))).toEqual(makeSample())
  })
  it('reads back as the rows it was made from', async () => {
    expect(await readRows(readFileSync(PATH))).toEqual(SAMPLE_ROWS)
  })
  it('DuckDB reads the same rows', async () => {
    const db = await DuckDBInstance.create(':memory:')
    const conn = await db.connect()
    const rows = (await conn.runAndReadAll(`select * from read_parquet('${PATH}')`)).getRowObjectsJS()
    expect(rows).toEqual(SAMPLE_ROWS)
    conn.closeSync()
  })
})
