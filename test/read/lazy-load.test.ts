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
