import { describe, expect, it } from 'vitest'
import { ParquetError } from '../../src/errors.js'
import { isStringColumn, toJsValue, toJsValues } from '../../src/logical/to-js.js'
import { byteArrayCol, fixedCol, hex, leaf, MICROS, MILLIS, NANOS } from './helpers.js'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('integers', () => {
  it('gives INT32 and INT(8|16|32, true) as the Int32Array itself', () => {
    const v = Int32Array.of(1, -2, 3)
    expect(toJsValues(v, 3, leaf('INT32'), {})).toBe(v)
    expect(toJsValues(v, 3, leaf('INT32', { converted_type: 15 }))).toBe(v) // INT_8
    expect(toJsValues(v, 2, leaf('INT32', { logicalType: { INTEGER: { bitWidth: 16, isSigned: true } } }))).toEqual(Int32Array.of(1, -2))
  })

  it('reads unsigned 32-bit values without the sign', () => {
    const v = Int32Array.of(-1, 2, -2147483648)
    const out = toJsValues(v, 3, leaf('INT32', { converted_type: 13 })) // UINT_32
    expect(Array.from(out)).toEqual([4294967295, 2, 2147483648])
    expect(Array.from(toJsValues(Int32Array.of(255), 1, leaf('INT32', { logicalType: { INTEGER: { bitWidth: 8, isSigned: false } } })))).toEqual([255])
  })

  it('gives INT64 as bigint, UINT_64 as unsigned bigint', () => {
    const v = BigInt64Array.of(-1n, 2n ** 62n)
    expect(toJsValues(v, 2, leaf('INT64'))).toBe(v)
    expect(Array.from(toJsValues(v, 2, leaf('INT64', { converted_type: 14 })))).toEqual([2n ** 64n - 1n, 2n ** 62n])
  })

  it("gives exact numbers with int64: 'number' and refuses values it cannot hold", () => {
    const node = leaf('INT64')
    expect(Array.from(toJsValues(BigInt64Array.of(-5n, 2n ** 53n - 1n), 2, node, { int64: 'number' }))).toEqual([-5, 2 ** 53 - 1])
    expect(() => toJsValues(BigInt64Array.of(1n, 2n ** 53n), 2, node, { int64: 'number' })).toThrow(/found 9007199254740992/)
    expect(() => toJsValues(BigInt64Array.of(-(2n ** 53n)), 1, node, { int64: 'number' })).toThrow(ParquetError)
    const u64 = leaf('INT64', { logicalType: { INTEGER: { bitWidth: 64, isSigned: false } } })
    expect(() => toJsValues(BigInt64Array.of(-1n), 1, u64, { int64: 'number' })).toThrow(/18446744073709551615/)
  })

  it('maps BOOLEAN, FLOAT and DOUBLE', () => {
    expect(toJsValues(Uint8Array.of(1, 0, 1), 3, leaf('BOOLEAN'))).toEqual([true, false, true])
    const f = Float32Array.of(1.5, -0.25)
    expect(toJsValues(f, 2, leaf('FLOAT'))).toBe(f)
    const d = Float64Array.of(0.1, 2, 3)
    expect(toJsValues(d, 2, leaf('DOUBLE'))).toEqual(Float64Array.of(0.1, 2))
  })
})

