/**
 * The ZSTD compressor (src/compression/zstd-compress.ts) checked against two
 * independent decoders: the zstd command-line tool and fzstd. Every output
 * must decode to the input byte for byte; sizes are compared with zstd -1.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { decompress as fzstdDecompress } from 'fzstd'
import { describe, expect, it } from 'vitest'
import * as zstd from '../../src/compression/zstd.js'
import { zstdCompress } from '../../src/compression/zstd-compress.js'
import { huffmanScratch, writeLiterals } from '../../src/compression/zstd-huffman.js'
import { BLOCK, INPUTS, fuzzInput, pageData } from './compress-inputs.js'
import { expectBytes, mixedData, randomData, textData } from './helpers.js'

const hasCli = existsSync('/usr/bin/zstd')
const cli = (args: string[], input: Uint8Array) => new Uint8Array(execFileSync('zstd', args, { input, maxBuffer: 1 << 28 }))

describe('zstdCompress round trips through fzstd', () => {
  for (const [name, data] of Object.entries(INPUTS)) {
    it(name, () => {
      expectBytes(fzstdDecompress(zstdCompress(data)), data)
      expectBytes(zstd.decompress(zstd.compress(data), data.length), data)
    })
  }

  it('seeded fuzz: 240 inputs', () => {
    for (let seed = 1; seed <= 240; seed++) {
      const data = fuzzInput(seed)
      const packed = zstdCompress(data)
      expect(packed.length, `seed ${seed}`).toBeLessThanOrEqual(data.length + 18 + 3 * Math.ceil(data.length / BLOCK))
      expectBytes(fzstdDecompress(packed), data)
    }
  })
})

describe.runIf(hasCli)('zstdCompress output decoded by the zstd command-line tool', () => {
  for (const [name, data] of Object.entries(INPUTS)) {
    it(name, () => {
      expectBytes(cli(['-d', '-c'], zstdCompress(data)), data)
    })
  }

  it('seeded fuzz inputs, concatenated frames', () => {
    const parts: Uint8Array[] = []
    const frames: Uint8Array[] = []
    for (let seed = 1000; seed < 1012; seed++) {
      parts.push(fuzzInput(seed))
      frames.push(zstdCompress(parts[parts.length - 1]!))
    }
    expectBytes(cli(['-d', '-c'], Buffer.concat(frames)), Buffer.concat(parts))
  })

  it('frames state their content size (zstd -lv)', () => {
    const data = pageData(300_000)
    const file = '/tmp/parquet-ts-zstd-compress-test.zst'
    execFileSync('sh', ['-c', `cat > ${file}`], { input: zstdCompress(data) })
    const listing = execFileSync('zstd', ['-lv', file]).toString()
    expect(listing).toMatch(/Decompressed Size: .*\(300000 B\)/)
  })

  it('compresses within 20% of zstd -1 on page-like data, text and mixed data', () => {
    for (const data of [pageData(1_000_000), textData(500_000), mixedData(500_000)]) {
      const ours = zstdCompress(data).length
      const reference = cli(['-1', '-c', '--no-check'], data).length
      expect(ours).toBeLessThan(data.length / 2)
      expect(ours).toBeLessThanOrEqual(reference * 1.2)
    }
  })
})

describe('zstdCompress output shape', () => {
  it('stores incompressible data in Raw blocks (output at most 3 bytes per block over the input plus the header)', () => {
    const data = randomData(3 * BLOCK, 9)
    const packed = zstdCompress(data)
    expect(packed.length).toBeLessThanOrEqual(data.length + 9 + 3 * 3)
    // the first block header after magic, descriptor and 4-byte size: type Raw (0), not last, size 128 KiB
    const header = packed[9]! | (packed[10]! << 8) | (packed[11]! << 16)
    expect(header).toBe(BLOCK << 3)
  })

  it('writes a uniform block as one RLE block', () => {
    const packed = zstdCompress(new Uint8Array(1000).fill(7))
    // magic (4), descriptor 0x60 (2-byte size, single segment), size 1000-256, RLE block header (size << 3 | type 1 << 1 | last), byte
    expect(Array.from(packed)).toEqual([0x28, 0xb5, 0x2f, 0xfd, 0x60, 232, 2, 8003 & 255, 8003 >>> 8, 0, 7])
  })
})

/**
 * A frame whose one Compressed block holds only a literals section (and zero
 * sequences), so it decodes to exactly `lits`: checks each literals encoding
 * on its own.
 */
function literalsOnlyFrame(lits: Uint8Array): { frame: Uint8Array; section: Uint8Array } {
  const body = new Uint8Array(lits.length + 1024)
  const end = writeLiterals(lits, body, 0, huffmanScratch())
  const size = end + 1 // Number_of_Sequences byte 0 follows
  const blockHeader = (size << 3) | (2 << 1) | 1
  const n = lits.length
  const head = [0x28, 0xb5, 0x2f, 0xfd, 0xa0, n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24]
  const frame = Uint8Array.from([...head, blockHeader & 255, (blockHeader >>> 8) & 255, blockHeader >>> 16, ...body.subarray(0, size)])
  return { frame, section: body.subarray(0, end) }
}

/** Skewed random bytes over `alphabet` symbols from `base`. */
function skewed(bytes: number, alphabet: number, base: number, seed: number): Uint8Array {
  const r = randomData(bytes, seed)
  return r.map((v) => base + Math.floor(((v / 256) ** 3) * alphabet))
}

describe('literals sections (RFC 8878 section 3.1.1.3.1), each decoded by fzstd and the zstd tool', () => {
  const cases: [string, Uint8Array, (section: Uint8Array) => void][] = [
    ['RLE literals', new Uint8Array(500).fill(113), (s) => expect(s[0]! & 3).toBe(1)],
    ['raw literals (uniform random bytes)', randomData(100, 4), (s) => expect(s[0]! & 3).toBe(0)],
    [
      'Huffman, one stream, weights stored directly (symbols 0..7)',
      skewed(800, 8, 0, 5),
      (s) => {
        expect(s[0]! & 15).toBe(2) // Compressed, Size_Format 0: one stream, 3-byte header
        expect(s[3]!).toBeGreaterThanOrEqual(128)
      },
    ],
    [
      'Huffman, four streams, FSE-compressed weights (symbols up to 255)',
      skewed(5000, 256, 0, 6),
      (s) => {
        expect(s[0]! & 15).toBe(2 | (2 << 2)) // Size_Format 2: four streams, 4-byte header
        expect(s[4]!).toBeLessThan(128)
      },
    ],
    ['Huffman, four streams, 5-byte header', textData(100_000), (s) => expect(s[0]! & 15).toBe(2 | (3 << 2))],
    ['Huffman, two symbols', skewed(3000, 2, 200, 7), (s) => expect(s[0]! & 3).toBe(2)],
  ]
  for (const [name, lits, check] of cases) {
    it(name, () => {
      const { frame, section } = literalsOnlyFrame(lits)
      check(section)
      expectBytes(fzstdDecompress(frame), lits)
      if (hasCli) expectBytes(cli(['-d', '-c'], frame), lits)
    })
  }
})
