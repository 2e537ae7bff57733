import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runChunkTask } from '../../src/read/chunk-decoder.js'
import { isParquetError, type ParquetError } from '../../src/errors.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { splitPages } from '../../src/page/page-read.js'
import { readColumns, readRows } from '../../src/read/read.js'
import { createWorkerPool } from '../../src/read/worker-pool.js'
import { date, string, timestamp } from '../../src/schema/field.js'
import { writeRows } from '../../src/write/write.js'
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

// Text as dictionary + indices (gathered in the calling thread), a dictionary
// that falls back to PLAIN mid-chunk, nulls, DATE and TIMESTAMP columns.
describe('decoding in worker threads: text, dates and timestamps', () => {
  const N = 3000
  const KINDS = ['AIR', 'MAIL', 'ship é']
  // Row r: kind from 3 values (every 7th null); note from 5 values for the
  // first 1000 rows, then unique (the dictionary outgrows its limit), every
  // 11th null; day and timestamps spread over centuries, every 13th null.
  const rows = Array.from({ length: N }, (_, r) => ({
    kind: r % 7 === 3 ? null : KINDS[r % 3]!,
    note: r % 11 === 5 ? null : r < 1000 ? `n${r % 5}` : `note ${r} ${'x'.repeat(r % 40)} ü`,
    day: r % 13 === 2 ? null : (r * 37 - 40000),
    ms: r % 13 === 4 ? null : new Date(Date.UTC(1900, 0, 1) + r * 86_400_123 * 17),
    us: r % 13 === 6 ? null : BigInt(r) * 1_234_567_891_011n - 10n ** 15n,
  }))
  const schema = {
    kind: string({ optional: true }),
    note: string({ optional: true }),
    day: date({ optional: true }),
    ms: timestamp('MILLIS', { optional: true, utc: true }),
    us: timestamp('MICROS', { optional: true, utc: true }),
  }
  let bytes: Uint8Array
  let path: string
  let dir: string
  let conn: DuckDBConnection

  beforeAll(async () => {
    bytes = await writeRows(rows, { schema, pageRows: 100, dictionaryPageSizeLimit: 200 })
    dir = mkdtempSync(join(tmpdir(), 'parquet-ts-pool-'))
    path = join(dir, 'text.parquet')
    writeFileSync(path, bytes)
    conn = await (await DuckDBInstance.create(':memory:')).connect()
  })
  afterAll(() => {
    conn?.closeSync()
    rmSync(dir, { recursive: true, force: true })
  })

  async function duck(sql: string): Promise<unknown[][]> {
    return (await conn.runAndReadAll(sql)).getRows() as unknown[][]
  }

  it('writes what the cases need: kind all dictionary pages, note dictionary pages then PLAIN ones, nulls in both', async () => {
    const meta = await readMetadata(bytes)
    const parts = async (column: number) => {
      const info = meta.rowGroups[0]!.columns[column]!
      const data = await runChunkTask({ bytes: bytes.subarray(info.start, info.end), info, rowGroup: { index: 0, numRows: N }, options: { strings: true, keepDictionary: true } })
      expect(data.numLevels - data.numValues).toBeGreaterThan(0)
      return data.dictionaryPages!.parts.map((p) => p instanceof Int32Array)
    }
    expect(new Set(await parts(0))).toEqual(new Set([true]))
    const note = await parts(1)
    expect(note[0]).toBe(true)
    expect(note.at(-1)).toBe(false)
  })

  it.each([
    [{}, false], [{ dates: 'number' as const }, false], [{ timestamps: 'bigint' as const }, false], [{}, true],
  ])('reads the same as on one thread (%o, text decoded in the workers: %s)', async (options, textInWorkers) => {
    const pool2 = createWorkerPool(2, { textInWorkers })
    try {
      expect(await readColumns(bytes, { ...options, decoder: pool2 })).toEqual(await readColumns(bytes, options))
      expect(await readRows(bytes, { ...options, decoder: pool2 })).toEqual(await readRows(bytes, options))
      const range = { ...options, rowStart: 950, rowEnd: 2100 }
      expect(await readColumns(bytes, { ...range, decoder: pool2 })).toEqual(await readColumns(bytes, range))
    } finally {
      await pool2.close()
    }
  })

  it('reads row groups sharing dictionary strings the same as on one thread', async () => {
    // 6 row groups: each chunk's dictionary holds the same strings as the one before.
    const file = await writeRows(rows, { schema, rowGroupSize: 500, pageRows: 100, dictionaryPageSizeLimit: 200 })
    expect((await readMetadata(file)).rowGroups).toHaveLength(6)
    const pool2 = createWorkerPool(2)
    try {
      expect(await readColumns(file, { decoder: pool2 })).toEqual(await readColumns(file))
      const { kind } = await readColumns(file, { decoder: pool2, columns: ['kind'] })
      expect(Array.from(kind!.values as string[], (v, i) => (kind!.nulls?.[i] ? null : v))).toEqual(rows.map((r) => r.kind))
    } finally {
      await pool2.close()
    }
  })

  it('gives DuckDB\'s values for the text, DATE and TIMESTAMP columns', async () => {
    const got = await readRows(bytes, { decoder: pool, dates: 'number' })
    const want = await duck(`SELECT kind, note, date_diff('day', DATE '1970-01-01', day), epoch_ms(ms), epoch_us(us)
      FROM read_parquet('${path}', file_row_number = true) ORDER BY file_row_number`)
    expect(want).toHaveLength(N)
    const ours = got.map((r) => [r.kind, r.note, r.day, r.ms === null ? null : BigInt((r.ms as Date).getTime()), r.us])
    const theirs = want.map((r) => [r[0], r[1], r[2] === null ? null : Number(r[2]), r[3], r[4]])
    expect(ours).toEqual(theirs)
    // And the generator's values (not a reading of ours).
    expect(got.slice(0, 14).map((r) => r.kind)).toEqual(rows.slice(0, 14).map((r) => r.kind))
  })

  it('gives DuckDB\'s values for a corpus dictionary text column with a null (datapage_v2 a)', async () => {
    const file = corpusFile('data/datapage_v2.snappy.parquet')
    const { a } = await readColumns(readFileSync(file), { decoder: pool, columns: ['a'] })
    const want = await duck(`SELECT a FROM read_parquet('${file}', file_row_number = true) ORDER BY file_row_number`)
    const ours = Array.from(a!.values as string[], (v, i) => (a!.nulls?.[i] ? null : v))
    expect(ours).toEqual(want.map((r) => r[0]))
    expect(ours).toContain(null)
  })

  it('brings a dictionary index out of range in a text column back as the same ParquetError', async () => {
    // The kind column's dictionary page header says 1 value instead of 3: indices 1 and 2 are out of range.
    const bad = Uint8Array.from(bytes)
    const info = (await readMetadata(bad)).rowGroups[0]!.columns[0]!
    const dict = splitPages(bad.subarray(info.start, info.end), info.start, { column: 'kind', rowGroup: 0 })[0]!
    const header = bad.subarray(info.start, info.start + (dict.body.byteOffset - bad.byteOffset) - info.start)
    const at = header.lastIndexOf(0x06) // zigzag varint of num_values 3
    header[at] = 0x02
    expect(splitPages(bad.subarray(info.start, info.end), info.start, { column: 'kind', rowGroup: 0 })[0]!.header.dictionary_page_header?.num_values).toBe(1)
    const here = await failure(readColumns(bad, { columns: ['kind'] }))
    const there = await failure(readColumns(bad, { columns: ['kind'], decoder: pool }))
    expect(here.code).toBe('ENCODING_INVALID')
    expect(here.message).toMatch(/dictionary index [12] out of range: the dictionary holds 1 values/)
    expect(there.code).toBe(here.code)
    expect(there.context).toEqual(here.context)
    expect(there.message).toBe(here.message)
  })
})