describe('DECIMAL', () => {
  const dec = (precision: number, scale: number) => ({ logicalType: { DECIMAL: { precision, scale } } })
  const flba = leaf('FIXED_LEN_BYTE_ARRAY', { ...dec(9, 2), type_length: 4 })
  // LogicalTypes.md: two's complement big-endian; 0x0001E240 = 123456.
  const col = fixedCol(4, hex('00 01 e2 40'), hex('ff fe 1d c0'), hex('00 00 00 00'))

  it('gives numbers by default up to precision 15', () => {
    expect(toJsValues(col, 3, flba)).toEqual([1234.56, -1234.56, 0])
    expect(toJsValues(Int32Array.of(123456, -5), 2, leaf('INT32', dec(9, 2)))).toEqual([1234.56, -0.05])
    expect(toJsValues(BigInt64Array.of(-123456789012345n), 1, leaf('INT64', dec(15, 3)))).toEqual([-123456789012.345])
  })

  it('gives exact text by default above precision 15', () => {
    const big = leaf('FIXED_LEN_BYTE_ARRAY', { ...dec(38, 2), type_length: 16 })
    const bytes = fixedCol(16, hex('ff ff ff ff ff ff ff bd 12 ed c4 f4 27 df c5 ec'), hex(`${'00'.repeat(15)}64`))
    expect(toJsValues(bytes, 2, big)).toEqual(['-12345678901234567890.12', '1.00'])
    expect(toJsValues(BigInt64Array.of(-(2n ** 63n)), 1, leaf('INT64', dec(18, 4)))).toEqual(['-922337203685477.5808'])
  })

  it('honours the decimals option on every physical type', () => {
    expect(toJsValues(col, 2, flba, { decimals: 'string' })).toEqual(['1234.56', '-1234.56'])
    expect(toJsValues(col, 2, flba, { decimals: 'bigint' })).toEqual([123456n, -123456n])
    const ba = leaf('BYTE_ARRAY', dec(30, 3))
    const values = byteArrayCol(hex('01 e2 40'), hex('ff'), hex('00 80 00 00 00 00 00 00 00'))
    expect(toJsValues(values, 3, ba)).toEqual(['123.456', '-0.001', '9223372036854775.808'])
    expect(toJsValues(values, 3, ba, { decimals: 'number' })).toEqual([123.456, -0.001, Number('9223372036854775.808')])
    expect(toJsValues(Int32Array.of(7), 1, leaf('INT32', dec(5, 1)), { decimals: 'bigint' })).toEqual([7n])
    expect(toJsValues(BigInt64Array.of(7n), 1, leaf('INT64', dec(12, 1)), { decimals: 'string' })).toEqual(['0.7'])
  })

  it('reads the legacy ConvertedType DECIMAL with precision and scale fields', () => {
    expect(toJsValues(Int32Array.of(-1), 1, leaf('INT32', { converted_type: 5, precision: 4, scale: 2 }))).toEqual([-0.01])
  })

  it('refuses a scale that is negative or over the precision', () => {
    expect(() => toJsValues(Int32Array.of(1), 1, leaf('INT32', dec(2, 3)))).toThrow(/scale/)
    expect(() => toJsValues(Int32Array.of(1), 1, leaf('INT32', dec(2, -1)))).toThrow(ParquetError)
  })
})

