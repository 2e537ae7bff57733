/**
 * The ZSTD content checksum (low 32 bits of XXH64, src/hash/xxhash64.ts)
 * against xxhsum (Debian's xxhash; run now, and the values it recorded in
 * xxhsum-vectors.json), and the checksums the zstd command-line tool writes
 * into its frames.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as zstd from '../../src/compression/zstd.js'
import { xxhash64Low32 } from '../../src/hash/xxhash64.js'
import { fuzzInput, pageData } from '../compression/compress-inputs.js'
import { expectBytes, expectParquetError, randomData, textData } from '../compression/helpers.js'

const INPUTS: Uint8Array[] = [new Uint8Array(0), Uint8Array.of(97), textData(31), textData(32), textData(33), randomData(1000), pageData(100_003), fuzzInput(3)]
for (let n = 1; n < 80; n += 3) INPUTS.push(randomData(n, n))

describe('xxhash64Low32', () => {
  it('the empty input hashes to 0xef46db3751d8e999 (XXH64 test vector, seed 0)', () => {
    expect(xxhash64Low32(new Uint8Array(0))).toBe(0x51d8e999)
  })

  it.runIf(existsSync('/usr/bin/xxhsum'))('equals xxhsum -H1 (low 32 bits) on inputs of every tail length', () => {
    for (const data of INPUTS) {
      const hex = execFileSync('xxhsum', ['-H1'], { input: data }).toString().split(/\s/)[0]!
      expect(xxhash64Low32(data), `length ${data.length}`).toBe(Number.parseInt(hex.slice(-8), 16))
    }
  })

  it('equals the low half of the values xxhsum -H64 recorded for lengths 0..130', () => {
    const vectors = JSON.parse(readFileSync(new URL('./xxhsum-vectors.json', import.meta.url), 'utf8')) as { length: number; xxh64: string }[]
    for (const { length, xxh64 } of vectors) {
      const b = new Uint8Array(length)
      for (let i = 0; i < length; i++) b[i] = (i * 31 + length) & 255
      expect(xxhash64Low32(b), `length ${length}`).toBe(Number.parseInt(xxh64.slice(8), 16))
    }
  })
})

describe.runIf(existsSync('/usr/bin/zstd'))('ZSTD content checksums', () => {
  const data = pageData(200_000)
  const frame = new Uint8Array(execFileSync('zstd', ['-c', '-3', '--check'], { input: data }))

  it('a zstd frame with a checksum decodes (the checksum verified)', () => {
    expect(frame[4]! & 4).toBe(4) // Content_Checksum_flag
    expectBytes(zstd.decompress(frame, data.length), data)
  })

  it('a wrong checksum is CODEC_INVALID', () => {
    for (const back of [1, 4]) {
      const bad = frame.slice()
      bad[bad.length - back]! ^= 0x10
      expect(expectParquetError(() => zstd.decompress(bad, data.length)).message).toMatch(/content checksum/)
    }
  })
})
