/**
 * The remote-read budget: on a file of at least 50 MB served over HTTP with
 * Range support, a filtered query for a few rows of two columns fetches
 * under 5% of the file, with requests counted by the server.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PushdownStats } from '../../src/query/index.js'
import { readRows } from '../../src/read/read.js'
import { type RangeServer, startRangeServer } from '../helpers/range-server.js'

let dir: string
let path: string
let server: RangeServer

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pqts-remote-'))
  path = join(dir, 'big.parquet')
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  // 3M rows, sorted key, 14 more columns of incompressible-ish text and numbers: well over 50 MB.
  await conn.run(`copy (
    select i::bigint as id, hash(i) % 1000 as bucket, hash(i * 3)::double / 7 as amount,
      md5(i::varchar) as h1, md5((i + 1)::varchar) as h2, md5((i + 2)::varchar) as h3,
      (hash(i * 5) % 100000)::int as n1, (hash(i * 7) % 100000)::int as n2, hash(i * 11)::double as d1,
      md5((i * 13)::varchar)[1:12] as s1, date '2000-01-01' + (i % 9000)::int as day,
      (i % 7)::int as weekday, md5((i * 17)::varchar) as h4, hash(i * 19) as big, i % 2 = 0 as even
    from range(3000000) t(i)) to '${path}' (format parquet, compression snappy, row_group_size 100000)`)
  conn.closeSync()
  server = await startRangeServer({ 'big.parquet': path })
}, 300_000)

afterAll(async () => {
  await server?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('remote filtered read of a large file', () => {
  it('fetches under 5% of a 50+ MB file for a few rows of two columns', async () => {
    const size = statSync(path).size
    expect(size).toBeGreaterThan(50 * 2 ** 20)
    server.reset()
    let stats: PushdownStats | undefined
    const rows = await readRows(server.url('big.parquet'), {
      columns: ['id', 'amount'],
      filter: { column: 'id', op: 'between', value: [2_000_000, 2_000_009] },
      onStats: (s) => {
        stats = s
      },
    })
    expect(rows.map((r) => r.id)).toEqual(Array.from({ length: 10 }, (_, i) => BigInt(2_000_000 + i)))
    expect(server.bytesSent).toBeLessThan(size * 0.05)
    expect(stats!.rowGroupsRead).toBe(1)
    expect(server.requests).toBeLessThan(10)
  }, 120_000)
})
