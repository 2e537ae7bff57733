import { describe, expect, it } from 'vitest'
import { ParquetError } from '../../src/errors.js'
import { fromJsValue, fromJsValues } from '../../src/logical/from-js.js'
import { toJsValues } from '../../src/logical/to-js.js'
import type { SchemaNode } from '../../src/metadata/schema.js'
import { hex, leaf, MICROS, MILLIS, NANOS } from './helpers.js'

const utf8 = (s: string) => new TextEncoder().encode(s)

/** The ParquetError thrown by `f`, or undefined. */
function errorOf(f: () => unknown): ParquetError | undefined {
  try {
    f()
  } catch (e) {
    return e as ParquetError
  }
  return undefined
}

function expectTypeInvalid(node: SchemaNode, value: unknown, message?: RegExp): void {
  const e = errorOf(() => fromJsValue(value, node))
  expect(e).toBeInstanceOf(ParquetError)
  expect(e!.code).toBe('TYPE_INVALID')
  if (message) expect(e!.message).toMatch(message)
}

describe('integers and floats', () => {
  it('writes BOOLEAN, INT32, INT64, FLOAT, DOUBLE', () => {
    expect(fromJsValues([true, false], leaf('BOOLEAN'))).toEqual(Uint8Array.of(1, 0))
    expect(fromJsValues([1, -2, 3n], leaf('INT32'))).toEqual(Int32Array.of(1, -2, 3))
    expect(fromJsValues([1n, -(2n ** 63n), 2 ** 53 - 1], leaf('INT64'))).toEqual(BigInt64Array.of(1n, -(2n ** 63n), 2n ** 53n - 1n))
    expect(fromJsValues([1.5, Number.NaN], leaf('FLOAT'))).toEqual(Float32Array.of(1.5, Number.NaN))
    expect(fromJsValues([0.1], leaf('DOUBLE'))).toEqual(Float64Array.of(0.1))
  })

  it('checks the ranges of INT(8|16|32) and their unsigned forms', () => {
    const int8 = leaf('INT32', { converted_type: 15 })
    expect(fromJsValues([-128, 127], int8)).toEqual(Int32Array.of(-128, 127))
    expectTypeInvalid(int8, 128, /expected an integer in \[-128, 127\] for INT32 INTEGER\(8,true\), found number 128/)
    const uint8 = leaf('INT32', { converted_type: 11 })
    expectTypeInvalid(uint8, 256)
    expectTypeInvalid(uint8, -1)
    const uint32 = leaf('INT32', { converted_type: 13 })
    expect(fromJsValues([4294967295, 2147483648], uint32)).toEqual(Int32Array.of(-1, -2147483648))
    expectTypeInvalid(leaf('INT32'), 2 ** 31)
    expectTypeInvalid(leaf('INT32'), 1.5)
    expectTypeInvalid(leaf('INT32'), '12', /found string "12"/)
  })

  it('writes UINT_64 as its bit pattern and checks INT64 ranges', () => {
    const u64 = leaf('INT64', { converted_type: 14 })
    expect(fromJsValues([2n ** 64n - 1n, 5], u64)).toEqual(BigInt64Array.of(-1n, 5n))
    expectTypeInvalid(u64, -1n)
    expectTypeInvalid(u64, 2n ** 64n)
    expectTypeInvalid(leaf('INT64'), 2n ** 63n)
    expectTypeInvalid(leaf('INT64'), 2 ** 53, /safe number/)
    expectTypeInvalid(leaf('BOOLEAN'), 1)
    expectTypeInvalid(leaf('DOUBLE'), 1n)
  })

  it('writes FLOAT16 as little-endian binary16', () => {
    const node = leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2, logicalType: { FLOAT16: {} } })
    expect(fromJsValues([1, -2, Number.POSITIVE_INFINITY, 2 ** -24], node)).toEqual({ width: 2, bytes: hex('00 3c 00 c0 00 7c 01 00') })
    expectTypeInvalid(node, '1')
  })
})

