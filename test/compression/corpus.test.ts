/**
 * Raw page decompression on corpus files: walks each column chunk's pages
 * with the generated Thrift decoder and checks that every page body inflates
 * to the size its header states.
 */
import { describe, expect, it } from 'vitest'
import { decompressPage } from '../../src/compression/index.js'
import { isParquetError } from '../../src/errors.js'
import { corpusFile } from '../corpus.js'
import { type RawPage, rawPages } from './raw-pages.js'

function pagesOf(path: string): RawPage[] {
  return rawPages(corpusFile(path))
}

const FILES: [string, number][] = [
  ['data/hadoop_lz4_compressed.parquet', 5],
  ['data/hadoop_lz4_compressed_larger.parquet', 5],
  ['data/non_hadoop_lz4_compressed.parquet', 5],
  ['data/lz4_raw_compressed.parquet', 7],
  ['data/lz4_raw_compressed_larger.parquet', 7],
  ['data/concatenated_gzip_members.parquet', 2],
  ['data/byte_stream_split_extended.gzip.parquet', 2],
  ['data/byte_stream_split.zstd.parquet', 6],
  ['data/page_v2_empty_compressed.parquet', 6],
  ['data/alltypes_plain.snappy.parquet', 1],
  ['data/datapage_v2.snappy.parquet', 1],
  ['data/nested_maps.snappy.parquet', 1],
]

describe('corpus pages decompress to their stated size', () => {
  for (const [path, codec] of FILES) {
    it(path, async () => {
      const pages = pagesOf(path)
      expect(pages.length).toBeGreaterThan(0)
      expect(pages.every((p) => p.codec === codec)).toBe(true)
      for (const p of pages) expect((await decompressPage(p.codec, p.body, p.size)).length).toBe(p.size)
    })
  }

  it('concatenated_gzip_members: 513 UINT64 values (8 bytes each) come out of two members', async () => {
    const pages = pagesOf('data/concatenated_gzip_members.parquet')
    const sizes = await Promise.all(pages.map(async (p) => (await decompressPage(p.codec, p.body, p.size)).length))
    expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(513 * 8)
  })

  it('large_string_map.brotli: pages over the bound fail with LIMIT_EXCEEDED, not an allocation', async () => {
    const pages = pagesOf('data/large_string_map.brotli.parquet')
    const big = pages.filter((p) => p.size > 2 ** 30)
    expect(big.length).toBeGreaterThan(0)
    for (const p of big) {
      const e = await decompressPage(p.codec, p.body, p.size).then(() => undefined, (err: unknown) => err)
      expect(isParquetError(e) && e.code).toBe('LIMIT_EXCEEDED')
    }
  })
})
