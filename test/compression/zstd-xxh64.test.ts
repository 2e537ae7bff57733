/**
 * XXH64 of the ZSTD content checksum (src/compression/zstd-xxh64.ts) against
 * xxhsum (Debian's xxhash), the BigInt XXH64 of src/query/xxhash64.ts, and the
 * checksums the zstd command-line tool writes into its frames.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as zstd from '../../src/compression/zstd.js'
import { xxh64Low32 } from '../../src/compression/zstd-xxh64.js'
import { xxhash64 } from '../../src/query/xxhash64.js'
import { fuzzInput, pageData } from './compress-inputs.js'
import { expectBytes, expectParquetError, randomData, textData } from './helpers.js'

const INPUTS: Uint8Array[] = [new Uint8Array(0), Uint8Array.of(97), textData(31), textData(32), textData(33), randomData(1000), pageData(100_003), fuzzInput(3)]
for (let n = 1; n < 80; n += 3) INPUTS.push(randomData(n, n))

describe('xxh64Low32', () => {
  it('the empty input hashes to 0xef46db3751d8e999 (XXH64 test vector, seed 0)', () => {
    expect(xxh64Low32(new Uint8Array(0))).toBe(0x51d8e999)
  })

  it.runIf(existsSync('/usr/bin/xxhsum'))('equals xxhsum -H1 (low 32 bits) on inputs of every tail length', () => {
    for (const data of INPUTS) {
      const hex = execFileSync('xxhsum', ['-H1'], { input: data }).toString().split(/\s/)[0]!
      expect(xxh64Low32(data), `length ${data.length}`).toBe(Number.parseInt(hex.slice(-8), 16))
    }
  })

  it('equals the low half of the BigInt XXH64', () => {
    for (const data of INPUTS) expect(xxh64Low32(data)).toBe(Number(xxhash64(data) & 0xffffffffn))
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
