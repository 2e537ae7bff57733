/**
 * Skipping on what we write. DuckDB 1.5 skips row groups by their statistics
 * but does not skip pages by a page index (not even on its own files), so
 * page-level skipping on our page index is shown with our reader. DuckDB's
 * use of our statistics is shown by making one row group's statistics lie:
 * DuckDB then misses the rows it holds, which it can only do by trusting and
 * skipping on the statistics we wrote.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { makeCursor } from '../../src/cursor.js'
import { readFileMetaData } from '../../src/format/parquet-footer.gen.js'
import { writeFileMetaData } from '../../src/format/parquet-write.gen.js'
import { makeWriter, writerBytes } from '../../src/thrift/compact-write.js'
import { describe, expect, it } from 'vitest'
import type { PushdownStats } from '../../src/query/index.js'
import { readRows } from '../../src/read/read.js'
import { int64, string } from '../../src/schema/field.js'
import { writeRows } from '../../src/write/write.js'

const ROWS = Array.from({ length: 200_000 }, (_, i) => ({ id: BigInt(i), s: `x${i % 977}` }))
const SCHEMA = { id: int64(), s: string() }

async function duckCount(path: string, where: string): Promise<number> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect()
  const rows = (await conn.runAndReadAll(`select count(*)::int as n from read_parquet('${path}') where ${where}`)).getRowObjectsJson()
  conn.closeSync()
  return rows[0]!.n as number
}

/** The file with row group `index`'s `id` statistics replaced by the range [lo, hi]. */
function withLyingStatistics(bytes: Uint8Array, index: number, lo: bigint, hi: bigint): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const footerLength = view.getUint32(bytes.length - 8, true)
  const footerStart = bytes.length - 8 - footerLength
  const meta = readFileMetaData(makeCursor(bytes.subarray(footerStart, bytes.length - 8)))
  const stats = meta.row_groups[index]!.columns[0]!.meta_data!.statistics!
  const le = (v: bigint) => {
    const b = new Uint8Array(8)
    new DataView(b.buffer).setBigInt64(0, v, true)
    return b
  }
  stats.min_value = le(lo)
  stats.max_value = le(hi)
  const w = makeWriter()
  writeFileMetaData(w, meta)
  const footer = writerBytes(w)
  const out = new Uint8Array(footerStart + footer.length + 8)
  out.set(bytes.subarray(0, footerStart))
  out.set(footer, footerStart)
  new DataView(out.buffer).setUint32(footerStart + footer.length, footer.length, true)
  out.set([0x50, 0x41, 0x52, 0x31], out.length - 4)
  return out
}

describe('skipping on files we write', () => {
  it('DuckDB skips row groups by the statistics we write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pqts-skip-'))
    const bytes = await writeRows(ROWS, { schema: SCHEMA, rowGroupSize: 10_000 })
    const honest = join(dir, 'honest.parquet')
    const lying = join(dir, 'lying.parquet')
    writeFileSync(honest, bytes)
    // Row group 12 holds ids 120000..129999; its statistics now claim 10^9..10^9+1.
    writeFileSync(lying, withLyingStatistics(bytes, 12, 1_000_000_000n, 1_000_000_001n))
    expect(await duckCount(honest, 'id = 123456')).toBe(1)
    expect(await duckCount(lying, 'id = 123456')).toBe(0)
    expect(await duckCount(lying, 'id = 23456')).toBe(1)
  })
  it('our reader skips pages by the page index we write', async () => {
    const bytes = await writeRows(ROWS, { schema: SCHEMA, rowGroupSize: 200_000, pageRows: 1000 })
    let stats: PushdownStats | undefined
    const rows = await readRows(bytes, {
      filter: { column: 'id', op: 'eq', value: 123456 },
      onStats: (s) => {
        stats = s
      },
    })
    expect(rows).toEqual([{ id: 123456n, s: `x${123456 % 977}` }])
    expect(stats!.pages).toBeGreaterThanOrEqual(200)
    expect(stats!.pagesSkipped).toBeGreaterThanOrEqual(stats!.pages - 4)
    expect(stats!.rowsScanned).toBeLessThanOrEqual(1000)
  })
})
