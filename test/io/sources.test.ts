import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ParquetError } from '../../src/errors.js'
import { coalesceRanges, readRanges } from '../../src/io/coalesce.js'
import { fileSource } from '../../src/io/node-file.js'
import { blobSource, bufferSource, type ByteSource } from '../../src/io/source.js'
import { toSource } from '../../src/io/to-source.js'
import { parseContentRange } from '../../src/io/url-fetch.js'
import { urlSource } from '../../src/io/url-source.js'
import { type RangeServer, startRangeServer } from '../helpers/range-server.js'

// 1000 bytes whose value is their offset mod 251: any misplaced byte shows.
const DATA = Uint8Array.from({ length: 1000 }, (_, i) => i % 251)
const expected = (start: number, end: number) => Array.from({ length: end - start }, (_, i) => (start + i) % 251)

async function checkSource(source: ByteSource) {
  expect(Array.from(await source.read(10, 20))).toEqual(expected(10, 20))
  expect(Array.from(await source.read(0, 0))).toEqual([])
  const tail = await source.readTail(8)
  expect(tail.byteLength).toBe(1000)
  expect(Array.from(tail.bytes)).toEqual(expected(992, 1000))
  const all = await source.readTail(5000)
  expect(all.bytes.length).toBe(1000)
  await expect(source.read(990, 1001)).rejects.toBeInstanceOf(ParquetError)
  await expect(source.read(-1, 3)).rejects.toMatchObject({ code: 'IO_ERROR' })
}

describe('byte sources', () => {
  let server: RangeServer
  let plain: RangeServer
  let tmp: string
  beforeAll(async () => {
    server = await startRangeServer({ 'f.bin': DATA, 'empty.bin': new Uint8Array(0) })
    plain = await startRangeServer({ 'f.bin': DATA }, { ignoreRange: true })
    tmp = mkdtempSync(join(tmpdir(), 'pqts-'))
    writeFileSync(join(tmp, 'f.bin'), DATA)
  })
  afterAll(async () => {
    await server.close()
    await plain.close()
  })

  it('buffer source reads views', async () => {
    await checkSource(bufferSource(DATA))
    await checkSource(bufferSource(DATA.slice().buffer))
  })
  it('blob source reads slices', async () => {
    await checkSource(blobSource(new Blob([DATA])))
  })
  it('node file source reads and closes', async () => {
    const s = await fileSource(join(tmp, 'f.bin'))
    await checkSource(s)
    await s.close?.()
    await expect(fileSource(join(tmp, 'missing.bin'))).rejects.toMatchObject({ code: 'IO_ERROR' })
  })
  it('url source uses ranges and learns the length from the suffix read', async () => {
    server.reset()
    const s = urlSource(server.url('f.bin'))
    expect(s.byteLength).toBeUndefined()
    await checkSource(s)
    expect(s.byteLength).toBe(1000)
    expect(server.ranges).toContain('bytes=-8')
    expect(server.ranges).toContain('bytes=10-19')
  })
  it('url source falls back when the server ignores Range', async () => {
    plain.reset()
    const s = urlSource(plain.url('f.bin'))
    await checkSource(s)
    // After the first full-body answer every read is served from memory.
    expect(plain.requests).toBe(1)
  })
  it('url source reports HTTP errors and passes headers', async () => {
    await expect(urlSource(server.url('nope.bin')).readTail(8)).rejects.toMatchObject({ code: 'HTTP_ERROR', context: { status: 404 } })
    const guarded = await startRangeServer({ 'f.bin': DATA }, { requireHeader: ['authorization', 'Bearer t'] })
    try {
      await expect(urlSource(guarded.url('f.bin')).readTail(4)).rejects.toMatchObject({ context: { status: 401 } })
      const ok = await urlSource(guarded.url('f.bin'), { headers: { authorization: 'Bearer t' } }).readTail(4)
      expect(Array.from(ok.bytes)).toEqual(expected(996, 1000))
    } finally {
      await guarded.close()
    }
  })
  it('url source accepts a custom fetch', async () => {
    const seen: string[] = []
    const custom: typeof fetch = (input, init) => {
      seen.push(String((init?.headers as Record<string, string> | undefined)?.Range))
      return fetch(input, init)
    }
    await urlSource(server.url('f.bin'), { fetch: custom }).read(5, 9)
    expect(seen).toEqual(['bytes=5-8'])
  })
  it('url source handles an empty file and a fetch failure', async () => {
    const tail = await urlSource(server.url('empty.bin')).readTail(8)
    expect(tail.byteLength).toBe(0)
    const failing: typeof fetch = async () => { throw new TypeError('network down') }
    await expect(urlSource('http://127.0.0.1:1/x', { fetch: failing }).readTail(8)).rejects.toMatchObject({ code: 'IO_ERROR' })
  })
  it('url source honours an aborted signal', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(urlSource(server.url('f.bin')).read(0, 4, { signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED' })
  })
  it('url source bounds requests in flight', async () => {
    let active = 0
    let peak = 0
    const slow: typeof fetch = async (input, init) => {
      active++
      peak = Math.max(peak, active)
      await new Promise((r) => setTimeout(r, 5))
      try { return await fetch(input, init) } finally { active-- }
    }
    const s = urlSource(server.url('f.bin'), { fetch: slow, maxConcurrency: 2 })
    await Promise.all(Array.from({ length: 8 }, (_, i) => s.read(i * 10, i * 10 + 5)))
    expect(peak).toBe(2)
  })
  it('parses Content-Range forms', () => {
    expect(parseContentRange('bytes 0-9/100')).toEqual({ start: 0, end: 9, total: 100 })
    expect(parseContentRange('bytes */100')).toEqual({ start: 0, end: -1, total: 100 })
    expect(parseContentRange('bytes 0-9/*')).toEqual({ start: 0, end: 9, total: undefined })
    expect(parseContentRange('nonsense')).toBeUndefined()
  })
  it('toSource accepts every input kind and rejects paths', () => {
    expect(toSource(DATA).byteLength).toBe(1000)
    expect(toSource(new Blob([DATA])).byteLength).toBe(1000)
    expect(toSource('https://example.invalid/x.parquet').name).toBe('https://example.invalid/x.parquet')
    expect(() => toSource('local.parquet')).toThrow(/parquet-ts\/node/)
    expect(() => toSource(42 as never)).toThrow(ParquetError)
  })
})

describe('range coalescing', () => {
  it('merges ranges closer than the gap', () => {
    expect(coalesceRanges([{ start: 50, end: 60 }, { start: 0, end: 10 }, { start: 12, end: 20 }, { start: 200, end: 210 }], 5))
      .toEqual([{ start: 0, end: 20 }, { start: 50, end: 60 }, { start: 200, end: 210 }])
  })
  it('serves each range from one merged read, in the caller order', async () => {
    const server = await startRangeServer({ 'f.bin': DATA })
    try {
      const s = urlSource(server.url('f.bin'), { byteLength: 1000 })
      const parts = await readRanges(s, [{ start: 500, end: 510 }, { start: 100, end: 110 }, { start: 120, end: 130 }, { start: 7, end: 7 }], { maxGap: 64 })
      expect(parts.map((p) => Array.from(p))).toEqual([expected(500, 510), expected(100, 110), expected(120, 130), []])
      expect(server.requests).toBe(2)
    } finally {
      await server.close()
    }
  })
})