describe('DECIMAL', () => {
  const dec = (precision: number, scale: number) => ({ logicalType: { DECIMAL: { precision, scale } } })

  it('writes numbers, text and unscaled bigints as two\'s complement bytes', () => {
    const node = leaf('FIXED_LEN_BYTE_ARRAY', { ...dec(9, 2), type_length: 4 })
    // LogicalTypes.md: 1234.56 at scale 2 is the unscaled 123456 = 00 01 E2 40.
    expect(fromJsValue(1234.56, node)).toEqual(hex('00 01 e2 40'))
    expect(fromJsValue('-1234.56', node)).toEqual(hex('ff fe 1d c0'))
    expect(fromJsValue(123456n, node)).toEqual(hex('00 01 e2 40'))
    expect(fromJsValue('0.1', node)).toEqual(hex('00 00 00 0a'))
  })

  it('writes INT32, INT64 and minimal BYTE_ARRAY forms', () => {
    expect(fromJsValues([12.34, '-0.05', 7n], leaf('INT32', dec(9, 2)))).toEqual(Int32Array.of(1234, -5, 7))
    expect(fromJsValues(['-99999999999999.9999', 1], leaf('INT64', dec(18, 4)))).toEqual(BigInt64Array.of(-999999999999999999n, 10000n))
    const ba = leaf('BYTE_ARRAY', dec(30, 2))
    expect(fromJsValue('-12345678901234567890.12', ba)).toEqual(hex('bd 12 ed c4 f4 27 df c5 ec'))
    expect(fromJsValue(1.27, ba)).toEqual(hex('7f'))
    expect(fromJsValue(1.28, ba)).toEqual(hex('00 80'))
    expect(fromJsValue(0, ba)).toEqual(hex('00'))
  })

  it('refuses values with too many digits or fraction digits', () => {
    const node = leaf('INT32', dec(5, 2))
    expectTypeInvalid(node, 1000, /more than 5 digits/)
    expectTypeInvalid(node, '999.995', /more than 2 fraction digits/)
    expectTypeInvalid(node, 0.1 + 0.2, /fraction digits/)
    expectTypeInvalid(node, 100000n, /too many digits/)
    expectTypeInvalid(node, Number.NaN)
    expectTypeInvalid(node, 'twelve', /not decimal text/)
    expectTypeInvalid(node, true)
    expect(fromJsValue(999.99, node)).toBe(99999)
    expectTypeInvalid(leaf('FIXED_LEN_BYTE_ARRAY', { ...dec(9, 0), type_length: 2 }), 40000, /fits 2 bytes/)
  })
})

describe('temporal types', () => {
  it('writes DATE from a Date at UTC midnight or a day number', () => {
    const node = leaf('INT32', { converted_type: 6 })
    expect(fromJsValues([new Date('2020-01-01T00:00:00Z'), 18262, new Date('0001-01-01T00:00:00Z')], node)).toEqual(Int32Array.of(18262, 18262, -719162))
    expectTypeInvalid(node, new Date('2020-01-01T00:00:01Z'), /UTC midnight/)
    expectTypeInvalid(node, new Date(Number.NaN))
    expectTypeInvalid(node, '2020-01-01')
  })

  it('writes TIME within one day', () => {
    expect(fromJsValue(3600000, leaf('INT32', { converted_type: 7 }))).toBe(3600000)
    expectTypeInvalid(leaf('INT32', { converted_type: 7 }), -1)
    const micros = leaf('INT64', { converted_type: 8 })
    expect(fromJsValue(86400000000n, micros)).toBe(86400000000n)
    expectTypeInvalid(micros, 86400000001n)
    const nanos = leaf('INT64', { logicalType: { TIME: { isAdjustedToUTC: true, unit: NANOS } } })
    expect(fromJsValue(5, nanos)).toBe(5n)
  })

  const ts = (unit: object) => leaf('INT64', { logicalType: { TIMESTAMP: { isAdjustedToUTC: true, unit } } })

  it('writes TIMESTAMP from a Date or a count of the unit', () => {
    const d = new Date('1970-01-03T00:00:00Z') // LogicalTypes.md: 172800000 ms
    expect(fromJsValue(d, ts(MILLIS))).toBe(172800000n)
    expect(fromJsValue(d, ts(MICROS))).toBe(172800000000n)
    expect(fromJsValue(d, ts(NANOS))).toBe(172800000000000n)
    expect(fromJsValue(946730096789123456n, ts(NANOS))).toBe(946730096789123456n)
    expect(fromJsValue(-1, ts(MICROS))).toBe(-1n)
    expectTypeInvalid(ts(NANOS), new Date('2300-01-01T00:00:00Z')) // past 2262-04-11 in nanoseconds
    expectTypeInvalid(ts(MILLIS), '1970-01-03')
  })

  it('writes INT96 from a Date or epoch nanoseconds', () => {
    const node = leaf('INT96')
    // 2000-01-01 is Julian day 2451545; 12:34:56.789123456 is 45296789123456 ns of the day.
    expect(fromJsValue(946730096789123456n, node)).toEqual(hex('80 71 06 7b 32 29 00 00 59 68 25 00'))
    expect(fromJsValue(new Date(0), node)).toEqual(hex('00 00 00 00 00 00 00 00 8c 3d 25 00'))
    // One nanosecond before the epoch: Julian day 2440587, nanos of day 86399999999999 (0x4e94914effff).
    expect(fromJsValue(-1n, node)).toEqual(hex('ff ff 4e 91 94 4e 00 00 8b 3d 25 00'))
    expectTypeInvalid(node, 5)
    expectTypeInvalid(node, 2n ** 100n)
  })
})

