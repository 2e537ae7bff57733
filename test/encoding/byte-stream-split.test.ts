import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import {
  decodeByteStreamSplit,
  decodeByteStreamSplitFixed,
  encodeByteStreamSplit,
  encodeByteStreamSplitFixed,
} from '../../src/encoding/byte-stream-split.js'
import { decodePlainDouble, decodePlainFixed, decodePlainFloat, decodePlainInt32, decodePlainInt64 } from '../../src/encoding/plain.js'
import { readChunks, splitDataPage } from './corpus-pages.js'
import { bytes, expectParquetError, onlyParquetError, rng } from './helpers.js'
import { decodeLevels } from './levels.js'

describe('BYTE_STREAM_SPLIT', () => {
  it('spec example: AA BB CC DD | 00 11 22 33 | A3 B4 C5 D6', () => {
    const split = bytes(0xaa, 0x00, 0xa3, 0xbb, 0x11, 0xb4, 0xcc, 0x22, 0xc5, 0xdd, 0x33, 0xd6)
    const raw = bytes(0xaa, 0xbb, 0xcc, 0xdd, 0x00, 0x11, 0x22, 0x33, 0xa3, 0xb4, 0xc5, 0xd6)
    const out = new Float32Array(3)
    const c = makeCursor(split)
    decodeByteStreamSplit(c, 3, out)
    expect(c.offset).toBe(12)
    expect([...new Uint8Array(out.buffer)]).toEqual([...raw])
    const ref = Buffer.from(raw)
    expect(Object.is(out[2], ref.readFloatLE(8))).toBe(true)
    expect([...decodeByteStreamSplitFixed(makeCursor(split), 3, 4).bytes]).toEqual([...raw])
    expect([...encodeByteStreamSplit(new Float32Array(raw.buffer))]).toEqual([...split])
    expect([...encodeByteStreamSplitFixed({ width: 4, bytes: raw })]).toEqual([...split])
  })

  it('corpus byte_stream_split.zstd.parquet: f32 and f64 decode in range and use all bytes', () => {
    for (const chunk of readChunks('data/byte_stream_split.zstd.parquet')) {
      for (const page of chunk.pages) {
        const pv = splitDataPage(chunk, page, decodeLevels)
        expect(pv.encoding).toBe(9)
        const out = chunk.element.type === 4 ? new Float32Array(pv.nonNull) : new Float64Array(pv.nonNull)
        decodeByteStreamSplit(makeCursor(pv.values), pv.nonNull, out)
        expect(pv.values.length).toBe(pv.nonNull * out.BYTES_PER_ELEMENT)
        // the values are random normals: finite and small
        expect([...out].every((v) => Number.isFinite(v) && Math.abs(v) < 100)).toBe(true)
      }
    }
  })

  it('corpus byte_stream_split_extended.gzip.parquet: each X_byte_stream_split column equals X_plain', () => {
    const chunks = readChunks('data/byte_stream_split_extended.gzip.parquet')
    const decoded = new Map<string, Uint8Array>()
    for (const chunk of chunks) {
      const { type, type_length, name } = chunk.element
      const parts: number[] = []
      for (const page of chunk.pages) {
        const pv = splitDataPage(chunk, page, decodeLevels)
        const c = makeCursor(pv.values)
        const n = pv.nonNull
        let raw: Uint8Array
        if (type === 7) raw = pv.encoding === 9 ? decodeByteStreamSplitFixed(c, n, type_length!).bytes : decodePlainFixed(c, n, type_length!).bytes
        else {
          const out = type === 1 ? new Int32Array(n) : type === 2 ? new BigInt64Array(n) : type === 4 ? new Float32Array(n) : new Float64Array(n)
          if (pv.encoding === 9) decodeByteStreamSplit(c, n, out)
          else if (out instanceof Int32Array) decodePlainInt32(c, n, out)
          else if (out instanceof BigInt64Array) decodePlainInt64(c, n, out)
          else if (out instanceof Float32Array) decodePlainFloat(c, n, out)
          else decodePlainDouble(c, n, out)
          raw = new Uint8Array(out.buffer)
        }
        expect(c.offset).toBe(pv.values.length)
        parts.push(...raw)
      }
      decoded.set(name, Uint8Array.from(parts))
    }
    let pairs = 0
    for (const [name, v] of decoded) {
      if (!name.endsWith('_byte_stream_split')) continue
      const plain = decoded.get(name.replace(/_byte_stream_split$/, '_plain'))!
      expect(plain.length).toBeGreaterThan(0)
      expect([...v]).toEqual([...plain])
      pairs++
    }
    expect(pairs).toBe(7)
  })

  it('round trips every width', () => {
    const r = rng(17)
    const d = Float64Array.from({ length: 333 }, () => (r() - 2 ** 31) / 7)
    d[0] = Number.NaN
    d[1] = -0
    const od = new Float64Array(333)
    decodeByteStreamSplit(makeCursor(encodeByteStreamSplit(d)), 333, od)
    expect([...new Uint8Array(od.buffer)]).toEqual([...new Uint8Array(d.buffer)])
    const i64 = BigInt64Array.from([0n, -1n, 9223372036854775807n, -9223372036854775808n])
    const o64 = new BigInt64Array(5)
    decodeByteStreamSplit(makeCursor(encodeByteStreamSplit(i64)), 4, o64, 1)
    expect([...o64.subarray(1)]).toEqual([...i64])
    const fl = { width: 7, bytes: Uint8Array.from({ length: 7 * 50 }, () => r() & 0xff) }
    expect([...decodeByteStreamSplitFixed(makeCursor(encodeByteStreamSplitFixed(fl)), 50, 7).bytes]).toEqual([...fl.bytes])
  })

  it('too few bytes is ENCODING_INVALID with expected vs found', () => {
    expectParquetError(() => decodeByteStreamSplit(makeCursor(new Uint8Array(11)), 3, new Float32Array(3)), 'ENCODING_INVALID', /expected 12 bytes, found 11/)
    expectParquetError(() => decodeByteStreamSplitFixed(makeCursor(new Uint8Array(11)), 3, 4), 'ENCODING_INVALID', /expected 12 bytes, found 11/)
    expectParquetError(() => decodeByteStreamSplit(makeCursor(new Uint8Array(12)), 3, new Float32Array(2)), 'ARGUMENT_INVALID')
    for (let cut = 0; cut < 24; cut++) {
      expect(onlyParquetError(() => decodeByteStreamSplit(makeCursor(new Uint8Array(cut)), 3, new Float64Array(3)))).toBe('error')
    }
  })
})
