import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import * as brotli from '../../src/compression/brotli.js'
import * as gzip from '../../src/compression/gzip.js'
import { SAMPLES, corruptions, expectBytes, expectParquetError, onlyParquetError } from './helpers.js'

const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts))

describe('gzip (against node:zlib)', () => {
  for (const [name, data] of Object.entries(SAMPLES)) {
    it(`inflates zlib output: ${name}`, () => {
      for (const level of [1, 9]) expectBytes(gzip.decompress(gzipSync(data, { level }), data.length), data)
    })
    it(`zlib inflates our output: ${name}`, () => {
      expectBytes(gunzipSync(gzip.compress(data)), data)
    })
  }

  it('writes no time stamp: MTIME (bytes 4-7, RFC 1952) is 0 and output is reproducible', () => {
    const out = gzip.compress(SAMPLES.text!)
    expect([out[0], out[1], out[2]]).toEqual([0x1f, 0x8b, 8])
    expect(Array.from(out.subarray(4, 8))).toEqual([0, 0, 0, 0])
    expectBytes(gzip.compress(SAMPLES.text!), out)
  })

  it('inflates several members back to back', () => {
    const a = SAMPLES.text!
    const b = SAMPLES.mixed!
    const joined = concat(gzipSync(a), gzipSync(b), gzipSync(new Uint8Array(0)))
    expectBytes(gzip.decompress(joined, a.length + b.length), concat(a, b))
    expectBytes(gzip.decompress(concat(gzipSync(SAMPLES.small!), gzipSync(SAMPLES.small!)), 50), concat(SAMPLES.small!, SAMPLES.small!))
  })

  it('reports expected vs found sizes', () => {
    const e = expectParquetError(() => gzip.decompress(gzipSync(SAMPLES.text!), 1000))
    expect(e.message).toContain('expected 1000')
    expectParquetError(() => gzip.decompress(gzipSync(SAMPLES.small!), 500))
  })

  it('ends corrupt input in ParquetError only', () => {
    const valid = gzipSync(SAMPLES.mixed!)
    for (const bad of corruptions(valid)) onlyParquetError(() => gzip.decompress(bad, SAMPLES.mixed!.length))
    expectParquetError(() => gzip.decompress(Uint8Array.of(1, 2, 3), 3))
  })
})

describe('brotli (against node:zlib)', () => {
  for (const [name, data] of Object.entries(SAMPLES)) {
    it(`decodes zlib output at qualities 1, 5, 11: ${name}`, () => {
      for (const q of [1, 5, 11]) {
        const packed = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: q } })
        expectBytes(brotli.decompress(packed, data.length), data)
      }
    })
    it(`zlib decodes our output: ${name}`, () => {
      expectBytes(brotliDecompressSync(brotli.compress(data)), data)
    })
  }

  it('writes meta-blocks of at most 2^24 bytes that zlib accepts', () => {
    const big = new Uint8Array(2 ** 24 + 5).map((_, i) => i & 0xff)
    expectBytes(brotliDecompressSync(brotli.compress(big)), big)
  })

  it('reports expected vs found sizes', () => {
    const packed = brotliCompressSync(SAMPLES.text!)
    expectParquetError(() => brotli.decompress(packed, 100))
    expectParquetError(() => brotli.decompress(packed, SAMPLES.text!.length + 1))
  })

  it('ends corrupt input in ParquetError only', () => {
    const valid = brotliCompressSync(SAMPLES.mixed!)
    for (const bad of corruptions(valid)) onlyParquetError(() => brotli.decompress(bad, SAMPLES.mixed!.length))
  })
})
