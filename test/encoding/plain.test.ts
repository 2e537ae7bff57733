import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { byteArrayToStrings } from '../../src/encoding/byte-array.js'
import {
  decodePlainBoolean,
  decodePlainByteArray,
  decodePlainDouble,
  decodePlainFixed,
  decodePlainFloat,
  decodePlainInt32,
  decodePlainInt64,
  decodePlainStrings,
  encodePlainBoolean,
  encodePlainByteArray,
  encodePlainFixed,
  encodePlainNumeric,
  encodePlainStrings,
} from '../../src/encoding/plain.js'
import { bytes, expectParquetError, onlyParquetError, rng } from './helpers.js'

/** Copies `b` to a fresh buffer at byte offset `shift` (to test unaligned sources). */
function shifted(b: Uint8Array, shift: number): Uint8Array {
  const buf = new Uint8Array(b.length + shift)
  buf.set(b, shift)
  return buf.subarray(shift)
}

describe('PLAIN fixed-width numbers against Node Buffer', () => {
  const r = rng(1)
  const ints = [0, 1, -1, 2147483647, -2147483648, 123456789, ...Array.from({ length: 50 }, () => r() | 0)]
  const buf32 = Buffer.alloc(4 * ints.length)
  ints.forEach((v, i) => {
    buf32.writeInt32LE(v, 4 * i)
  })

  for (const shift of [0, 1, 3]) {
    it(`INT32, source at byte offset ${shift}`, () => {
      const out = new Int32Array(ints.length + 1)
      const c = makeCursor(shifted(buf32, shift))
      decodePlainInt32(c, ints.length, out, 1)
      expect([...out.subarray(1)]).toEqual(ints)
      expect(c.offset).toBe(buf32.length)
    })
  }
  it('INT32 encode', () => {
    expect(Buffer.from(encodePlainNumeric(Int32Array.from(ints))).equals(buf32)).toBe(true)
  })

  it('INT64 (edge values), unaligned', () => {
    const vals = [0n, -1n, 9223372036854775807n, -9223372036854775808n, 1234567890123456789n]
    const b = Buffer.alloc(8 * vals.length)
    vals.forEach((v, i) => {
    b.writeBigInt64LE(v, 8 * i)
  })
    const out = new BigInt64Array(vals.length)
    decodePlainInt64(makeCursor(shifted(b, 5)), vals.length, out)
    expect([...out]).toEqual(vals)
    expect(Buffer.from(encodePlainNumeric(BigInt64Array.from(vals))).equals(b)).toBe(true)
  })

  it('FLOAT and DOUBLE incl. NaN, -0, infinities', () => {
    const vals = [0, -0, 1.5, -2.25, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e-300, Math.PI]
    const d = Buffer.alloc(8 * vals.length)
    vals.forEach((v, i) => {
    d.writeDoubleLE(v, 8 * i)
  })
    const od = new Float64Array(vals.length)
    decodePlainDouble(makeCursor(shifted(d, 3)), vals.length, od)
    vals.forEach((v, i) => {
    expect(Object.is(od[i], v)).toBe(true)
  })
    expect(Buffer.from(encodePlainNumeric(Float64Array.from(vals))).equals(d)).toBe(true)
    const f = Buffer.alloc(4 * vals.length)
    vals.forEach((v, i) => {
    f.writeFloatLE(v, 4 * i)
  })
    const of = new Float32Array(vals.length)
    decodePlainFloat(makeCursor(shifted(f, 1)), vals.length, of)
    vals.forEach((v, i) => {
    expect(Object.is(of[i], Math.fround(v))).toBe(true)
  })
  })
})

describe('PLAIN BOOLEAN', () => {
  it('bit-packed LSB first', () => {
    // true,false,true,true,false,false,false,false, true  -> 0b00001101, 0b00000001
    const vals = [1, 0, 1, 1, 0, 0, 0, 0, 1]
    const out = new Uint8Array(9)
    const c = makeCursor(bytes(0b00001101, 0b00000001, 0xff))
    decodePlainBoolean(c, 9, out)
    expect([...out]).toEqual(vals)
    expect(c.offset).toBe(2)
    expect([...encodePlainBoolean(vals.map(Boolean))]).toEqual([0b00001101, 1])
  })
})

