/**
 * The Parquet API service over real HTTP on a free loopback port: every
 * endpoint, the error paths, uploads (good, bad, too large, interrupted),
 * concurrency, and a bounded load test.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readRows } from '../../src/read/read.js'
import { type RunningServer, serve } from '../../src/serve/server.js'
import { corpusFile } from '../corpus.js'

let dir: string
let server: RunningServer

const SAMPLE = 'test/fixtures/sample.parquet'
const NESTED = corpusFile('data/nested_maps.snappy.parquet')
const ALLTYPES = corpusFile('data/alltypes_plain.parquet')

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked field by field
type Json = any

async function get(path: string): Promise<{ status: number; body: Json; text: string }> {
  const response = await fetch(server.url + path)
  const text = await response.text()
  let body: unknown
  try { body = JSON.parse(text) } catch { body = undefined }
  return { status: response.status, body, text }
}

async function post(path: string, body: BodyInit, headers: Record<string, string> = {}) {
  const response = await fetch(server.url + path, { method: 'POST', body, headers })
  return { status: response.status, body: (await response.json()) as Json }
}

const id = (name: string) => encodeURIComponent(name)

beforeAll(async () => {
  dir = realpathSync(mkdtempSync(join(tmpdir(), 'pqts-serve-')))
  mkdirSync(join(dir, 'processed'), { recursive: true })
  copyFileSync(SAMPLE, join(dir, 'processed', 'sample.parquet'))
  copyFileSync(NESTED, join(dir, 'processed', 'nested.parquet'))
  copyFileSync(ALLTYPES, join(dir, 'processed', 'alltypes.parquet'))
  writeFileSync(join(dir, 'secret.txt'), 'outside the listed folders')
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'processed', 'link.parquet'))
  server = await serve({ dir, port: 0, maxUploadBytes: 64 * 1024, maxRows: 50 })
})
afterAll(() => server.close())

describe('read endpoints', () => {
  it('GET /health and /ready', async () => {
    expect(await get('/health')).toMatchObject({ status: 200, body: { status: 'ok' } })
    expect(await get('/ready')).toMatchObject({ status: 200, body: { ready: true } })
  })
  it('GET /api/files lists regular parquet files with rows, not symlinks', async () => {
    const { status, body } = await get('/api/files')
    expect(status).toBe(200)
    const ids = body.files.map((f: { id: string }) => f.id)
    expect(ids).toEqual(['processed/alltypes.parquet', 'processed/nested.parquet', 'processed/sample.parquet'])
    const sample = body.files.find((f: { id: string }) => f.id === 'processed/sample.parquet')
    expect(sample).toMatchObject({ name: 'sample.parquet', size: readFileSync(SAMPLE).length, rows: 5 })
  })
  it('GET /api/files/{id} returns metadata', async () => {
    const { status, body } = await get(`/api/files/${id('processed/alltypes.parquet')}`)
    expect(status).toBe(200)
    expect(body.rows).toBe(8)
    expect(body.rowGroups[0].columns.map((c: { path: string }) => c.path)).toContain('timestamp_col')
  })
  it('GET /api/schema/{id} returns the schema tree', async () => {
    const { body } = await get(`/api/schema/${id('processed/nested.parquet')}`)
    expect(body.schema.children.map((c: { name: string }) => c.name)).toEqual(['a', 'b', 'c'])
  })
  it('GET /api/files/{id}/data pages rows with total_rows; bigints as strings', async () => {
    const { status, body } = await get(`/api/files/${id('processed/alltypes.parquet')}/data?columns=id,bigint_col&offset=2&limit=3`)
    expect(status).toBe(200)
    const expected = (await readRows(readFileSync(ALLTYPES), { columns: ['id', 'bigint_col'] })).slice(2, 5)
    expect(body).toMatchObject({ total_rows: 8, offset: 2, limit: 3 })
    expect(body.rows).toEqual(expected.map((r) => ({ id: r.id, bigint_col: String(r.bigint_col) })))
  })
  it('caps limit at the configured maximum', async () => {
    const { body } = await get(`/api/files/${id('processed/alltypes.parquet')}/data?limit=100000`)
    expect(body.limit).toBe(50)
  })
  it('nested values and maps come through as JSON', async () => {
    const { body } = await get(`/api/files/${id('processed/nested.parquet')}/data?limit=1`)
    expect(body.rows[0]).toEqual({ a: [['a', [[1, true], [2, false]]]], b: 1, c: 1 })
  })
  it('POST /api/query filters and reports the pushdown figures', async () => {
    const filter = { and: [{ column: 'id', op: 'ge', value: 2 }, { column: 'name', op: 'startsWith', value: 'B' }] }
    const { status, body } = await post('/api/query', JSON.stringify({ file: 'processed/sample.parquet', columns: ['id', 'name'], filter }))
    expect(status).toBe(200)
    expect(body.rows).toEqual([{ id: 4, name: 'Barbara' }])
    expect(body.pushdown).toMatchObject({ rowGroups: 1, rowsMatched: 1 })
    const bad = await post('/api/query', JSON.stringify({ file: 'processed/sample.parquet', filter: { column: 'id', op: 'nope', value: 1 } }))
    expect(bad.status).toBe(400)
  })
  it('POST /api/query returns rows', async () => {
    const { status, body } = await post('/api/query', JSON.stringify({ file: 'processed/sample.parquet', columns: ['name'], offset: 1, limit: 2 }))
    expect(status).toBe(200)
    expect(body.rows).toEqual([{ name: 'Grace' }, { name: 'Edsger' }])
  })
})

describe('errors', () => {
  it.each([
    ['/api/files/..%2Fsecret.txt', 400],
    ['/api/files/%2Fetc%2Fpasswd', 400],
    ['/api/files/processed%2F..%2F..%2Fsecret.parquet', 400],
    [`/api/files/${id('processed/link.parquet')}`, 400],
    [`/api/files/${id('processed/missing.parquet')}`, 404],
    ['/api/files/%E0%A4%A', 400],
    ['/api/nothing', 404],
    [`/api/files/${id('processed/sample.parquet')}/data?limit=abc`, 400],
    [`/api/files/${id('processed/sample.parquet')}/data?columns=nope`, 400],
  ])('GET %s → %i with a JSON error', async (path, status) => {
    const answer = await get(path)
    expect(answer.status).toBe(status)
    expect(answer.body.error.code).toMatch(/^[A-Z_]+$/)
  })
  it('POST /api/query with bad JSON or fields → 400', async () => {
    expect((await post('/api/query', '{nope')).status).toBe(400)
    expect((await post('/api/query', JSON.stringify({ columns: ['a'] }))).status).toBe(400)
    expect((await post('/api/query', JSON.stringify({ file: 'processed/sample.parquet', columns: 'name' }))).status).toBe(400)
    expect((await post('/api/query', JSON.stringify({ file: '../secret.txt' }))).status).toBe(400)
  })
})

describe('uploads', () => {
  const listed = async () => (await get('/api/files')).body.files.map((f: { id: string }) => f.id)
  const temps = () => readdirSync(join(dir, 'temp'))

  it('a good upload is validated and listed', async () => {
    const { status, body } = await post('/api/files?name=upload1.parquet', readFileSync(SAMPLE))
    expect(status).toBe(201)
    expect(body).toMatchObject({ id: 'uploads/upload1.parquet', rows: 5 })
    expect(await listed()).toContain('uploads/upload1.parquet')
    expect(temps()).toEqual([])
  })
  it('an existing name gives 409 unless overwrite=true', async () => {
    expect((await post('/api/files?name=upload1.parquet', readFileSync(SAMPLE))).status).toBe(409)
    expect((await post('/api/files?name=upload1.parquet&overwrite=true', readFileSync(SAMPLE))).status).toBe(201)
  })
  it('a bad file, a bad name and a too large body are refused and never listed', async () => {
    expect((await post('/api/files?name=bad.parquet', 'not parquet at all')).status).toBe(422)
    expect((await post('/api/files?name=..%2Fescape.parquet', readFileSync(SAMPLE))).status).toBe(400)
    expect((await post('/api/files?name=big.parquet', new Uint8Array(100 * 1024))).status).toBe(413)
    const ids = await listed()
    expect(ids).not.toContain('uploads/bad.parquet')
    expect(ids).not.toContain('uploads/big.parquet')
    expect(temps()).toEqual([])
  })
  it('an interrupted upload leaves nothing behind', async () => {
    await new Promise<void>((resolve) => {
      const url = new URL(`${server.url}/api/files?name=cut.parquet`)
      const req = request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: 'POST', headers: { 'content-length': '5000' } })
      req.on('error', () => resolve())
      req.write(Buffer.alloc(1000))
      setTimeout(() => {
        req.destroy()
        setTimeout(resolve, 200)
      }, 100)
    })
    expect(await listed()).not.toContain('uploads/cut.parquet')
    expect(temps()).toEqual([])
  })
  it('concurrent uploads and queries all succeed', async () => {
    const bytes = readFileSync(SAMPLE)
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => post(`/api/files?name=c${i}.parquet`, bytes)),
      ...Array.from({ length: 8 }, () => post('/api/query', JSON.stringify({ file: 'processed/sample.parquet', limit: 5 }))),
    ])
    expect(results.map((r) => r.status)).toEqual([...Array(8).fill(201), ...Array(8).fill(200)])
    const ids = await listed()
    for (let i = 0; i < 8; i++) expect(ids).toContain(`uploads/c${i}.parquet`)
  })
})

describe('metrics and load', () => {
  it('GET /metrics is Prometheus text with the named series', async () => {
    const { status, text } = await get('/metrics')
    expect(status).toBe(200)
    for (const name of ['parquet_files_total', 'parquet_queries_total', 'parquet_bytes_read_total', 'parquet_query_duration_seconds_bucket']) {
      expect(text).toMatch(new RegExp(`^${name}[ {]`, 'm'))
    }
    expect(Number(/^parquet_queries_total (\d+)/m.exec(text)![1])).toBeGreaterThan(0)
  })
  it('2,000 requests from 20 concurrent clients: no failure, no growth in open files', async () => {
    const openFiles = () => readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`).startsWith(dir)
      } catch {
        return false
      }
    }).length
    const paths = ['/health', '/api/files', `/api/files/${id('processed/sample.parquet')}/data?limit=5`, `/api/schema/${id('processed/nested.parquet')}`]
    const before = openFiles()
    let failures = 0
    let next = 0
    await Promise.all(Array.from({ length: 20 }, async () => {
      while (next < 2000) {
        const path = paths[next++ % paths.length]!
        const response = await fetch(server.url + path)
        await response.arrayBuffer()
        if (response.status !== 200) failures++
      }
    }))
    expect(failures).toBe(0)
    await new Promise((r) => setTimeout(r, 200))
    // Handles on the data folder's files: every request closes what it opened.
    expect(before).toBe(0)
    expect(openFiles()).toBe(0)
  }, 120_000)
})
