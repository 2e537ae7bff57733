import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { codecName, compressPage, decompressPage, getCodec } from '../../src/compression/index.js'
import { isParquetError } from '../../src/errors.js'
import { SAMPLES, expectBytes } from './helpers.js'

async function rejectsWith(p: Promise<unknown>, code: string): Promise<void> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  )
  expect(isParquetError(e) && e.code).toBe(code)
}

describe('codec table', () => {
  it('names the codecs as parquet.thrift numbers them', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(codecName)).toEqual(['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'LZO', 'BROTLI', 'LZ4', 'ZSTD', 'LZ4_RAW'])
    for (const id of [8, -1, 1.5, Number.NaN]) expect(() => codecName(id)).toThrow(/codec id/)
  })

  it('loads every built-in codec; the writer codecs have compressors', async () => {
    for (let id = 0; id < 8; id++) {
      const codec = await getCodec(id)
      expect(typeof codec.decompress).toBe('function')
      expect(typeof codec.compress === 'function').toBe(![3, 5].includes(id))
    }
  })

  it('raises CODEC_UNSUPPORTED for unknown ids', async () => {
    await rejectsWith(getCodec(8), 'CODEC_UNSUPPORTED')
    await rejectsWith(decompressPage(-1, new Uint8Array(1), 1), 'CODEC_UNSUPPORTED')
    await rejectsWith(compressPage(5, new Uint8Array(1)), 'CODEC_UNSUPPORTED')
  })

  it('returns an empty array for empty input and size 0 without calling the codec', async () => {
    let called = false
    const decompress = () => {
      called = true
      return new Uint8Array(0)
    }
    const custom = { ZSTD: { decompress } }
    expect((await decompressPage(6, new Uint8Array(0), 0, custom)).length).toBe(0)
    expect(called).toBe(false)
  })

  it('uses overrides by name or by id, sync or async', async () => {
    const out = Uint8Array.of(1, 2, 3)
    expect(await decompressPage(1, Uint8Array.of(9), 3, { SNAPPY: { decompress: () => out } })).toBe(out)
    expect(await decompressPage(1, Uint8Array.of(9), 3, { 1: { decompress: async () => out } })).toBe(out)
    await rejectsWith(decompressPage(1, Uint8Array.of(9), 4, { SNAPPY: { decompress: () => out } }), 'CODEC_INVALID')
  })

  it('wraps errors thrown by overrides as CODEC_INVALID', async () => {
    const bad = { GZIP: { decompress: () => { throw new RangeError('boom') } } }
    await rejectsWith(decompressPage(2, Uint8Array.of(1), 1, bad), 'CODEC_INVALID')
  })

  it('refuses pages over maxBytes before allocating', async () => {
    await rejectsWith(decompressPage(4, Uint8Array.of(1), 2 ** 31), 'LIMIT_EXCEEDED')
    await rejectsWith(decompressPage(2, Uint8Array.of(1), 101, undefined, { maxBytes: 100 }), 'LIMIT_EXCEEDED')
    await rejectsWith(decompressPage(2, Uint8Array.of(1), -1), 'PAGE_INVALID')
  })

  it('round-trips every writer codec through compressPage/decompressPage, and reads zlib gzip', async () => {
    const data = SAMPLES.mixed!
    for (const id of [0, 1, 2, 4, 6, 7]) expectBytes(await decompressPage(id, await compressPage(id, data), data.length), data)
    expectBytes(await decompressPage(2, gzipSync(data), data.length), data)
  })
})
