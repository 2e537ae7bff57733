/**
 * The streaming writer's memory stays bounded by about one row group: 50 row
 * groups of 20,000 lazily generated rows go to a sink that only counts
 * bytes; the heap (after a full GC) is measured after every row group and
 * must not grow with the number of row groups written. The bound is
 * generous (16 MiB of growth from row group 5 to 50) next to the data that
 * went through: about 1,000,000 rows, hundreds of MiB as JS objects, and
 * a 32 MiB file (a writer keeping the file's bytes would fail the bound).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { DuckDBInstance } from '@duckdb/node-api'
import { expect, it } from 'vitest'
import { fileSink } from '../../src/io/node-sink.js'
import type { ByteSink } from '../../src/io/sinks.js'
import { double, int64, list, string, struct } from '../../src/schema/field.js'
import { createWriter } from '../../src/write/stream.js'

setFlagsFromString('--expose_gc')
const gc = runInNewContext('gc') as () => void

const ROWS = 20_000
const GROUPS = 50
const schema = {
  id: int64(),
  name: string(),
  note: string({ optional: true }),
  value: double(),
  tags: list(string()),
  pos: struct({ x: double(), y: double() }),
}

/** Row group `g` of the lazily generated source. */
function* batches(): Generator<Record<string, unknown>[]> {
  for (let g = 0; g < GROUPS; g++) {
    yield Array.from({ length: ROWS }, (_, j) => {
      const i = g * ROWS + j
      return {
        id: BigInt(i),
        name: `name-${i}-${'x'.repeat(i % 40)}`,
        note: i % 3 === 0 ? null : `note ${i % 1000}`,
        value: i * 1.5,
        tags: [`a${i % 10}`, `b${i % 7}`],
        pos: { x: i, y: -i },
      }
    })
  }
}

function heapAfterGc(): number {
  gc()
  return process.memoryUsage().heapUsed
}

it('heap stays flat over 50 row groups of 20,000 rows', async () => {
  let bytes = 0
  const sink: ByteSink = {
    name: 'counter',
    async write(b) {
      bytes += b.length
    },
    close: async () => {},
    abort: async () => {},
  }
  const w = await createWriter(sink, { schema, rowGroupSize: ROWS })
  const heaps: number[] = []
  for (const batch of batches()) {
    await w.write(batch)
    heaps.push(heapAfterGc())
  }
  const summary = await w.close()
  expect(summary).toMatchObject({ numRows: ROWS * GROUPS, rowGroups: GROUPS })
  const growth = Math.max(...heaps.slice(5)) - heaps[4]!
  const mib = (n: number) => (n / 2 ** 20).toFixed(1)
  console.log(`heap after row group 5: ${mib(heaps[4]!)} MiB, max after: ${mib(Math.max(...heaps.slice(5)))} MiB, growth ${mib(growth)} MiB; file ${mib(bytes)} MiB`)
  expect(growth).toBeLessThan(16 * 2 ** 20)
}, 120_000)

it('a file written in 20 row groups through the file sink is complete (DuckDB count and sum)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parquet-ts-mem-'))
  try {
    const path = join(dir, 'big.parquet')
    const w = await createWriter(await fileSink(path), { schema, rowGroupSize: ROWS, compression: 'LZ4_RAW' })
    let n = 0
    for (const batch of batches()) {
      if (n++ === 20) break
      await w.write(batch)
    }
    await w.close()
    const conn = await (await DuckDBInstance.create(':memory:')).connect()
    const [r] = (await conn.runAndReadAll(`select count(*) c, sum(id) s from '${path}'`)).getRowObjectsJson()
    const [m] = (await conn.runAndReadAll(`select count(distinct row_group_id) g from parquet_metadata('${path}')`)).getRowObjectsJson()
    conn.closeSync()
    const total = 20 * ROWS
    expect(r).toEqual({ c: String(total), s: String((total * (total - 1)) / 2) })
    expect(m).toEqual({ g: '20' })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 120_000)
