/**
 * The streaming writer: row and column batches of any size cut into row
 * groups of rowGroupSize rows (DuckDB reads the result: counts, sums and
 * per-row-group row counts come from it, not from our reader); web
 * WritableStream sink (arrow-rs reads the bytes); atomic Node files (the
 * final path appears only on close, abort and errors leave nothing, a
 * failing sink fails the writer); schema inference from the first batch.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { tableFromIPC } from 'apache-arrow'
import { readParquet } from 'parquet-wasm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isParquetError, type ParquetError } from '../../src/errors.js'
import type { ByteSink } from '../../src/io/sinks.js'
import { memorySink, webStreamSink } from '../../src/io/sinks.js'
import { readColumns, readRows } from '../../src/read/read.js'
import { double, int32, int64, list, string, struct } from '../../src/schema/field.js'
import { createFileWriter } from '../../src/write/file-writer.js'
import { createWriter } from '../../src/write/stream.js'

let conn: DuckDBConnection
let root: string
let dir: string

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  root = mkdtempSync(join(tmpdir(), 'parquet-ts-stream-'))
})
afterAll(() => {
  conn?.closeSync()
  rmSync(root, { recursive: true, force: true })
})
beforeEach(() => {
  dir = mkdtempSync(join(root, 'case-'))
})

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]
}

async function failure(p: Promise<unknown>): Promise<ParquetError> {
  const e = await p.then(() => undefined, (err: unknown) => err)
  expect(isParquetError(e), String(e)).toBe(true)
  return e as ParquetError
}

const schema = { id: int64(), name: string({ optional: true }), tags: list(string()), pt: struct({ x: double(), y: int32({ optional: true }) }) }
const row = (i: number) => ({
  id: BigInt(i),
  name: i % 7 === 0 ? null : `n${i % 100}`,
  tags: Array.from({ length: i % 3 }, (_, k) => `t${k}`),
  pt: { x: i / 2, y: i % 5 === 0 ? null : i },
})

/** Batch sizes 1, 2, ... cycling up to 997, until `n` rows. */
function unevenBatches(n: number): Record<string, unknown>[][] {
  const out: Record<string, unknown>[][] = []
  let at = 0
  for (let k = 1; at < n; k = (k * 7) % 997 + 1) {
    const size = Math.min(k, n - at)
    out.push(Array.from({ length: size }, (_, j) => row(at + j)))
    at += size
  }
  return out
}