describe('temporal types', () => {
  it('gives DATE as a Date at UTC midnight, or days', () => {
    const node = leaf('INT32', { converted_type: 6 })
    // 2020-01-01 is day 18262 (Python: date(2020,1,1) - date(1970,1,1)).
    const out = toJsValues(Int32Array.of(0, 18262, -719162), 3, node) as Date[]
    expect(out.map((d) => d.toISOString())).toEqual(['1970-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z'])
    expect(toJsValues(Int32Array.of(18262), 1, node, { dates: 'number' })).toEqual(Int32Array.of(18262))
    expect((toJsValues(Int32Array.of(2 ** 31 - 1), 1, node)[0] as Date).getTime()).toBeNaN()
  })

  it('gives TIME(MILLIS) as number and TIME(MICROS|NANOS) as bigint', () => {
    expect(toJsValues(Int32Array.of(3600000), 1, leaf('INT32', { converted_type: 7 }))).toEqual(Int32Array.of(3600000))
    const micros = BigInt64Array.of(86399999999n)
    expect(toJsValues(micros, 1, leaf('INT64', { converted_type: 8 }))).toBe(micros)
    const nanos = leaf('INT64', { logicalType: { TIME: { isAdjustedToUTC: false, unit: NANOS } } })
    expect(toJsValues(BigInt64Array.of(5n), 1, nanos, { int64: 'number' })).toEqual(Float64Array.of(5))
  })

  const ts = (unit: object, utc = true) => leaf('INT64', { logicalType: { TIMESTAMP: { isAdjustedToUTC: utc, unit } } })

  it('gives TIMESTAMP(MILLIS) as Date and MICROS/NANOS as bigint by default', () => {
    // LogicalTypes.md: 172800000 ms is 1970-01-03 00:00:00 UTC.
    const ms = toJsValues(BigInt64Array.of(172800000n, 169200000n), 2, ts(MILLIS)) as Date[]
    expect(ms.map((d) => d.toISOString())).toEqual(['1970-01-03T00:00:00.000Z', '1970-01-02T23:00:00.000Z'])
    const us = BigInt64Array.of(172800000001n)
    expect(toJsValues(us, 1, ts(MICROS))).toBe(us)
    expect(toJsValues(BigInt64Array.of(1n), 1, ts(NANOS, false))).toEqual(BigInt64Array.of(1n))
  })

  it("gives Dates rounded down to the millisecond with timestamps: 'date'", () => {
    const us = toJsValues(BigInt64Array.of(172800001999n, -1n, 946730096789123n), 3, ts(MICROS), { timestamps: 'date' }) as Date[]
    expect(us.map((d) => d.toISOString())).toEqual(['1970-01-03T00:00:00.001Z', '1969-12-31T23:59:59.999Z', '2000-01-01T12:34:56.789Z'])
    const ns = toJsValues(BigInt64Array.of(946730096789123456n, -(2n ** 63n)), 2, ts(NANOS), { timestamps: 'date' }) as Date[]
    expect(ns[0]!.toISOString()).toBe('2000-01-01T12:34:56.789Z')
    expect(ns[1]!.toISOString()).toBe('1677-09-21T00:12:43.145Z') // LogicalTypes.md: NANOS start at 1677-09-21 00:12:43
    const ms = toJsValues(BigInt64Array.of(2n ** 62n), 1, ts(MILLIS)) as Date[]
    expect(ms[0]!.getTime()).toBeNaN()
  })

  it("gives the raw count with timestamps: 'bigint'", () => {
    const v = BigInt64Array.of(172800000n)
    expect(toJsValues(v, 1, ts(MILLIS), { timestamps: 'bigint' })).toBe(v)
    expect(toJsValues(v, 1, leaf('INT64', { converted_type: 9 }), { timestamps: 'bigint' })).toBe(v)
  })

  // INT96: 8 bytes LE nanoseconds of day, 4 bytes LE Julian day; Julian day 2440588 is 1970-01-01.
  // 2000-01-01 is Julian day 2451545 (0x00256859); 12:34:56.789123456 is 45296789123456 ns (0x29327b067180).
  const epoch = hex('00 00 00 00 00 00 00 00 8c 3d 25 00')
  const y2k = hex('80 71 06 7b 32 29 00 00 59 68 25 00')
  const dayBefore = hex('ff ff ff ff ff ff ff ff 8b 3d 25 00') // day 2440587 + (2^64 - 1 as int64 = -1) ns

  it('gives INT96 as bigint nanoseconds since the epoch', () => {
    const out = toJsValues(fixedCol(12, epoch, y2k, dayBefore), 3, leaf('INT96'))
    expect(out).toEqual([0n, 946730096789123456n, -86400000000001n])
    expect(toJsValues(fixedCol(12, y2k), 1, leaf('INT96'), { timestamps: 'bigint' })).toEqual([946730096789123456n])
  })

  it("gives INT96 as Date with timestamps: 'date'", () => {
    const out = toJsValues(fixedCol(12, epoch, y2k, dayBefore), 3, leaf('INT96'), { timestamps: 'date' }) as Date[]
    expect(out.map((d) => d.toISOString())).toEqual(['1970-01-01T00:00:00.000Z', '2000-01-01T12:34:56.789Z', '1969-12-30T23:59:59.999Z'])
    // Julian day 0 with nanos of day 2^62: outside 64-bit epoch nanos, still a valid instant.
    const old = toJsValues(fixedCol(12, hex('00 00 00 00 00 00 00 40 00 00 00 00')), 1, leaf('INT96'))
    expect(old).toEqual([-2440588n * 86400000000000n + 2n ** 62n])
  })
})