describe('text and bytes', () => {
  it('gives string[] for text columns of strings, bytes otherwise', () => {
    const str = leaf('BYTE_ARRAY', { converted_type: 0 })
    expect(fromJsValues(['a', 'é'], str)).toEqual(['a', 'é'])
    expect(fromJsValues(['a', utf8('bc')], str)).toEqual({ offsets: Uint32Array.of(0, 1, 3), bytes: utf8('abc') })
    expect(fromJsValue('x', leaf('BYTE_ARRAY', { converted_type: 19 }))).toBe('x')
    expectTypeInvalid(str, 5, /a string or a Uint8Array/)
    expect(fromJsValues([utf8('ab')], leaf('BYTE_ARRAY'))).toEqual({ offsets: Uint32Array.of(0, 2), bytes: utf8('ab') })
    const bson = leaf('BYTE_ARRAY', { converted_type: 20 })
    expect(fromJsValue(hex('05 00 00 00 00'), bson)).toEqual(hex('05 00 00 00 00'))
    expectTypeInvalid(bson, 'text')
  })

  it('writes fixed-length binary of exactly the declared length', () => {
    const node = leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 3 })
    expect(fromJsValues([hex('010203'), 'abc'], node)).toEqual({ width: 3, bytes: hex('010203 616263') })
    expectTypeInvalid(node, hex('0102'), /3 bytes/)
    expectTypeInvalid(node, 'ab')
  })

  it('writes UUIDs from text (either case) or 16 bytes', () => {
    const node = leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 16, logicalType: { UUID: {} } })
    expect(fromJsValue('00112233-4455-6677-8899-AABBCCDDEEFF', node)).toEqual(hex('00112233445566778899aabbccddeeff'))
    expect(fromJsValue(hex('f81d4fae7dec11d0a76500a0c91e6bf6'), node)).toEqual(hex('f81d4fae7dec11d0a76500a0c91e6bf6'))
    expectTypeInvalid(node, '00112233445566778899aabbccddeeff', /UUID/)
    expectTypeInvalid(node, '00112233-4455-6677-8899-aabbccddeeZZ')
  })

  it('writes INTERVAL as three little-endian uint32', () => {
    const node = leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 12, converted_type: 21 })
    expect(fromJsValue({ months: 1, days: 2, milliseconds: 3 }, node)).toEqual(hex('01 00 00 00 02 00 00 00 03 00 00 00'))
    expect(fromJsValue({ months: 4294967295, days: 256, milliseconds: 1000 }, node)).toEqual(hex('ff ff ff ff 00 01 00 00 e8 03 00 00'))
    expectTypeInvalid(node, { months: -1, days: 0, milliseconds: 0 }, /months/)
    expectTypeInvalid(node, { months: 1, days: 0 }, /milliseconds/)
    expectTypeInvalid(node, null)
  })

  it('refuses any value for an UNKNOWN (null) column', () => {
    expectTypeInvalid(leaf('INT32', { logicalType: { UNKNOWN: {} } }), 1, /only nulls/)
    expectTypeInvalid(leaf('BYTE_ARRAY', { logicalType: { UNKNOWN: {} } }), 'a', /only nulls/)
  })
})

describe('round trips through toJsValues', () => {
  const cases: [string, SchemaNode, unknown[]][] = [
    ['DECIMAL(38,2) on FLBA(16)', leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 16, logicalType: { DECIMAL: { precision: 38, scale: 2 } } }), ['-12345678901234567890.12', '0.01', '99999999999999999999999999999999999.99']],
    ['UUID', leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 16, logicalType: { UUID: {} } }), ['f81d4fae-7dec-11d0-a765-00a0c91e6bf6']],
    ['INT96', leaf('INT96'), [0n, -1n, 946730096789123456n, -(2n ** 70n)]],
    ['TIMESTAMP(NANOS)', leaf('INT64', { logicalType: { TIMESTAMP: { isAdjustedToUTC: true, unit: NANOS } } }), [1n, -(2n ** 63n)]],
    ['UINT_32', leaf('INT32', { converted_type: 13 }), [0, 4294967295]],
  ]
  it.each(cases)('%s', (_name, node, values) => {
    expect(Array.from(toJsValues(fromJsValues(values, node), values.length, node))).toEqual(values)
  })
})

describe('TIMESTAMP from Dates, written without a BigInt per value', () => {
  const ts = (unit: object) => leaf('INT64', { logicalType: { TIMESTAMP: { isAdjustedToUTC: true, unit } } })
  it('matches the count of units since the epoch, before and after 1970 and past 2^32 units', () => {
    const ms = [0, -1, 1, 2 ** 32, -(2 ** 32) - 1, 1_700_000_000_123, -62_135_596_800_000, 253_402_300_799_999]
    const dates = ms.map((t) => new Date(t))
    expect(Array.from(fromJsValues(dates, ts({ MILLIS: {} })) as BigInt64Array)).toEqual(ms.map((t) => BigInt(t)))
    expect(Array.from(fromJsValues(dates, ts({ MICROS: {} })) as BigInt64Array)).toEqual(ms.map((t) => BigInt(t) * 1000n))
    // NANOS counts past 2^53 (after about 9e9 ms) are not safe integers and take the exact path; years 1 and 9999 overflow int64 nanos
    const near = ms.slice(0, 6)
    expect(Array.from(fromJsValues(near.map((t) => new Date(t)), ts({ NANOS: {} })) as BigInt64Array)).toEqual(near.map((t) => BigInt(t) * 1_000_000n))
  })
})
