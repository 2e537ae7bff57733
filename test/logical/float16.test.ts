import { describe, expect, it } from 'vitest'
import { float16ToNumber, numberToFloat16 } from '../../src/logical/float16.js'
import { float16ToNumber as fromStatistics } from '../../src/metadata/statistics.js'

describe('float16ToNumber', () => {
  it('decodes the IEEE 754 binary16 bit patterns', () => {
    expect(float16ToNumber(0x3c00)).toBe(1)
    expect(float16ToNumber(0xc000)).toBe(-2)
    expect(float16ToNumber(0x7c00)).toBe(Number.POSITIVE_INFINITY)
    expect(float16ToNumber(0xfc00)).toBe(Number.NEGATIVE_INFINITY)
    expect(float16ToNumber(0x0001)).toBe(2 ** -24) // smallest subnormal
    expect(float16ToNumber(0x03ff)).toBe(1023 * 2 ** -24) // largest subnormal
    expect(float16ToNumber(0x0400)).toBe(2 ** -14) // smallest normal
    expect(float16ToNumber(0x7bff)).toBe(65504) // largest finite
    expect(float16ToNumber(0x3555)).toBe(0.333251953125)
    expect(Object.is(float16ToNumber(0x8000), -0)).toBe(true)
    expect(float16ToNumber(0x7e00)).toBeNaN()
    expect(float16ToNumber(0x7c01)).toBeNaN()
  })

  it('is still exported by statistics.ts', () => {
    expect(fromStatistics).toBe(float16ToNumber)
  })
})

describe('numberToFloat16', () => {
  // Expected patterns from Python's struct.pack('<e', x) (an independent binary16 implementation).
  const vectors: [number, number][] = [
    [1 / 3, 0x3555],
    [65519, 0x7bff],
    [2 ** -25, 0x0000], // tie between 0 and the smallest subnormal: to even
    [3 * 2 ** -25, 0x0002], // tie between 1 and 2 subnormal steps: to even
    [1 + 2 ** -11, 0x3c00], // tie: to even
    [1 + 3 * 2 ** -11, 0x3c02], // tie: to even
    [0.1, 0x2e66],
    [-1e-5, 0x80a8],
    [1e-8, 0x0000],
    [6.1e-5, 0x03ff],
    [2 ** -14 * (1 - 2 ** -11), 0x0400], // tie carries into the smallest normal
    [2.7, 0x4166],
    [123.456, 0x57b7],
    [0.0007, 0x11bc],
    [2 ** -24 * 2.5, 0x0002],
    [1024.5, 0x6400],
    [2049, 0x6800],
    [2051, 0x6802],
    [-65504, 0xfbff],
  ]
  it.each(vectors)('encodes %d as %i', (value, bits) => {
    expect(numberToFloat16(value)).toBe(bits)
  })

  it('overflows to infinity from 65520 and keeps signs and NaN', () => {
    expect(numberToFloat16(65520)).toBe(0x7c00)
    expect(numberToFloat16(-1e9)).toBe(0xfc00)
    expect(numberToFloat16(Number.POSITIVE_INFINITY)).toBe(0x7c00)
    expect(numberToFloat16(-0)).toBe(0x8000)
    expect(numberToFloat16(0)).toBe(0x0000)
    expect(float16ToNumber(numberToFloat16(Number.NaN))).toBeNaN()
  })

  it('round-trips every finite binary16 value', () => {
    const wrong: number[] = []
    for (let bits = 0; bits < 0x10000; bits++) {
      const v = float16ToNumber(bits)
      if (!Number.isNaN(v) && numberToFloat16(v) !== bits) wrong.push(bits)
    }
    expect(wrong).toEqual([])
  })
})