describe('text and bytes', () => {
  it('gives STRING, ENUM, JSON as strings from either shape', () => {
    const strings = ['a', 'é']
    expect(toJsValues(strings, 2, leaf('BYTE_ARRAY', { converted_type: 0 }))).toBe(strings)
    expect(toJsValues(byteArrayCol(utf8('{"a":1}'), utf8('€')), 2, leaf('BYTE_ARRAY', { converted_type: 19 }))).toEqual(['{"a":1}', '€'])
    expect(toJsValues(byteArrayCol(utf8('RED')), 1, leaf('BYTE_ARRAY', { logicalType: { ENUM: {} } }))).toEqual(['RED'])
  })

  it('gives unannotated binary as Uint8Array views, or strings with binaryAsString', () => {
    const col = byteArrayCol(utf8('ab'), new Uint8Array(0), utf8('c'))
    const out = toJsValues(col, 3, leaf('BYTE_ARRAY')) as Uint8Array[]
    expect(out).toEqual([utf8('ab'), new Uint8Array(0), utf8('c')])
    expect(out[0]!.buffer).toBe(col.bytes.buffer)
    expect(toJsValues(col, 3, leaf('BYTE_ARRAY'), { binaryAsString: true })).toEqual(['ab', '', 'c'])
    expect(toJsValues(fixedCol(2, utf8('hi')), 1, leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2 }), { binaryAsString: true })).toEqual(['hi'])
    expect(toJsValues(fixedCol(2, hex('01 02')), 1, leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2 }))).toEqual([hex('01 02')])
  })

  it('keeps BSON, GEOMETRY and GEOGRAPHY as bytes even with binaryAsString', () => {
    const col = byteArrayCol(hex('05 00 00 00 00'))
    expect(toJsValues(col, 1, leaf('BYTE_ARRAY', { converted_type: 20 }), { binaryAsString: true })).toEqual([hex('05 00 00 00 00')])
    expect(toJsValues(col, 1, leaf('BYTE_ARRAY', { logicalType: { GEOMETRY: {} } }))).toEqual([hex('05 00 00 00 00')])
  })

  it('formats UUIDs in the canonical lowercase form', () => {
    const node = leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 16, logicalType: { UUID: {} } })
    // LogicalTypes.md example, and RFC 4122's example UUID (bytes from Python's uuid module).
    const col = fixedCol(16, hex('00112233445566778899aabbccddeeff'), hex('f81d4fae7dec11d0a76500a0c91e6bf6'))
    expect(toJsValues(col, 2, node)).toEqual(['00112233-4455-6677-8899-aabbccddeeff', 'f81d4fae-7dec-11d0-a765-00a0c91e6bf6'])
  })

  it('reads INTERVAL as three little-endian unsigned counts', () => {
    const node = leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 12, converted_type: 21 })
    const col = fixedCol(12, hex('01 00 00 00 02 00 00 00 03 00 00 00'), hex('ff ff ff ff 00 01 00 00 e8 03 00 00'))
    expect(toJsValues(col, 2, node)).toEqual([
      { months: 1, days: 2, milliseconds: 3 },
      { months: 4294967295, days: 256, milliseconds: 1000 },
    ])
  })

  it('reads FLOAT16 from little-endian bytes', () => {
    const node = leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2, logicalType: { FLOAT16: {} } })
    const out = toJsValues(fixedCol(2, hex('00 3c'), hex('00 c0'), hex('00 7c'), hex('01 00'), hex('00 80')), 5, node)
    expect(Array.from(out)).toEqual([1, -2, Number.POSITIVE_INFINITY, 2 ** -24, -0])
  })

  it('gives UNKNOWN (the null type) as nulls', () => {
    expect(toJsValues(Int32Array.of(), 2, leaf('INT32', { logicalType: { UNKNOWN: {} } }))).toEqual([null, null])
  })
})

describe('isStringColumn', () => {
  it('is true only for BYTE_ARRAY read as text', () => {
    expect(isStringColumn(leaf('BYTE_ARRAY', { converted_type: 0 }))).toBe(true)
    expect(isStringColumn(leaf('BYTE_ARRAY', { logicalType: { JSON: {} } }))).toBe(true)
    expect(isStringColumn(leaf('BYTE_ARRAY'))).toBe(false)
    expect(isStringColumn(leaf('BYTE_ARRAY'), { binaryAsString: true })).toBe(true)
    expect(isStringColumn(leaf('BYTE_ARRAY', { converted_type: 20 }), { binaryAsString: true })).toBe(false)
    expect(isStringColumn(leaf('BYTE_ARRAY', { converted_type: 5, precision: 20, scale: 0 }))).toBe(false)
    expect(isStringColumn(leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 16, logicalType: { UUID: {} } }))).toBe(false)
    expect(isStringColumn(leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 4 }), { binaryAsString: true })).toBe(false)
  })
})

describe('toJsValue', () => {
  it('converts single statistics-style values', () => {
    expect(toJsValue(-1, leaf('INT32', { converted_type: 13 }))).toBe(4294967295)
    expect(toJsValue(4294967295, leaf('INT32', { converted_type: 13 }))).toBe(4294967295)
    expect(toJsValue(2n ** 64n - 1n, leaf('INT64', { converted_type: 14 }))).toBe(2n ** 64n - 1n)
    expect(toJsValue(hex('00 01 e2 40'), leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 4, converted_type: 5, precision: 9, scale: 2 }))).toBe(1234.56)
    expect(toJsValue(hex('00 3c'), leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2, logicalType: { FLOAT16: {} } }))).toBe(1)
    expect(toJsValue(1, leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2, logicalType: { FLOAT16: {} } }))).toBe(1)
    expect(toJsValue('x', leaf('BYTE_ARRAY', { converted_type: 0 }))).toBe('x')
    expect(toJsValue(utf8('x'), leaf('BYTE_ARRAY', { converted_type: 0 }))).toBe('x')
    expect(toJsValue(true, leaf('BOOLEAN'))).toBe(true)
    expect((toJsValue(172800000n, leaf('INT64', { converted_type: 9 })) as Date).toISOString()).toBe('1970-01-03T00:00:00.000Z')
  })

  it('refuses a value of the wrong shape with TYPE_INVALID', () => {
    const err = (() => { try { toJsValue('12', leaf('INT32')) } catch (e) { return e } })() as ParquetError
    expect(err).toBeInstanceOf(ParquetError)
    expect(err.code).toBe('TYPE_INVALID')
    expect(err.message).toMatch(/expected a INT32 value, found string "12"/)
    expect(() => toJsValue(1.5, leaf('INT64'))).toThrow(ParquetError)
    expect(() => toJsValue(hex('00'), leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 16, logicalType: { UUID: {} } }))).toThrow(ParquetError)
  })
})

