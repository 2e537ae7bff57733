/**
 * Bloom filters we write: DuckDB finds them in the metadata and uses them
 * (parquet_bloom_probe), our reader skips row groups with them, and every
 * value written tests as present.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bufferSource } from '../../src/io/source.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readBloomFilter } from '../../src/query/bloom-read.js'
import { bloomCheck, bloomHash } from '../../src/query/bloom.js'
import type { PushdownStats } from '../../src/query/index.js'
import { readRows } from '../../src/read/read.js'
import { int64, string } from '../../src/schema/field.js'
import { writeRows } from '../../src/write/write.js'

const ROWS = Array.from({ length: 10_000 }, (_, i) => ({ id: BigInt(i * 3), s: `v${Math.floor(i / 2000)}-${i % 100}` }))
let bytes: Uint8Array
let path: string
let conn: DuckDBConnection

beforeAll(async () => {
  bytes = await writeRows(ROWS, {
    schema: { id: int64(), s: string() },
    rowGroupSize: 2000,
    bloomFilters: { s: true, id: { ndv: 5000, fpp: 0.001 } },
  })
  path = join(mkdtempSync(join(tmpdir(), 'pqts-bloom-')), 'bloom.parquet')
  writeFileSync(path, bytes)
  conn = await (await DuckDBInstance.create(':memory:')).connect()
})
afterAll(() => conn?.closeSync())

const probe = async (column: string, value: string) =>
  (await conn.runAndReadAll(`select row_group_id, bloom_filter_excludes from parquet_bloom_probe('${path}', '${column}', ${value}) order by row_group_id`))
    .getRowObjectsJson()
    .map((r) => r.bloom_filter_excludes)

describe('bloom filters written per column', () => {
  it('DuckDB sees an offset and length for each requested chunk', async () => {
    const rows = (await conn.runAndReadAll(`select path_in_schema, bloom_filter_offset, bloom_filter_length from parquet_metadata('${path}')`)).getRowObjectsJson()
    expect(rows).toHaveLength(10)
    for (const r of rows) {
      expect(Number(r.bloom_filter_offset)).toBeGreaterThan(4)
      expect(Number(r.bloom_filter_length)).toBeGreaterThan(32)
    }
  })
  it('DuckDB uses them: a value present in one row group is excluded from the others only', async () => {
    // 'v2-7' is written in row group 2 only.
    expect(await probe('s', "'v2-7'")).toEqual([true, true, false, true, true])
    expect(await probe('s', "'absent'")).toEqual([true, true, true, true, true])
    // id 3 * 4500 = 13500 sits in row group 2.
    expect(await probe('id', '13500')).toEqual([true, true, false, true, true])
  })
  it('every written value tests as present with our reader of the filters', async () => {
    const meta = await readMetadata(bytes)
    const source = bufferSource(bytes)
    for (const rg of meta.rowGroups) {
      const chunk = rg.columns[1]!
      const filter = await readBloomFilter(source, chunk.metaData!.bloom_filter_offset!, chunk.metaData!.bloom_filter_length, meta.footerOffset)
      const first = rg.index * 2000
      for (let i = first; i < first + 2000; i++) expect(bloomCheck(filter, bloomHash(new TextEncoder().encode(ROWS[i]!.s)))).toBe(true)
    }
  })
  it('our filter pushdown skips row groups by them', async () => {
    let stats: PushdownStats | undefined
    const rows = await readRows(bytes, {
      filter: { column: 's', op: 'eq', value: 'v3-55x' },
      onStats: (s) => {
        stats = s
      },
    })
    expect(rows).toEqual([])
    // 'v3-55x' lies between the min and max of row group 3, so only the bloom filter can rule it out.
    expect(stats!.rowGroupsSkippedByBloomFilter).toBeGreaterThanOrEqual(1)
    expect(stats!.rowGroupsRead).toBe(0)
  })
  it('unknown columns are refused', async () => {
    await expect(writeRows(ROWS, { bloomFilters: { nope: true } })).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' })
  })
})
