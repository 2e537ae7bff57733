import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { isParquetError, type ParquetError } from '../../src/errors.js'
import { readColumns, readRows } from '../../src/read/read.js'
import { createWorkerPool } from '../../src/read/worker-pool.js'
import { corpusFile } from '../corpus.js'

// Nested, dictionary, page v2, and the corpus's codecs (SNAPPY, GZIP, ZSTD, LZ4, LZ4_RAW, none; its BROTLI file is over the page limit: see the error test).
const FILES = [
  'data/alltypes_dictionary.parquet',
  'data/alltypes_plain.snappy.parquet',
  'data/nested_lists.snappy.parquet',
  'data/nested_maps.snappy.parquet',
  'data/nested_structs.rust.parquet',
  'data/datapage_v2.snappy.parquet',
  'data/byte_stream_split.zstd.parquet',
  'data/byte_stream_split_extended.gzip.parquet',
  'data/hadoop_lz4_compressed.parquet',
  'data/lz4_raw_compressed_larger.parquet',
  'data/plain-dict-uncompressed-checksum.parquet',
  'data/nulls.snappy.parquet',
]

const pool = createWorkerPool(2)
afterAll(() => pool.close())

async function failure(p: Promise<unknown>): Promise<ParquetError> {
  const e = await p.then(() => undefined, (x: unknown) => x)
  if (!isParquetError(e)) throw new Error(`expected a ParquetError, found ${String(e)}`)
  return e
}

describe('decoding in worker threads', () => {
  it.each(FILES)('%s reads the same as on one thread', async (file) => {
    const bytes = readFileSync(corpusFile(file))
    expect(await readColumns(bytes, { decoder: pool })).toEqual(await readColumns(bytes))
    expect(await readRows(bytes, { decoder: pool })).toEqual(await readRows(bytes))
  })

  it('matches the corpus facts for alltypes_plain (ids 4 5 6 7 2 3 0 1)', async () => {
    const bytes = readFileSync(corpusFile('data/alltypes_plain.snappy.parquet'))
    const { id } = await readColumns(bytes, { decoder: pool, columns: ['id'] })
    expect([...(id!.values as Int32Array)]).toEqual([6, 7])
    const plain = readFileSync(corpusFile('data/alltypes_plain.parquet'))
    const all = await readColumns(plain, { decoder: pool, columns: ['id'] })
    expect([...(all.id!.values as Int32Array)]).toEqual([4, 5, 6, 7, 2, 3, 0, 1])
  })

  it('reads a row range (some pages of a chunk) the same as on one thread', async () => {
    const bytes = readFileSync(corpusFile('data/lz4_raw_compressed_larger.parquet'))
    const options = { rowStart: 1000, rowEnd: 4321 }
    expect(await readColumns(bytes, { ...options, decoder: pool })).toEqual(await readColumns(bytes, options))
  })

  // One failing column per case: with several failing chunks in flight, which error comes first depends on the threads.
  it.each([
    ['data/rle-dict-uncompressed-corrupt-checksum.parquet', 'PAGE_CHECKSUM', ['long_field']],
    ['data/rle-dict-uncompressed-corrupt-checksum.parquet', 'PAGE_CHECKSUM', ['binary_field']],
    ['data/large_string_map.brotli.parquet', 'LIMIT_EXCEEDED', undefined],
  ])('brings a worker error back as the same ParquetError (code and context): %s %s %s', async (file, code, columns) => {
    const bytes = readFileSync(corpusFile(file))
    const here = await failure(readColumns(bytes, { columns }))
    const there = await failure(readColumns(bytes, { columns, decoder: pool }))
    expect(here.code).toBe(code)
    expect(there.code).toBe(here.code)
    expect(there.context).toEqual(here.context)
    expect(there.message).toBe(here.message)
  })

  it('decodes on the calling thread when codecs are overridden (functions cannot cross threads)', async () => {
    const bytes = readFileSync(corpusFile('data/alltypes_plain.snappy.parquet'))
    const { decompress } = await import('../../src/compression/snappy.js')
    let calls = 0
    const codecs = { SNAPPY: { decompress: (input: Uint8Array, size: number) => { calls++; return decompress(input, size) } } }
    const rows = await readRows(bytes, { decoder: pool, codecs: codecs as never })
    expect(calls).toBeGreaterThan(0)
    expect(rows.map((r) => r.id)).toEqual([6, 7])
  })

  it('rejects a bad worker count', () => {
    expect(() => createWorkerPool(0)).toThrow(expect.objectContaining({ code: 'ARGUMENT_INVALID' }))
  })

  it.each([true, false])('lets the process exit after a pooled read (close called: %s)', (close) => {
    const script = `
      import { readFileSync } from 'node:fs'
      import { readColumns } from ${JSON.stringify(new URL('../../src/read/read.ts', import.meta.url).href)}
      import { createWorkerPool } from ${JSON.stringify(new URL('../../src/read/worker-pool.ts', import.meta.url).href)}
      const pool = createWorkerPool(2)
      const c = await readColumns(readFileSync(${JSON.stringify(corpusFile('data/alltypes_plain.snappy.parquet'))}), { decoder: pool })
      console.log(c.id.values.length)
      ${close ? 'await pool.close()' : ''}
    `
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 })
    expect(r.stderr).not.toMatch(/Error/)
    expect(r.signal).toBeNull()
    expect(r.stdout.trim()).toBe('2')
    expect(r.status).toBe(0)
  })
})