describe('schema and argument checks', () => {
  it('refuses annotations on the wrong physical type with SCHEMA_INVALID', () => {
    const cases = [
      leaf('DOUBLE', { converted_type: 6 }), // DATE on DOUBLE
      leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 8, logicalType: { UUID: {} } }),
      leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 4, logicalType: { FLOAT16: {} } }),
      leaf('INT32', { logicalType: { TIMESTAMP: { isAdjustedToUTC: true, unit: MILLIS } } }),
      leaf('INT32', { logicalType: { TIME: { isAdjustedToUTC: true, unit: MICROS } } }),
      leaf('INT64', { converted_type: 11 }), // UINT_8 on INT64
      leaf('INT32', { logicalType: { INTEGER: { bitWidth: 12, isSigned: true } } }),
      leaf('INT32', { converted_type: 0 }), // UTF8 on INT32
    ]
    for (const node of cases) {
      let error: unknown
      try { toJsValues(Int32Array.of(0), 1, node) } catch (e) { error = e }
      expect((error as ParquetError).code).toBe('SCHEMA_INVALID')
    }
  })

  it('reads an unknown logical type as its physical type', () => {
    const v = Int32Array.of(5)
    expect(toJsValues(v, 1, leaf('INT32', { logicalType: { unknown: 99 } }))).toBe(v)
  })

  it('refuses a value shape that does not match the physical type or count', () => {
    expect(() => toJsValues(Float64Array.of(1), 1, leaf('INT32'))).toThrow(/Int32Array/)
    expect(() => toJsValues(Int32Array.of(1), 2, leaf('INT32'))).toThrow(/2 values/)
    expect(() => toJsValues(fixedCol(12, epochBytes()), 2, leaf('INT96'))).toThrow(ParquetError)
    expect(() => toJsValues(byteArrayCol(), 1, leaf('BYTE_ARRAY'))).toThrow(ParquetError)
    expect(() => toJsValues(Int32Array.of(1), -1, leaf('INT32'))).toThrow(ParquetError)
  })
})

function epochBytes(): Uint8Array {
  return hex('00 00 00 00 00 00 00 00 8c 3d 25 00')
}

describe('values of the wrong shape for the column', () => {
  const code = (fn: () => unknown) => {
    try {
      fn()
    } catch (e) {
      return (e as ParquetError).code
    }
    return 'no error'
  }
  it('are ARGUMENT_INVALID: wrong array type, too few values, wrong width, no offsets', () => {
    expect(code(() => toJsValues(Float64Array.of(1), 1, leaf('INT32')))).toBe('ARGUMENT_INVALID')
    expect(code(() => toJsValues(Int32Array.of(1), 2, leaf('INT32')))).toBe('ARGUMENT_INVALID')
    expect(code(() => toJsValues(fixedCol(4, hex('00000001')), 1, leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2 })))).toBe('ARGUMENT_INVALID')
    expect(code(() => toJsValues(fixedCol(2, hex('0001')), 2, leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2 })))).toBe('ARGUMENT_INVALID')
    expect(code(() => toJsValues(Int32Array.of(1), 1, leaf('BYTE_ARRAY')))).toBe('ARGUMENT_INVALID')
    expect(code(() => toJsValues(byteArrayCol(utf8('a')), 2, leaf('BYTE_ARRAY')))).toBe('ARGUMENT_INVALID')
    expect(code(() => toJsValues(['a'], 2, leaf('BYTE_ARRAY', { converted_type: 0 })))).toBe('ARGUMENT_INVALID')
  })

  it('of the right shape give the values (the same data as above)', () => {
    expect(Array.from(toJsValues(fixedCol(2, hex('0001')), 1, leaf('FIXED_LEN_BYTE_ARRAY', { type_length: 2 })) as Uint8Array[], (b) => [...b])).toEqual([[0, 1]])
    expect(toJsValues(['a', 'b'], 1, leaf('BYTE_ARRAY', { converted_type: 0 }))).toEqual(['a'])
  })
})
