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
import { SAMPLES, expectBytes, mixedData, randomData, textData } from './helpers.js'

const hasCli = existsSync('/usr/bin/zstd')
const cli = (args: string[], input: Uint8Array) => new Uint8Array(execFileSync('zstd', args, { input, maxBuffer: 1 << 28 }))
const BLOCK = 128 * 1024

/** Seeded generator (xorshift32). */
function rng(seed: number): () => number {
  let x = seed | 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 2 ** 32
  }
}

/** Page-like data: little-endian int64 timestamps, length-prefixed strings, runs. */
function pageData(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes)
  const view = new DataView(out.buffer)
  const enc = new TextEncoder()
  let pos = 0
  for (let i = 0; pos < bytes - 64; i++) {
    const kind = (i >>> 8) % 3
    if (kind === 0) {
      view.setBigInt64(pos, BigInt(1_700_000_000_000 + i * 1000 + (i % 7)), true)
      pos += 8
    } else if (kind === 1) {
      const s = enc.encode(`customer_${i % 5003}@example.com`)
      view.setUint32(pos, s.length, true)
      out.set(s, pos + 4)
      pos += 4 + s.length
    } else {
      out.fill(i % 4, pos, pos + 16)
      pos += 16
    }
  }
  return out
}

/** Random inputs built from pieces: noise, small alphabets, runs, copies from earlier, integer columns. */
function fuzzInput(seed: number): Uint8Array {
  const r = rng(seed)
  const size = r() < 0.1 ? Math.floor(r() * 40) : Math.floor(r() ** 2 * (r() < 0.1 ? 600_000 : 150_000))
  const out = new Uint8Array(size)
  let pos = 0
  while (pos < size) {
    const len = Math.min(size - pos, 1 + Math.floor(r() ** 2 * 5000))
    const kind = Math.floor(r() * 5)
    const alphabet = 2 + Math.floor(r() * 200)
    const base = Math.floor(r() * 256)
    const dist = 1 + Math.floor(r() * Math.min(pos, 70_000))
    const stride = [1, 2, 4, 8][Math.floor(r() * 4)]!
    for (let i = 0; i < len; i++, pos++) {
      if (kind === 0) out[pos] = Math.floor(r() * 256)
      else if (kind === 1) out[pos] = (base + Math.floor(r() * alphabet)) & 255
      else if (kind === 2) out[pos] = base
      else if (kind === 3 && pos >= dist) out[pos] = r() < 0.02 ? Math.floor(r() * 256) : out[pos - dist]!
      else out[pos] = i % stride === 0 ? (base + (i / stride) * 3) & 255 : 0
    }
  }
  return out
}

const INPUTS: Record<string, Uint8Array> = {
  ...SAMPLES,
  two: Uint8Array.of(1, 2),
  fifteen: textData(15),
  sixteen: textData(16),
  'block - 1': textData(BLOCK - 1),
  block: mixedData(BLOCK),
  'block + 1': textData(BLOCK + 1),
  'random block + 1': randomData(BLOCK + 1, 3),
  'two blocks': pageData(2 * BLOCK),
  'zeros block + 1': new Uint8Array(BLOCK + 1),
  'pages 3 MB': pageData(3_000_000),
  'binary small alphabet': fuzzInput(12345),
}

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
