/**
 * Split-block bloom filters: the corpus filter bloom_filter.xxhash.bin
 * (header + bitset, with "hello", "parquet", "bloom", "filter" inserted), the
 * spec's sizing statement, and build/insert/check/encode round trips.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bufferSource } from '../../src/io/source.js'
import { decodeBloomFilter, readBloomFilter } from '../../src/query/bloom-read.js'
import {
  bloomBitsPerValue, bloomCheck, bloomFromBitset, bloomHash, bloomInsert, createBloomFilter, encodeBloomFilter,
} from '../../src/query/bloom.js'
import { corpusFile } from '../corpus.js'

const text = (s: string) => new TextEncoder().encode(s)
const CORPUS = new Uint8Array(readFileSync(corpusFile('data/bloom_filter.xxhash.bin')))

describe('corpus bloom_filter.xxhash.bin', () => {
  const filter = decodeBloomFilter(CORPUS)
  it('has whole blocks after the header', () => {
    expect(filter.numBlocks * 32).toBeLessThan(CORPUS.length)
    expect(CORPUS.length - filter.numBlocks * 32).toBeLessThan(32)
  })
  it('holds the four inserted strings', () => {
    for (const s of ['hello', 'parquet', 'bloom', 'filter']) expect(bloomCheck(filter, bloomHash(text(s))), s).toBe(true)
  })
  it('rejects most other strings', () => {
    let present = 0
    for (let i = 0; i < 1000; i++) if (bloomCheck(filter, bloomHash(text(`absent-${i}`)))) present++
    // 4 values in 32 blocks: a false positive needs 8 set bits in one block, rare.
    expect(present).toBeLessThan(20)
  })
  it('reads through a byte source with and without a length', async () => {
    const file = new Uint8Array(8 + CORPUS.length + 8)
    file.set(CORPUS, 8)
    const source = bufferSource(file)
    for (const length of [CORPUS.length, undefined]) {
      const f = await readBloomFilter(source, 8, length, 8 + CORPUS.length)
      expect(f.words).toEqual(filter.words)
    }
  })
  it('rejects a truncated bitset and a filter past the limit with ParquetError', async () => {
    expect(() => decodeBloomFilter(CORPUS.subarray(0, 100))).toThrow(expect.objectContaining({ code: 'METADATA_INVALID' }))
    const source = bufferSource(CORPUS)
    await expect(readBloomFilter(source, 4, undefined, 500)).rejects.toMatchObject({ code: 'METADATA_INVALID' })
    await expect(readBloomFilter(source, 4, 2000, CORPUS.length)).rejects.toMatchObject({ code: 'METADATA_INVALID' })
    expect(() => decodeBloomFilter(new Uint8Array([1, 2, 3]))).toThrow(expect.objectContaining({ code: 'METADATA_INVALID' }))
  })
})

describe('building', () => {
  it('sizes as BloomFilter.md says: about 1.2 MB for a million values at 1%', () => {
    const bytes = (1e6 * bloomBitsPerValue(0.01)) / 8
    expect(bytes).toBeGreaterThan(1.15e6)
    expect(bytes).toBeLessThan(1.25e6)
    // Rounded up to a power of two, at least 32 bytes.
    expect(createBloomFilter(1e6, 0.01).words.length * 4).toBe(2 ** 21)
    expect(createBloomFilter(0, 0.01).words.length * 4).toBe(32)
    expect(() => createBloomFilter(10, 0)).toThrow(expect.objectContaining({ code: 'ARGUMENT_INVALID' }))
    expect(() => createBloomFilter(-1, 0.1)).toThrow(expect.objectContaining({ code: 'ARGUMENT_INVALID' }))
  })
  it('has no false negatives and about the asked false-positive rate', () => {
    const f = createBloomFilter(5000, 0.01)
    for (let i = 0; i < 5000; i++) bloomInsert(f, bloomHash(text(`v${i}`)))
    for (let i = 0; i < 5000; i++) expect(bloomCheck(f, bloomHash(text(`v${i}`)))).toBe(true)
    let fp = 0
    for (let i = 0; i < 20000; i++) if (bloomCheck(f, bloomHash(text(`w${i}`)))) fp++
    // Power-of-two rounding makes the filter larger than needed: the rate is at most the asked 1%.
    expect(fp / 20000).toBeLessThan(0.012)
  })
  it('sets exactly one bit per word of one block per value', () => {
    const f = createBloomFilter(100, 0.01)
    bloomInsert(f, bloomHash(text('x')))
    const set = [...f.words.keys()].filter((i) => f.words[i] !== 0)
    expect(set.length).toBe(8)
    expect(set[7]! - set[0]!).toBe(7)
    expect(set[0]! % 8).toBe(0)
    for (const i of set) expect(f.words[i]! & (f.words[i]! - 1)).toBe(0)
  })
  it('encodes header + bitset that decode back, bytes little-endian', () => {
    const f = createBloomFilter(50, 0.05)
    for (const s of ['hello', 'parquet']) bloomInsert(f, bloomHash(text(s)))
    const bytes = encodeBloomFilter(f)
    const back = decodeBloomFilter(bytes)
    expect(back.words).toEqual(f.words)
    const bitset = bytes.subarray(bytes.length - f.words.length * 4)
    expect(bloomFromBitset(bitset).words).toEqual(f.words)
    // The corpus file's header has the same layout: re-encoding its filter gives its bytes back.
    expect(encodeBloomFilter(decodeBloomFilter(CORPUS))).toEqual(CORPUS.subarray(0, CORPUS.length))
  })
})