describe('PLAIN BYTE_ARRAY', () => {
  const strings = ['', 'a', 'hello', 'é', '日本語', '🎉 party', 'x'.repeat(1000), 'mixed ascii then ü']
  const ref = Buffer.concat(
    strings.flatMap((s) => {
      const b = Buffer.from(s, 'utf8')
      const len = Buffer.alloc(4)
      len.writeUInt32LE(b.length)
      return [len, b]
    }),
  )

  it('decodes to offsets + bytes, and to strings', () => {
    const col = decodePlainByteArray(makeCursor(ref), strings.length)
    expect(col.offsets.length).toBe(strings.length + 1)
    expect(byteArrayToStrings(col)).toEqual(strings)
    const out: string[] = []
    const c = makeCursor(ref)
    decodePlainStrings(c, strings.length, out)
    expect(out).toEqual(strings)
    expect(c.offset).toBe(ref.length)
  })

  it('encodes strings and byte arrays like Buffer', () => {
    expect(Buffer.from(encodePlainStrings(strings)).equals(ref)).toBe(true)
    const col = decodePlainByteArray(makeCursor(ref), strings.length)
    expect(Buffer.from(encodePlainByteArray(col)).equals(ref)).toBe(true)
  })

  it('invalid UTF-8 becomes U+FFFD', () => {
    const out: string[] = []
    decodePlainStrings(makeCursor(bytes(2, 0, 0, 0, 0xff, 0x41)), 1, out)
    expect(out).toEqual(['\ufffdA'])
  })

  it('truncations give ENCODING_INVALID', () => {
    for (let cut = 0; cut < ref.length; cut++) {
      const part = ref.subarray(0, cut)
      expect(onlyParquetError(() => decodePlainByteArray(makeCursor(part), strings.length))).toBe('error')
      expect(onlyParquetError(() => decodePlainStrings(makeCursor(part), strings.length, []))).toBe('error')
    }
    expectParquetError(() => decodePlainByteArray(makeCursor(bytes(0xff, 0xff, 0xff, 0xff, 1)), 1), 'ENCODING_INVALID', /expected 4294967295 bytes, found 1/)
  })
})

describe('PLAIN FIXED_LEN_BYTE_ARRAY and INT96', () => {
  it('views width-sized values', () => {
    const data = bytes(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 99)
    const c = makeCursor(data)
    const col = decodePlainFixed(c, 2, 12)
    expect(col.width).toBe(12)
    expect([...col.bytes]).toEqual([...data.subarray(0, 24)])
    expect(c.offset).toBe(24)
    expect([...encodePlainFixed(col)]).toEqual([...data.subarray(0, 24)])
    expectParquetError(() => decodePlainFixed(makeCursor(data), 3, 12), 'ENCODING_INVALID', /expected 36 bytes, found 25/)
  })
})

describe('PLAIN numeric truncation', () => {
  it('never RangeError', () => {
    const b = new Uint8Array(17)
    expectParquetError(() => decodePlainInt32(makeCursor(b), 5, new Int32Array(5)), 'ENCODING_INVALID', /expected 20 bytes, found 17/)
    expectParquetError(() => decodePlainInt64(makeCursor(b), 3, new BigInt64Array(3)), 'ENCODING_INVALID')
    expectParquetError(() => decodePlainDouble(makeCursor(b), 3, new Float64Array(3)), 'ENCODING_INVALID')
    expectParquetError(() => decodePlainBoolean(makeCursor(b), 200, new Uint8Array(200)), 'ENCODING_INVALID')
    expectParquetError(() => decodePlainInt32(makeCursor(b), 4, new Int32Array(3)), 'ARGUMENT_INVALID')
  })
})