describe('createWriter', () => {
  it('cuts uneven row batches into row groups of rowGroupSize (DuckDB counts them)', async () => {
    const path = join(dir, 'rows.parquet')
    const w = await createFileWriter(path, { schema, rowGroupSize: 1000, compression: 'ZSTD' })
    const batches = unevenBatches(10_500)
    for (const b of batches) await w.write(b)
    expect(w.numRows).toBe(10_500)
    const summary = await w.close()
    expect(summary).toMatchObject({ numRows: 10_500, rowGroups: 11 })
    expect(summary.byteLength).toBe(readFileSync(path).length)
    const groups = await query(`select row_group_id, any_value(row_group_num_rows) n from parquet_metadata('${path}') group by 1 order by 1`)
    expect(groups.map((g) => Number(g.n))).toEqual([...Array(10).fill(1000), 500])
    const [agg] = await query(`select count(*) c, sum(id) s, count(name) nm, sum(len(tags)) tags, sum(pt.y) y from '${path}'`)
    let names = 0
    let tags = 0
    let y = 0
    for (let i = 0; i < 10_500; i++) {
      const r = row(i)
      if (r.name !== null) names++
      tags += r.tags.length
      y += r.pt.y ?? 0
    }
    expect(agg).toEqual({ c: '10500', s: String((10_499 * 10_500) / 2), nm: String(names), tags: String(tags), y: String(y) })
    expect(await readRows(readFileSync(path))).toEqual(batches.flat())
  })

  it('column batches: typed arrays stay typed across pieces; masks and plain arrays mix', async () => {
    const sink = memorySink()
    const w = await createWriter(sink, { schema: { a: int32(), b: double({ optional: true }), s: string() }, rowGroupSize: 250 })
    const all = { a: [] as number[], b: [] as (number | null)[], s: [] as string[] }
    for (let k = 0, at = 0; k < 9; k++) {
      const n = 37 * k + 11
      const a = Int32Array.from({ length: n }, (_, i) => (at + i) * 3)
      const bv = Float64Array.from({ length: n }, (_, i) => (at + i) / 4)
      const nulls = Uint8Array.from({ length: n }, (_, i) => ((at + i) % 6 === 0 ? 1 : 0))
      const s = Array.from({ length: n }, (_, i) => `s${at + i}`)
      await w.writeColumns(k % 2 ? { a, b: { values: bv, nulls }, s } : { a: Array.from(a), b: Array.from(bv, (v, i) => (nulls[i] ? null : v)), s })
      all.a.push(...a)
      all.b.push(...Array.from(bv, (v, i) => (nulls[i] ? null : v)))
      all.s.push(...s)
      at += n
    }
    const summary = await w.close()
    expect(summary.rowGroups).toBe(Math.ceil(all.a.length / 250))
    const cols = await readColumns(sink.bytes())
    expect(Array.from(cols.a!.values as Int32Array)).toEqual(all.a)
    expect(Array.from(cols.b!.values as Float64Array, (v, i) => (cols.b!.nulls?.[i] ? null : v))).toEqual(all.b)
    expect(cols.s!.values).toEqual(all.s)
  })

  it('writes to a web WritableStream; arrow-rs reads the bytes', async () => {
    const chunks: Uint8Array[] = []
    const stream = new WritableStream<Uint8Array>({ write: (c) => void chunks.push(c) }, { highWaterMark: 2 })
    const w = await createWriter(webStreamSink(stream), { rowGroupSize: 400 })
    for (let k = 0; k < 5; k++) await w.write(Array.from({ length: 300 }, (_, i) => ({ k, v: `v${k * 300 + i}`, d: (k * 300 + i) / 8 })))
    await w.close()
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
    let at = 0
    for (const c of chunks) {
      bytes.set(c, at)
      at += c.length
    }
    expect(chunks.length).toBeGreaterThan(4)
    const table = tableFromIPC(readParquet(bytes).intoIPCStream())
    expect(table.numRows).toBe(1500)
    expect(table.getChild('v')!.get(1234)).toBe('v1234')
    expect(table.getChild('d')!.get(1499)).toBe(1499 / 8)
  })

  it('infers the schema from the first batch; a later batch of another type fails', async () => {
    const sink = memorySink()
    const w = await createWriter(sink, { rowGroupSize: 10 })
    await w.write([])
    await w.write([{ a: 1, b: 'x' }, { a: 2, b: null }])
    await w.write(Array.from({ length: 20 }, (_, i) => ({ a: i, b: `b${i}` })))
    const e = await failure(w.write(Array.from({ length: 20 }, (_, i) => ({ a: i === 13 ? 'text' : i, b: 'y' }))))
    expect(e.code).toBe('TYPE_INVALID')
    // Row 35 (22 rows before the batch, its 14th row) is in the fourth row group of 10 rows.
    expect(e.context).toMatchObject({ column: 'a', rowGroup: 3 })
    expect((await failure(w.write([{ a: 1, b: 'z' }]))).code).toBe('ARGUMENT_INVALID')
    expect((await failure(w.close())).message).toMatch(/failed/)
  })

  it('needs a schema when no rows came; without rows a declared schema gives an empty file', async () => {
    expect((await failure((await createWriter(memorySink())).close())).code).toBe('ARGUMENT_INVALID')
    const path = join(dir, 'empty.parquet')
    const w = await createFileWriter(path, { schema })
    await w.close()
    expect(await query(`select count(*) c from '${path}'`)).toEqual([{ c: '0' }])
  })
})

