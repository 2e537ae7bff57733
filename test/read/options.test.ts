/**
 * Read options: user codecs, AbortSignal, remote reads over HTTP ranges,
 * and the type-mapping options.
 */
import { readFileSync } from 'node:fs'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readColumns, readRows } from '../../src/read/read.js'
import { corpusFile } from '../corpus.js'
import { type RangeServer, startRangeServer } from '../helpers/range-server.js'

const load = (rel: string) => readFileSync(corpusFile(rel))

describe('user codecs', () => {
  it('a codec passed in options is used instead of the built-in one', async () => {
    let calls = 0
    const gzip = {
      decompress: (bytes: Uint8Array) => {
        calls++
        return new Uint8Array(gunzipSync(bytes))
      },
    }
    const bytes = load('data/concatenated_gzip_members.parquet')
    const rows = await readRows(bytes, { codecs: { GZIP: gzip } })
    expect(calls).toBeGreaterThan(0)
    expect(rows).toEqual(await readRows(bytes))
  })
  it('by codec id, and async', async () => {
    let calls = 0
    const brotli = {
      decompress: async (bytes: Uint8Array) => {
        calls++
        return new Uint8Array(brotliDecompressSync(bytes))
      },
    }
    const file = load('data/geospatial/geospatial.parquet')
    const meta = await readMetadata(file)
    const codecs = new Set(meta.rowGroups.flatMap((rg) => rg.columns.map((c) => c.codec)))
    const rows = await readRows(file, { codecs: { 4: brotli } })
    expect(rows).toEqual(await readRows(file))
    expect(calls > 0).toBe(codecs.has('BROTLI'))
  })
})

describe('abort', () => {
  it('an aborted signal stops the read with ABORTED', async () => {
    const controller = new AbortController()
    controller.abort()
    await expect(readRows(load('data/alltypes_plain.parquet'), { signal: controller.signal })).rejects.toMatchObject({ code: 'ABORTED' })
  })
})

describe('remote reads', () => {
  let server: RangeServer
  beforeAll(async () => {
    server = await startRangeServer({ 'tiny.parquet': corpusFile('data/alltypes_tiny_pages.parquet') })
  })
  afterAll(() => server.close())
  it('a projected, ranged read of a URL fetches a small part of the file', async () => {
    const size = load('data/alltypes_tiny_pages.parquet').length
    server.reset()
    const rows = await readRows(server.url('tiny.parquet'), { columns: ['id'], rowStart: 10, rowEnd: 20 })
    expect(rows.map((r) => r.id)).toEqual((await readRows(load('data/alltypes_tiny_pages.parquet'), { columns: ['id'] })).slice(10, 20).map((r) => r.id))
    expect(server.bytesSent).toBeLessThan(size / 4)
    expect(server.requests).toBeLessThanOrEqual(3)
  })
})

describe('type mapping options', () => {
  it('timestamps as Dates or bigints, decimals as text', async () => {
    const file = load('data/alltypes_plain.parquet')
    const [first] = await readRows(file, { timestamps: 'date', columns: ['timestamp_col'] })
    expect(first!.timestamp_col).toEqual(new Date('2009-03-01T00:00:00Z'))
    const [raw] = await readRows(file, { columns: ['timestamp_col'] })
    expect(raw!.timestamp_col).toBe(1235865600000000000n)
    const decimals = await readRows(load('data/int32_decimal.parquet'), { decimals: 'string' })
    expect(decimals[0]!.value).toBe('1.00')
  })
  it('binaryAsString and int64 as number', async () => {
    const [row] = await readRows(load('data/alltypes_plain.parquet'), { binaryAsString: true, int64: 'number' })
    expect(row!.string_col).toBe('0')
    expect(row!.bigint_col).toBe(0)
    const { bigint_col } = await readColumns(load('data/alltypes_plain.parquet'), { columns: ['bigint_col'] })
    expect(bigint_col!.values).toBeInstanceOf(BigInt64Array)
  })
})
