/**
 * Bad input ends in ParquetError: every bad_data file, the corrupt-checksum
 * files (FACTS.md says which pages are wrong), the 2 GiB brotli map.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ParquetError } from '../../src/errors.js'
import { readRows } from '../../src/read/read.js'
import { corpusBadFiles, corpusFile } from '../corpus.js'

const load = (rel: string) => readFileSync(corpusFile(rel))

describe('bad_data', () => {
  it.each(corpusBadFiles())('%s ends in a ParquetError', async (rel) => {
    const result = await readRows(load(rel)).then((rows) => rows, (e: unknown) => e)
    if (rel.endsWith('ARROW-GH-43605.parquet') && Array.isArray(result)) {
      // Dictionary indices with bit width 0: reading them as all-zero indices is an accepted answer.
      expect(result.length).toBeGreaterThan(0)
      return
    }
    expect(result).toBeInstanceOf(ParquetError)
    expect((result as ParquetError).code).toMatch(/^[A-Z_]+$/)
  })
})

describe('page checksums', () => {
  it('datapage_v1-corrupt-checksum: page 0 of a is wrong', async () => {
    const error = await readRows(load('data/datapage_v1-corrupt-checksum.parquet')).catch((e) => e)
    expect(error).toMatchObject({ code: 'PAGE_CHECKSUM', context: { column: 'a', page: 0 } })
  })
  it('datapage_v1-corrupt-checksum: page 1 of b is wrong', async () => {
    const error = await readRows(load('data/datapage_v1-corrupt-checksum.parquet'), { columns: ['b'] }).catch((e) => e)
    expect(error).toMatchObject({ code: 'PAGE_CHECKSUM', context: { column: 'b', page: 1 } })
  })
  it('rle-dict-uncompressed-corrupt-checksum: dictionary pages are wrong', async () => {
    for (const column of ['long_field', 'binary_field']) {
      const error = await readRows(load('data/rle-dict-uncompressed-corrupt-checksum.parquet'), { columns: [column] }).catch((e) => e)
      expect(error).toMatchObject({ code: 'PAGE_CHECKSUM', context: { column, page: 0 } })
    }
  })
  it.each([
    'data/datapage_v1-uncompressed-checksum.parquet',
    'data/datapage_v1-snappy-compressed-checksum.parquet',
    'data/plain-dict-uncompressed-checksum.parquet',
    'data/rle-dict-snappy-checksum.parquet',
  ])('%s has right checksums and reads', async (rel) => {
    const rows = await readRows(load(rel))
    expect(rows.length).toBeGreaterThan(0)
  })
  it('verification can be turned off', async () => {
    const rows = await readRows(load('data/datapage_v1-corrupt-checksum.parquet'), { verifyChecksums: false })
    expect(rows).toHaveLength(5120)
  })
})

describe('bounded memory', () => {
  it('large_string_map.brotli: the 2 GiB page is refused before it is allocated', async () => {
    const before = process.memoryUsage().rss
    const error = await readRows(load('data/large_string_map.brotli.parquet')).catch((e) => e)
    expect(error).toBeInstanceOf(ParquetError)
    expect(error.code).toBe('LIMIT_EXCEEDED')
    expect(process.memoryUsage().rss - before).toBeLessThan(512 * 2 ** 20)
  })
})