function listing(): string[] {
  return readdirSync(dir).sort()
}

describe('atomic Node files', () => {
  it('the final path appears only on close; until then only a dot temp file exists', async () => {
    const path = join(dir, 'out.parquet')
    const w = await createFileWriter(path, { schema, rowGroupSize: 500 })
    await w.write(Array.from({ length: 2000 }, (_, i) => row(i)))
    const during = listing()
    expect(during).toHaveLength(1)
    expect(during[0]).toMatch(/^\.out\.parquet\.[0-9a-f]{12}\.tmp$/)
    await w.close()
    expect(listing()).toEqual(['out.parquet'])
    expect(await query(`select count(*) c from '${path}'`)).toEqual([{ c: '2000' }])
  })

  it('abort midway leaves no output file and no temp file', async () => {
    const path = join(dir, 'aborted.parquet')
    const w = await createFileWriter(path, { schema, rowGroupSize: 500 })
    await w.write(Array.from({ length: 1700 }, (_, i) => row(i)))
    expect(listing()).toHaveLength(1)
    await w.abort()
    expect(listing()).toEqual([])
    expect((await failure(w.write([row(1)]))).code).toBe('ARGUMENT_INVALID')
    await w.abort()
    expect(listing()).toEqual([])
  })

  it('a bad value midway fails the write and leaves nothing', async () => {
    const path = join(dir, 'bad.parquet')
    const w = await createFileWriter(path, { schema, rowGroupSize: 500 })
    await w.write(Array.from({ length: 1200 }, (_, i) => row(i)))
    const bad = Array.from({ length: 600 }, (_, i) => (i === 77 ? { ...row(i), id: 'not a number' } : row(i)))
    const e = await failure(w.write(bad))
    expect(e.code).toBe('TYPE_INVALID')
    expect(listing()).toEqual([])
    expect((await failure(w.close())).code).toBe('ARGUMENT_INVALID')
    expect(listing()).toEqual([])
  })

  it('an error or abort keeps the previous file at the path intact', async () => {
    const path = join(dir, 'keep.parquet')
    writeFileSync(path, 'previous')
    const w = await createFileWriter(path, { schema })
    await w.write([row(1)])
    await failure(w.write([{ id: null }]).then(() => w.close()))
    expect(listing()).toEqual(['keep.parquet'])
    expect(readFileSync(path, 'utf8')).toBe('previous')
  })

  it('overwrite: false refuses an existing file', async () => {
    const path = join(dir, 'exists.parquet')
    writeFileSync(path, 'x')
    expect((await failure(createFileWriter(path, { overwrite: false }))).code).toBe('IO_ERROR')
    expect(listing()).toEqual(['exists.parquet'])
  })

  it('a schema error at open leaves nothing', async () => {
    const path = join(dir, 'schema.parquet')
    expect((await failure(createFileWriter(path, { schema: {} }))).code).toBe('ARGUMENT_INVALID')
    expect(listing()).toEqual([])
  })
})

describe('failing sinks', () => {
  it('a sink write error fails the writer with WRITE_FAILED and aborts the sink', async () => {
    const events: string[] = []
    let writes = 0
    const sink: ByteSink = {
      name: 'flaky',
      async write() {
        if (++writes > 3) throw new Error('disk full')
        events.push('write')
      },
      async close() {
        events.push('close')
      },
      async abort() {
        events.push('abort')
      },
    }
    const w = await createWriter(sink, { schema, rowGroupSize: 100 })
    const e = await failure(w.write(Array.from({ length: 1000 }, (_, i) => row(i))))
    expect(e.code).toBe('WRITE_FAILED')
    expect(e.message).toMatch(/disk full/)
    expect(events).toEqual(['write', 'write', 'write', 'abort'])
  })
})
