/**
 * Parts of the reader loaded with import() only when a read needs them (the
 * query engine for a filter, the page index for a row range, the rare
 * encodings, the rare logical conversions, nested assembly): each test starts
 * from a fresh module graph, so the lazy load itself runs, and checks the
 * result against the corpus facts (FACTS.md, _expect.csv) and the error codes
 * against what the lazily loaded code throws.
 */
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { corpusFile } from '../corpus.js'

type Root = typeof import('../../src/index.js')

/** The root entry, imported into a fresh module graph. */
async function freshRoot(): Promise<Root> {
  vi.resetModules()
  return import('../../src/index.js')
}

const bytes = (rel: string) => new Uint8Array(readFileSync(corpusFile(rel)))

async function errorOf(p: Promise<unknown>): Promise<{ code?: string; context?: Record<string, unknown>; name?: string }> {
  try {
    await p
  } catch (e) {
    return e as { code?: string; context?: Record<string, unknown> }
  }
  throw new Error('expected the read to fail')
}

beforeEach(() => vi.resetModules())
afterEach(() => {
  vi.doUnmock('../../src/read/filtered.js')
  vi.doUnmock('../../src/page/values-decode-rare.js')
  vi.resetModules()
})

describe('the query engine, loaded for a filter', () => {
  it('filters a plain buffer (int32_with_null_pages: 275 nulls of 1000, page 2 all null)', async () => {
    const { readRows } = await freshRoot()
    const file = bytes('data/int32_with_null_pages.parquet')
    const nulls = await readRows(file, { filter: { column: 'int32_field', op: 'isNull' } })
    expect(nulls.length).toBe(275)
    expect(nulls.every((r) => r.int32_field === null)).toBe(true)
    const stats: { rowGroupsRead?: number } = {}
    const values = await readRows(file, { filter: { column: 'int32_field', op: 'isNotNull' }, onStats: (s) => Object.assign(stats, s) })
    expect(values.length).toBe(725)
    expect(stats.rowGroupsRead).toBe(1)
  })

  it('keeps the code of an error thrown by the lazily loaded filter compiler', async () => {
    const { readRows, isParquetError } = await freshRoot()
    const e = await errorOf(readRows(bytes('data/int32_with_null_pages.parquet'), { filter: { column: 'nope', op: 'isNull' } }))
    expect(isParquetError(e)).toBe(true)
    expect(e.code).toBe('ARGUMENT_INVALID')
    expect(e.context?.filter).toBe('filter.column')
  })

  it('reports a failed load of the query engine as IO_ERROR naming the part', async () => {
    vi.doMock('../../src/read/filtered.js', () => {
      throw new Error('chunk lost')
    })
    const { readRows, isParquetError } = await freshRoot()
    const e = await errorOf(readRows(bytes('data/int32_with_null_pages.parquet'), { filter: { column: 'int32_field', op: 'isNull' } }))
    expect(isParquetError(e)).toBe(true)
    expect(e.code).toBe('IO_ERROR')
    expect(e.context?.part).toBe('query')
    // Without a filter the engine is not needed and the read works.
    expect((await readRows(bytes('data/int32_with_null_pages.parquet'))).length).toBe(1000)
  })
})

describe('parts loaded for what a file holds', () => {
  it('decodes DELTA_BINARY_PACKED pages (delta_binary_packed.parquet against its _expect.csv)', async () => {
    const { readRows } = await freshRoot()
    const rows = await readRows(bytes('data/delta_binary_packed.parquet'))
    const csv = readFileSync(corpusFile('data/delta_binary_packed_expect.csv'), 'utf8').trim().split(/\r?\n/)
    const header = csv[0]!.split(',')
    expect(rows.length).toBe(csv.length - 1)
    for (const r of [1, 100, 200]) {
      const cells = csv[r]!.split(',')
      for (const c of [0, 1, 31, header.length - 1]) expect(String(rows[r - 1]![header[c]!])).toBe(cells[c])
    }
  })

  it('converts FLOAT16 values (float16_nonzeros_and_nans.parquet per FACTS.md)', async () => {
    const { readColumns } = await freshRoot()
    const { x } = await readColumns(bytes('data/float16_nonzeros_and_nans.parquet'))
    const values = Array.from({ length: x!.values.length }, (_, i) => (x!.nulls?.[i] ? null : x!.values[i]))
    expect(values).toEqual([null, 1, -2, Number.NaN, 0, -1, -0, 2])
    expect(Object.is(values[6], -0)).toBe(true)
  })

  it('assembles nested values (old_list_structure.parquet: [[1, 2], [3, 4]])', async () => {
    const { readRows } = await freshRoot()
    expect(await readRows(bytes('data/old_list_structure.parquet'))).toEqual([{ a: [[1, 2], [3, 4]] }])
  })

  it('keeps the code of an error thrown by lazily loaded assembly (ARROW-GH-45185: a row starts at repetition level 1)', async () => {
    const { readRows, isParquetError } = await freshRoot()
    const e = await errorOf(readRows(bytes('bad_data/ARROW-GH-45185.parquet')))
    expect(isParquetError(e)).toBe(true)
    expect(e.code).toBe('LEVELS_INVALID')
  })

  it('reads a row range through the lazily loaded page index (int32_with_null_pages: 100-row pages, page 2 all null)', async () => {
    const { readRows } = await freshRoot()
    const rows = await readRows(bytes('data/int32_with_null_pages.parquet'), { rowStart: 200, rowEnd: 300 })
    expect(rows.length).toBe(100)
    expect(rows.every((r) => r.int32_field === null)).toBe(true)
  })
})

describe('a failed load of a rare encoding', () => {
  it('is ENCODING_UNSUPPORTED with the page that needed it; other files still read', async () => {
    vi.doMock('../../src/page/values-decode-rare.js', () => {
      throw new Error('chunk lost')
    })
    const { readRows, isParquetError } = await freshRoot()
    const e = await errorOf(readRows(bytes('data/delta_binary_packed.parquet')))
    expect(isParquetError(e)).toBe(true)
    expect(e.code).toBe('ENCODING_UNSUPPORTED')
    expect(e.context?.encoding).toBe('DELTA_BINARY_PACKED')
    expect(e.context?.page).toBeTypeOf('number')
    expect((await readRows(bytes('data/int32_with_null_pages.parquet'))).length).toBe(1000)
  })
})
