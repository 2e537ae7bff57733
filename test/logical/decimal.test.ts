import { describe, expect, it } from 'vitest'
import { beToBigInt } from '../../src/logical/be-bigint.js'
import { beToNumber, decimalToNumber, formatDecimal } from '../../src/logical/decimal.js'
import { minimalByteLength, parseDecimal, writeBigIntBE } from '../../src/logical/decimal-write.js'
import { hex } from './helpers.js'

// Byte vectors: LogicalTypes.md's two's complement big-endian definition, cross-checked
// with Python's int.to_bytes(n, 'big', signed=True).
const vectors: [string, bigint][] = [
  ['00 01 e2 40', 123456n],
  ['ff fe 1d c0', -123456n],
  ['ff ff ff', -1n],
  ['00 80 00 00 00 00 00 00 00', 2n ** 63n],
  ['ff ff ff ff ff ff ff bd 12 ed c4 f4 27 df c5 ec', -1234567890123456789012n],
  ['80', -128n],
  ['7f', 127n],
  ['', 0n],
]

describe('big-endian two\'s complement', () => {
  it.each(vectors)('reads %s as %s', (text, value) => {
    const bytes = hex(text)
    expect(beToBigInt(bytes, 0, bytes.length)).toBe(value)
    const n = beToNumber(bytes, 0, bytes.length)
    if (value >= -(2n ** 53n) + 1n && value <= 2n ** 53n - 1n) expect(n).toBe(Number(value))
    else expect(n).toBeUndefined()
  })

  it('reads at an offset inside a larger buffer', () => {
    const bytes = hex('aa 00 01 e2 40 bb')
    expect(beToNumber(bytes, 1, 5)).toBe(123456)
    expect(beToBigInt(bytes, 1, 5)).toBe(123456n)
  })

  it('gives exact numbers up to ±(2^53 - 1) and undefined beyond', () => {
    expect(beToNumber(hex('00 1f ff ff ff ff ff ff'), 0, 8)).toBe(2 ** 53 - 1)
    expect(beToNumber(hex('00 20 00 00 00 00 00 00'), 0, 8)).toBeUndefined()
    expect(beToNumber(hex('ff e0 00 00 00 00 00 01'), 0, 8)).toBe(-(2 ** 53) + 1)
    expect(beToNumber(hex('ff e0 00 00 00 00 00 00'), 0, 8)).toBeUndefined()
    // Sign extension over 16 bytes does not lose the small value.
    expect(beToNumber(hex(`${'ff'.repeat(15)}fe`), 0, 16)).toBe(-2)
  })

  it.each(vectors.filter(([t]) => t !== ''))('writes %s back from %s', (text, value) => {
    const expected = hex(text)
    const out = new Uint8Array(expected.length)
    expect(writeBigIntBE(value, out, 0, expected.length)).toBe(true)
    expect(out).toEqual(expected)
  })

  it('uses the minimal width and refuses values that do not fit', () => {
    expect(minimalByteLength(0n)).toBe(1)
    expect(minimalByteLength(127n)).toBe(1)
    expect(minimalByteLength(128n)).toBe(2)
    expect(minimalByteLength(-128n)).toBe(1)
    expect(minimalByteLength(-129n)).toBe(2)
    expect(minimalByteLength(123456n)).toBe(3)
    const out = new Uint8Array(2)
    expect(writeBigIntBE(32768n, out, 0, 2)).toBe(false)
    expect(writeBigIntBE(-32769n, out, 0, 2)).toBe(false)
    expect(out).toEqual(new Uint8Array(2))
  })
})

describe('decimal text', () => {
  it('formats unscaled values with exactly `scale` fraction digits', () => {
    expect(formatDecimal(123456n, 2)).toBe('1234.56') // the 00 01 E2 40 example, scale 2
    expect(formatDecimal(123456, 2)).toBe('1234.56')
    expect(formatDecimal(-5, 2)).toBe('-0.05')
    expect(formatDecimal(100, 2)).toBe('1.00')
    expect(formatDecimal(0, 3)).toBe('0.000')
    expect(formatDecimal(-1234567890123456789012n, 2)).toBe('-12345678901234567890.12')
    expect(formatDecimal(42n, 0)).toBe('42')
    expect(formatDecimal(-42, 0)).toBe('-42')
  })

  it('gives the nearest double', () => {
    expect(decimalToNumber(123456, 2)).toBe(1234.56)
    expect(decimalToNumber(1, 1)).toBe(0.1)
    expect(decimalToNumber(-5n, 2)).toBe(-0.05)
    expect(decimalToNumber(123456789012345678n, 3)).toBe(Number('123456789012345.678'))
    expect(decimalToNumber(1n, 30)).toBe(1e-30)
    // toFixed(scale) gives back the exact text for up to 15 significant digits.
    expect(decimalToNumber(999999999999999n, 5).toFixed(5)).toBe('9999999999.99999')
  })

  it('parses decimal text to the unscaled integer', () => {
    expect(parseDecimal('1234.56', 2, 9)).toBe(123456n)
    expect(parseDecimal('-0.05', 2, 9)).toBe(-5n)
    expect(parseDecimal('+1', 2, 9)).toBe(100n)
    expect(parseDecimal('1.500', 2, 9)).toBe(150n)
    expect(parseDecimal('1e3', 2, 9)).toBe(100000n)
    expect(parseDecimal('12.5E-1', 2, 9)).toBe(125n)
    expect(parseDecimal('.5', 1, 9)).toBe(5n)
    expect(parseDecimal('5.', 0, 9)).toBe(5n)
    expect(parseDecimal('-0', 2, 9)).toBe(0n)
    expect(parseDecimal('-12345678901234567890.12', 2, 38)).toBe(-1234567890123456789012n)
  })

  it('says why text does not fit', () => {
    expect(parseDecimal('1.005', 2, 9)).toBe('more than 2 fraction digits')
    expect(parseDecimal('1e-3', 2, 9)).toBe('more than 2 fraction digits')
    expect(parseDecimal('12345678', 2, 9)).toBe('more than 9 digits')
    expect(parseDecimal('1e999999999999', 2, 9)).toBe('more than 9 digits')
    expect(parseDecimal('1e99999999999999999999999', 2, 9)).toBe('more than 9 digits')
    for (const bad of ['', '.', 'abc', '1.2.3', '0x10', '1e', '--1', 'NaN']) expect(parseDecimal(bad, 2, 9)).toBe('not decimal text')
  })
})
