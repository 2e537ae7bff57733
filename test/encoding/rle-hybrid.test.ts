import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import {
  bitWidthOf,
  decodeRleHybrid,
  decodeRleHybridCounting,
  decodeRleHybridWithLength,
  encodeRleConstant,
  encodeRleHybrid,
  encodeRleHybridWithLength,
} from '../../src/encoding/rle-hybrid.js'
import { bytes, expectParquetError, onlyParquetError, rng } from './helpers.js'

function decode(data: Uint8Array, bitWidth: number, count: number): Int32Array {
  const out = new Int32Array(count)
  decodeRleHybrid(makeCursor(data), bitWidth, count, out)
  return out
}

describe('RLE/bit-packed hybrid: spec vectors', () => {
  // Encodings.md: 0..7 at width 3 bit-packed LSB first is 10001000 11000110 11111010;
  // the bit-packed run header for 1 group of 8 is varint(1 << 1 | 1) = 3.
  const spec = bytes(0x03, 0b10001000, 0b11000110, 0b11111010)

  it('decodes the spec bit-packed example 0..7 at width 3', () => {
    expect([...decode(spec, 3, 8)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  })

  it('encodes 0..7 at width 3 to the spec bytes', () => {
    expect([...encodeRleHybrid([0, 1, 2, 3, 4, 5, 6, 7], 3)]).toEqual([...spec])
  })

  it('decodes an RLE run: header varint(len << 1), value in ceil(width/8) bytes', () => {
    // 10 times 5 at width 3: header 20, value byte 5
    expect([...decode(bytes(20, 5), 3, 10)]).toEqual(Array(10).fill(5))
    // 100 times 0x1234 at width 13: header 200 = varint c8 01, value 2 bytes little endian
    expect([...decode(bytes(0xc8, 0x01, 0x34, 0x12), 13, 100)]).toEqual(Array(100).fill(0x1234))
    // width 32 value 0xffffffff
    expect([...decode(bytes(4, 0xff, 0xff, 0xff, 0xff), 32, 2)]).toEqual([-1, -1])
  })

  it('encodes 8 or more repeats as one RLE run', () => {
    expect([...encodeRleHybrid(Array(10).fill(5), 3)]).toEqual([20, 5])
    expect([...encodeRleHybrid(Array(100).fill(0x1234), 13)]).toEqual([0xc8, 0x01, 0x34, 0x12])
  })

  it('decodes mixed runs and cuts a final padded group', () => {
    // RLE 3 x 1 (width 1), then bit-packed 1 group: bits 1,0,1 (rest padding)
    expect([...decode(bytes(6, 1, 3, 0b101), 1, 6)]).toEqual([1, 1, 1, 1, 0, 1])
  })

  it('reads the 4-byte length prefix and leaves the cursor after the data', () => {
    const data = bytes(2, 0, 0, 0, 20, 5, 0xaa)
    const c = makeCursor(data)
    const out = new Int32Array(10)
    decodeRleHybridWithLength(c, 3, 10, out)
    expect([...out]).toEqual(Array(10).fill(5))
    expect(c.offset).toBe(6)
    expect([...encodeRleHybridWithLength(Array(10).fill(5), 3)]).toEqual([2, 0, 0, 0, 20, 5])
  })

  it('bit width 0 gives zeros', () => {
    expect([...decode(bytes(), 0, 5)]).toEqual([0, 0, 0, 0, 0])
  })

  it('bitWidthOf', () => {
    expect([0, 1, 2, 3, 4, 255, 256, 0x7fffffff].map(bitWidthOf)).toEqual([0, 1, 2, 2, 3, 8, 9, 31])
  })
})

// Independent reference: pack value i at bits [i*w, (i+1)*w), LSB first, with BigInt.
function refPack(values: number[], w: number): Uint8Array {
  let acc = 0n
  values.forEach((v, i) => {
    acc |= BigInt(v >>> 0) << BigInt(i * w)
  })
  const out = new Uint8Array(Math.ceil((values.length * w) / 8))
  for (let i = 0; i < out.length; i++) out[i] = Number((acc >> BigInt(8 * i)) & 0xffn)
  return out
}

describe('RLE/bit-packed hybrid: bit-packing checked bit by bit', () => {
  for (let w = 1; w <= 32; w++) {
    it(`width ${w}`, () => {
      const r = rng(w)
      const values = Array.from({ length: 24 }, () => (w === 32 ? r() : r() % 2 ** w))
      const data = new Uint8Array([3 * 2 + 1, ...refPack(values, w)])
      const out = new Uint32Array(24)
      decodeRleHybrid(makeCursor(data), w, 24, out)
      expect([...out]).toEqual(values)
      expect([...encodeRleHybrid(values, w)]).toEqual([...data])
    })
  }
})

describe('RLE/bit-packed hybrid: long bit-packed runs, ending at the end of the bytes', () => {
  // 1000 values (125 groups): most are read through 4-byte windows, the last ones (within 4 bytes of the end) byte by byte.
  for (let w = 1; w <= 32; w++) {
    it(`width ${w}`, () => {
      const r = rng(500 + w)
      const values = Array.from({ length: 1000 }, () => (w === 32 ? r() : r() % 2 ** w))
      const header = 125 * 2 + 1 // varint 251 = fb 01
      const data = new Uint8Array([header & 0x7f | 0x80, header >>> 7, ...refPack(values, w)])
      for (const take of [1000, 997, 999]) {
        const out = new Uint32Array(take + 3)
        decodeRleHybrid(makeCursor(data), w, take, out, 3)
        expect([...out.subarray(3)]).toEqual(values.slice(0, take))
      }
    })
  }
})

describe('RLE/bit-packed hybrid: counting while decoding (definition levels)', () => {
  // RLE 10 x 2, then one bit-packed group [2, 0, 2, 1, 2, 2, 0, 2], then RLE 5 x 1, at width 2.
  const group = [2, 0, 2, 1, 2, 2, 0, 2]
  const data = bytes(20, 2, 3, ...refPack(group, 2), 10, 1)
  const levels = [...Array(10).fill(2), ...group, ...Array(5).fill(1)]

  it('returns how many values equal the match, and decodes as decodeRleHybrid does', () => {
    // Match 2: the ten of the RLE run and five of the group; below 2 some value is above the match.
    for (const [match, expected] of [[2, 15], [1, -1], [0, -1], [3, 0]] as const) {
      const out = new Uint8Array(levels.length)
      expect(decodeRleHybridCounting(makeCursor(data), 2, levels.length, out, 0, data.length, match)).toBe(expected)
      expect([...out]).toEqual(levels)
    }
  })

  it('counts only the values asked for when a run is cut', () => {
    const out = new Uint8Array(14)
    // 10 from the RLE run and 4 of the group: [2, 0, 2, 1]
    expect(decodeRleHybridCounting(makeCursor(data), 2, 14, out, 0, data.length, 2)).toBe(12)
    const out2 = new Uint8Array(7)
    expect(decodeRleHybridCounting(makeCursor(data), 2, 7, out2, 0, data.length, 2)).toBe(7)
  })

  it('-1 when a value is above the match, in an RLE run or in a bit-packed run', () => {
    expect(decodeRleHybridCounting(makeCursor(bytes(20, 3)), 2, 10, new Uint8Array(10), 0, 2, 2)).toBe(-1)
    expect(decodeRleHybridCounting(makeCursor(bytes(3, ...refPack([1, 1, 3, 1, 1, 1, 1, 1], 2))), 2, 8, new Uint8Array(8), 0, 3, 1)).toBe(-1)
  })

  it('a negative match counts nothing; width 0 gives zeros, all equal to match 0', () => {
    expect(decodeRleHybridCounting(makeCursor(data), 2, levels.length, new Uint8Array(levels.length), 0, data.length, -1)).toBe(0)
    expect(decodeRleHybridCounting(makeCursor(bytes()), 0, 6, new Uint8Array(6), 0, 0, 0)).toBe(6)
  })

  it('through the 4-byte length prefix', () => {
    const prefixed = new Uint8Array([data.length, 0, 0, 0, ...data])
    const c = makeCursor(prefixed)
    expect(decodeRleHybridWithLength(c, 2, levels.length, new Uint8Array(levels.length), 0, prefixed.length, 2)).toBe(15)
    expect(c.offset).toBe(prefixed.length)
    const only1 = bytes(4, 0, 0, 0, 20, 1, 10, 0)
    expect(decodeRleHybridWithLength(makeCursor(only1), 2, 15, new Uint8Array(15), 0, only1.length, 1)).toBe(10)
  })
})

describe('RLE/bit-packed hybrid: round trips', () => {
  for (const w of [1, 2, 3, 5, 8, 12, 16, 20, 24, 25, 31, 32]) {
    it(`width ${w}, random runs`, () => {
      const r = rng(100 + w)
      const values: number[] = []
      while (values.length < 5000) {
        const v = w === 32 ? r() : r() % 2 ** w
        const n = r() % 4 === 0 ? 1 + (r() % 40) : 1
        for (let k = 0; k < n; k++) values.push(v)
      }
      const enc = encodeRleHybrid(values, w)
      const out = new Uint32Array(values.length)
      const c = makeCursor(enc)
      decodeRleHybrid(c, w, values.length, out)
      expect([...out]).toEqual(values)
      expect(c.offset).toBe(enc.length)
    })
  }

  it('decodes into Uint8Array and Uint16Array outputs at an offset', () => {
    const values = [1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]
    const enc = encodeRleHybrid(values, 1)
    const u8 = new Uint8Array(15)
    decodeRleHybrid(makeCursor(enc), 1, 13, u8, 2)
    expect([...u8.subarray(2)]).toEqual(values)
    const u16 = new Uint16Array(3)
    decodeRleHybrid(makeCursor(encodeRleHybrid([65535, 3, 3], 16)), 16, 3, u16)
    expect([...u16]).toEqual([65535, 3, 3])
  })
})

describe('RLE/bit-packed hybrid: corrupt input', () => {
  it('too few values', () => {
    expectParquetError(() => decode(bytes(20, 5), 3, 11), 'ENCODING_INVALID', /ends after 10 of 11 values/)
  })
  it('truncated bit-packed run', () => {
    expectParquetError(() => decode(bytes(3, 0x88), 3, 8), 'ENCODING_INVALID', /needs 3 bytes, found 1/)
  })
  it('zero-length runs are rejected rather than looped on', () => {
    expectParquetError(() => decode(bytes(0, 0, 0), 3, 1), 'ENCODING_INVALID', /length 0/)
    expectParquetError(() => decode(bytes(1, 1), 3, 1), 'ENCODING_INVALID', /length 0/)
  })
  it('RLE value wider than the bit width', () => {
    expectParquetError(() => decode(bytes(2, 9), 3, 1), 'ENCODING_INVALID', /does not fit in 3 bits/)
  })
  it('length prefix past the end', () => {
    expectParquetError(() => decodeRleHybridWithLength(makeCursor(bytes(9, 0, 0, 0, 2)), 1, 1, new Int32Array(1)), 'ENCODING_INVALID', /exceeds/)
    expectParquetError(() => decodeRleHybridWithLength(makeCursor(bytes(9, 0)), 1, 1, new Int32Array(1)), 'ENCODING_INVALID')
  })
  it('unterminated varint header', () => {
    expectParquetError(() => decode(bytes(0x80, 0x80), 3, 1), 'ENCODING_INVALID', /varint/)
  })
  it('bit width over the output type', () => {
    expectParquetError(() => decodeRleHybrid(makeCursor(bytes(2, 1)), 9, 1, new Uint8Array(1)), 'ENCODING_INVALID')
    expectParquetError(() => decode(bytes(2, 1), 33, 1), 'ENCODING_INVALID')
  })
  it('output too small is an argument error, not a silent drop', () => {
    expectParquetError(() => decodeRleHybrid(makeCursor(bytes(20, 5)), 3, 10, new Int32Array(5)), 'ARGUMENT_INVALID')
  })
  it('truncations and random bytes give only ParquetError', () => {
    const r = rng(7)
    const values = Array.from({ length: 300 }, (_, i) => (i % 50 < 20 ? 3 : r() % 8))
    const enc = encodeRleHybridWithLength(values, 3)
    for (let cut = 0; cut < enc.length; cut++) {
      expect(onlyParquetError(() => decodeRleHybridWithLength(makeCursor(enc.subarray(0, cut)), 3, 300, new Int32Array(300)))).toBe('error')
    }
    for (let t = 0; t < 2000; t++) {
      const junk = Uint8Array.from({ length: r() % 40 }, () => r() & 0xff)
      const w = r() % 33
      onlyParquetError(() => decodeRleHybrid(makeCursor(junk), w, r() % 200, new Int32Array(200)))
    }
  })
})

describe('encodeRleConstant', () => {
  it('one RLE run for 8 or more copies (hand-encoded), a bit-packed group below 8; the same bytes as the hybrid over the array', () => {
    // 8 ones, width 1: header 8 << 1 = 0x10, value byte 0x01. 300 threes, width 2: header 600 as ULEB128 (0xd8 0x04), value 0x03.
    expect([...encodeRleConstant(1, 8, 1)]).toEqual([0x10, 0x01])
    expect([...encodeRleConstant(3, 300, 2)]).toEqual([0xd8, 0x04, 0x03])
    // 3 ones, width 1: one bit-packed group (header 1 << 1 | 1 = 0x03), bits 0b00000111.
    expect([...encodeRleConstant(1, 3, 1)]).toEqual([0x03, 0x07])
    for (const width of [0, 1, 2, 5, 8, 13]) {
      const value = width === 0 ? 0 : (1 << width) - 1
      for (const count of [0, 1, 7, 8, 9, 63, 64, 1000, 70_000]) {
        expect(encodeRleConstant(value, count, width)).toEqual(encodeRleHybrid(new Array(count).fill(value), width))
      }
    }
  })
})
