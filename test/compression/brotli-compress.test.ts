/**
 * The BROTLI compressor (src/compression/brotli-compress.ts) checked against
 * Node's zlib Brotli decoder (the reference implementation) and against our
 * own decoder (brotli-decode.ts): every output must decode to the input byte
 * for byte; sizes are compared with zlib's Brotli encoder at quality 1.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import * as brotli from '../../src/compression/brotli.js'
import { brotliCompress } from '../../src/compression/brotli-compress.js'
import { INPUTS, fuzzInput, pageData } from './compress-inputs.js'
import { expectBytes, mixedData, randomData, textData } from './helpers.js'

const META_BLOCK = 1 << 18

const INPUTS_BROTLI: Record<string, Uint8Array> = {
  ...INPUTS,
  'meta-block - 1': textData(META_BLOCK - 1),
  'meta-block + 1': mixedData(META_BLOCK + 1),
  'window 64 KiB - 16 + 1 (WBITS 18)': textData(65521),
  'window 64 KiB - 16 (WBITS 16)': textData(65520),
  'pages 5 MB (WBITS 23)': pageData(5_000_000),
}

describe('brotliCompress output decoded by zlib and by our decoder', () => {
  for (const [name, data] of Object.entries(INPUTS_BROTLI)) {
    it(name, () => {
      const packed = brotliCompress(data)
      expectBytes(brotliDecompressSync(packed), data)
      expectBytes(brotli.decompress(packed, data.length), data)
    })
  }

  it('seeded fuzz: 240 inputs', () => {
    for (let seed = 1; seed <= 240; seed++) {
      const data = fuzzInput(seed)
      const packed = brotli.compress(data)
      expect(packed.length, `seed ${seed}`).toBeLessThanOrEqual(data.length + 8 * Math.ceil(data.length / META_BLOCK) + 2)
      expectBytes(brotliDecompressSync(packed), data)
      expectBytes(brotli.decompress(packed, data.length), data)
    }
  })
})

describe('brotliCompress output shape and size', () => {
  it('stores incompressible data in uncompressed meta-blocks', () => {
    const data = randomData(100_000, 5)
    const packed = brotliCompress(data)
    // WBITS 17 is skipped: 18 is written as 1 then 001; one meta-block header (1 + 2 + 20 + 1 bits) padded, data,
    // then ISLAST + ISLASTEMPTY: nothing else (no padding meta-block since brotli-lib's decoder is gone).
    expect(packed.length).toBe(4 + data.length + 1)
    expect(packed[0]! & 0x0f).toBe(0b0011)
    expect(packed[packed.length - 1]).toBe(3)
  })

  it('a stream whose last literals sit in its final input bytes (it hung brotli-lib) decodes', () => {
    const data = fuzzInput(66).subarray(0, 130_471)
    const packed = brotliCompress(data)
    expectBytes(brotliDecompressSync(packed), data)
    expectBytes(brotli.decompress(packed, data.length), data)
  })

  it('compresses about as well as zlib brotli quality 1 on page-like data, text and mixed data', () => {
    for (const data of [pageData(1_000_000), textData(500_000), mixedData(500_000)]) {
      const ours = brotliCompress(data).length
      const reference = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } }).length
      expect(ours).toBeLessThan(data.length / 2)
      expect(ours).toBeLessThanOrEqual(reference * 1.1)
    }
  })
})
