/**
 * What page CRC32 verification costs on a read: CRC32 over every stored page
 * byte of a file versus a full readRows / readColumns of it. The dataset is
 * made with DuckDB into bench/data/ (git-ignored). Run: npx tsx bench/crc-cost.ts
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { DuckDBInstance } from '@duckdb/node-api'
import { readMetadata } from '../src/metadata/file-metadata.js'
import { crc32 } from '../src/page/crc32.js'
import { readColumns, readRows } from '../src/read/read.js'

const DIR = new URL('./data/', import.meta.url).pathname
const FILE = `${DIR}crc-lineitem-500k.snappy.parquet`

async function makeData(): Promise<void> {
  if (existsSync(FILE)) return
  mkdirSync(DIR, { recursive: true })
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  await conn.run(`copy (
    select i::bigint as orderkey, (i % 200000)::int as partkey, (i * 7 % 10000) / 100.0 as price,
      ['A', 'N', 'R'][i % 3 + 1] as flag, date '1992-01-01' + (i % 2500)::int as shipdate,
      md5(i::varchar)[1:10 + i % 30] as comment
    from range(500000) t(i)) to '${FILE}' (format parquet, compression snappy)`)
  conn.closeSync()
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[s.length >> 1]!
}

async function time(fn: () => Promise<unknown> | unknown, runs = 5): Promise<number> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  return median(times)
}

await makeData()
const bytes = readFileSync(FILE)
const meta = await readMetadata(bytes)
const pages = meta.rowGroups.flatMap((rg) => rg.columns.map((c) => bytes.subarray(c.start, c.end)))
const stored = pages.reduce((n, p) => n + p.length, 0)
const crcMs = await time(() => {
  for (const p of pages) crc32(p)
}, 9)
const rowsMs = await time(() => readRows(bytes, { metadata: meta }))
const columnsMs = await time(() => readColumns(bytes, { metadata: meta }))
console.log(`file ${(bytes.length / 1e6).toFixed(1)} MB, ${meta.numRows} rows, ${(stored / 1e6).toFixed(1)} MB of stored pages`)
console.log(`crc32 over every page: ${crcMs.toFixed(1)} ms (${(stored / 1e6 / (crcMs / 1000)).toFixed(0)} MB/s)`)
console.log(`readRows: ${rowsMs.toFixed(0)} ms -> CRC adds ${((crcMs / rowsMs) * 100).toFixed(1)}%`)
console.log(`readColumns: ${columnsMs.toFixed(0)} ms -> CRC adds ${((crcMs / columnsMs) * 100).toFixed(1)}%`)
