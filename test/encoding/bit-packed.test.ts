import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { bitPackedLength, decodeBitPacked, encodeBitPacked } from '../../src/encoding/bit-packed.js'
import { bytes, expectParquetError, onlyParquetError, rng } from './helpers.js'

describe('BIT_PACKED (deprecated)', () => {
  // Encodings.md: 0..7 at width 3, MSB first: 00000101 00111001 01110111
  const spec = bytes(0b00000101, 0b00111001, 0b01110111)

  it('decodes the spec example', () => {
    const out = new Int32Array(8)
    const c = makeCursor(spec)
    decodeBitPacked(c, 3, 8, out)
    expect([...out]).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(c.offset).toBe(3)
  })

  it('encodes the spec example', () => {
    expect([...encodeBitPacked([0, 1, 2, 3, 4, 5, 6, 7], 3)]).toEqual([...spec])
  })

  it('30 values of 2 bits take 8 bytes (spec)', () => {
    expect(bitPackedLength(30, 2)).toBe(8)
    expect(encodeBitPacked(Array(30).fill(3), 2).length).toBe(8)
  })

  // Independent reference: value i occupies bits [i*w, (i+1)*w) counted from the MSB of byte 0.
  function refPack(values: number[], w: number): Uint8Array {
    const total = Math.ceil((values.length * w) / 8) * 8
    let acc = 0n
    values.forEach((v, i) => {
      acc |= BigInt(v >>> 0) << BigInt(total - (i + 1) * w)
    })
    const out = new Uint8Array(total / 8)
    for (let i = 0; i < out.length; i++) out[i] = Number((acc >> BigInt(total - 8 * (i + 1))) & 0xffn)
    return out
  }

  for (let w = 0; w <= 32; w++) {
    it(`width ${w} against a BigInt reference packing`, () => {
      const r = rng(w + 1)
      const values = Array.from({ length: 37 }, () => (w === 32 ? r() : r() % 2 ** w))
      const ref = refPack(values, w)
      expect([...encodeBitPacked(values, w)]).toEqual([...ref])
      const out = new Uint32Array(37)
      decodeBitPacked(makeCursor(ref), w, 37, out)
      expect([...out]).toEqual(values)
    })
  }

  it('truncated data is ENCODING_INVALID with expected vs found', () => {
    expectParquetError(() => decodeBitPacked(makeCursor(spec.subarray(0, 2)), 3, 8, new Int32Array(8)), 'ENCODING_INVALID', /expected 3 bytes, found 2/)
    for (let cut = 0; cut < 3; cut++) {
      expect(onlyParquetError(() => decodeBitPacked(makeCursor(spec.subarray(0, cut)), 3, 8, new Int32Array(8)))).toBe('error')
    }
    expectParquetError(() => decodeBitPacked(makeCursor(spec), 33, 1, new Int32Array(8)), 'ENCODING_INVALID')
    expectParquetError(() => decodeBitPacked(makeCursor(spec), 3, 8, new Int32Array(4)), 'ARGUMENT_INVALID')
  })
})
