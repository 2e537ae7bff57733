import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { decodeDeltaInt32, decodeDeltaInt64, encodeDeltaInt32, encodeDeltaInt64 } from '../../src/encoding/delta-binary-packed.js'
import { readChunks, readCsv, splitDataPage } from './corpus-pages.js'
import { bytes, expectParquetError, onlyParquetError, rng } from './helpers.js'
import { decodeLevels } from './levels.js'

function dec32(data: Uint8Array, cap = 1000): { values: number[]; consumed: number } {
  const out = new Int32Array(cap)
  const c = makeCursor(data)
  const n = decodeDeltaInt32(c, out)
  return { values: [...out.subarray(0, n)], consumed: c.offset }
}

function dec64(data: Uint8Array, cap = 1000): { values: bigint[]; consumed: number } {
  const out = new BigInt64Array(cap)
  const c = makeCursor(data)
  const n = decodeDeltaInt64(c, out)
  return { values: [...out.subarray(0, n)], consumed: c.offset }
}

describe('DELTA_BINARY_PACKED: spec examples (block size 8, accepted by the reader)', () => {
  // Example 1: header 8, 1, 5, zigzag(1)=2; block: zigzag(1)=2, width 0.
  const ex1 = bytes(8, 1, 5, 2, 2, 0)
  // Example 2: header 8, 1, 8, zigzag(7)=14; block: zigzag(-2)=3, width 2,
  // relative deltas 0,0,0,3,3,3,3 (+ one padding 0) packed LSB first: 0xc0, 0x3f.
  const ex2 = bytes(8, 1, 8, 14, 3, 2, 0xc0, 0x3f)

  it('example 1: 1,2,3,4,5', () => {
    expect(dec32(ex1)).toEqual({ values: [1, 2, 3, 4, 5], consumed: 6 })
    expect(dec64(ex1)).toEqual({ values: [1n, 2n, 3n, 4n, 5n], consumed: 6 })
  })
  it('example 2: 7,5,3,1,2,3,4,5', () => {
    expect(dec32(ex2)).toEqual({ values: [7, 5, 3, 1, 2, 3, 4, 5], consumed: 8 })
    expect(dec64(ex2)).toEqual({ values: [7n, 5n, 3n, 1n, 2n, 3n, 4n, 5n], consumed: 8 })
  })
  it('the encoder writes block 128 / 4 miniblocks; 1..5 by hand from the spec rules', () => {
    // header: 128 = varint 80 01, 4, 5, zigzag(1) = 2; block: zigzag(1) = 2, four widths 0, no data
    const expected = [0x80, 0x01, 4, 5, 2, 2, 0, 0, 0, 0]
    expect([...encodeDeltaInt32(Int32Array.from([1, 2, 3, 4, 5]))]).toEqual(expected)
    expect([...encodeDeltaInt64(BigInt64Array.from([1n, 2n, 3n, 4n, 5n]))]).toEqual(expected)
  })
  it('one value: header only; zero values: header only', () => {
    expect([...encodeDeltaInt32(Int32Array.from([-3]))]).toEqual([0x80, 0x01, 4, 1, 5])
    expect(dec32(bytes(0x80, 0x01, 4, 1, 5))).toEqual({ values: [-3], consumed: 5 })
    expect(dec32(bytes(0x80, 0x01, 4, 0, 0))).toEqual({ values: [], consumed: 5 })
  })
  it('stops after the last miniblock with values and skips nothing more', () => {
    // 2 values in a 128/4 block: widths [1, x, x, x] where x are arbitrary (spec: readers accept any);
    // miniblock 0 takes 32*1/8 = 4 bytes; then trailing data that must stay unread.
    const data = bytes(0x80, 0x01, 4, 2, 0, 2, 1, 0xff, 0xff, 0xff, 1, 0, 0, 0, 0xee)
    expect(dec32(data)).toEqual({ values: [0, 2], consumed: 14 })
  })
})

describe('DELTA_BINARY_PACKED: corpus delta_binary_packed.parquet vs _expect.csv', () => {
  const chunks = readChunks('data/delta_binary_packed.parquet')
  const csv = readCsv('data/delta_binary_packed_expect.csv')
  for (const chunk of chunks) {
    const name = chunk.element.name
    it(`${name} (${chunk.element.type === 1 ? 'INT32' : 'INT64'})`, () => {
      const col = csv.names.indexOf(name)
      const expected = csv.rows.map((r) => r[col]!)
      const got: string[] = []
      for (const page of chunk.pages) {
        const pv = splitDataPage(chunk, page, decodeLevels)
        expect(pv.encoding).toBe(5)
        const c = makeCursor(pv.values)
        if (chunk.element.type === 1) {
          const out = new Int32Array(pv.nonNull)
          expect(decodeDeltaInt32(c, out)).toBe(pv.nonNull)
          got.push(...[...out].map(String))
        } else {
          const out = new BigInt64Array(pv.nonNull)
          expect(decodeDeltaInt64(c, out)).toBe(pv.nonNull)
          got.push(...[...out].map(String))
        }
        expect(c.offset).toBe(pv.values.length)
      }
      expect(got).toEqual(expected)
    })
  }
})

describe('DELTA_BINARY_PACKED: corpus delta_encoding_{required,optional}_column', () => {
  for (const kind of ['required', 'optional']) {
    it(`${kind}: integer columns match the CSV`, () => {
      const chunks = readChunks(`data/delta_encoding_${kind}_column.parquet`)
      const csv = readCsv(`data/delta_encoding_${kind}_column_expect.csv`)
      let checked = 0
      for (const chunk of chunks.filter((c) => c.element.type === 1 || c.element.type === 2)) {
        const col = csv.names.findIndex((n) => n.trim().replace(/:$/, '') === chunk.element.name.trim().replace(/:$/, ''))
        expect(col).toBeGreaterThanOrEqual(0)
        const expected = csv.rows.map((r) => r[col] ?? null)
        const got: (string | null)[] = []
        for (const page of chunk.pages) {
          const pv = splitDataPage(chunk, page, decodeLevels)
          const out = new BigInt64Array(pv.nonNull)
          const out32 = new Int32Array(pv.nonNull)
          const c = makeCursor(pv.values)
          if (chunk.element.type === 1) decodeDeltaInt32(c, out32)
          else decodeDeltaInt64(c, out)
          let k = 0
          for (const d of pv.defs) got.push(d ? String(chunk.element.type === 1 ? out32[k++] : out[k++]) : null)
        }
        expect(got).toEqual(expected)
        checked++
      }
      expect(checked).toBe(9)
    })
  }
})

describe('DELTA_BINARY_PACKED: round trips', () => {
  const I32 = [0, 1, -1, 2147483647, -2147483648, 2147483647, -2147483648, 0, -2147483648, 2147483647]
  it('INT32 edge values and wrap-around deltas', () => {
    const values = Int32Array.from([...I32, ...I32.reverse()])
    expect(dec32(encodeDeltaInt32(values)).values).toEqual([...values])
  })
  it('INT64 edge values and wrap-around deltas', () => {
    const E = [0n, 1n, -1n, 9223372036854775807n, -9223372036854775808n, 9223372036854775807n, -9223372036854775808n, 5n]
    const values = BigInt64Array.from([...E, ...E.reverse()])
    expect(dec64(encodeDeltaInt64(values)).values).toEqual([...values])
  })
  for (const [label, gen] of [
    ['small deltas', (r: () => number, i: number) => i * 3 + (r() % 7)],
    ['random int32', (r: () => number) => r() | 0],
    ['mixed widths', (r: () => number, i: number) => (i % 300 < 150 ? r() % 4 : r() | 0)],
  ] as const) {
    it(`INT32 ${label}, many lengths`, () => {
      const r = rng(label.length)
      for (const n of [0, 1, 2, 31, 32, 33, 127, 128, 129, 130, 513, 3000]) {
        const values = Int32Array.from({ length: n }, (_, i) => gen(r, i))
        const enc = encodeDeltaInt32(values)
        const got = dec32(enc, n + 5)
        expect(got.values).toEqual([...values])
        expect(got.consumed).toBe(enc.length)
      }
    })
  }
  it('INT64 random widths 0..64, many lengths', () => {
    const r = rng(64)
    for (const n of [0, 1, 33, 129, 700]) {
      for (const w of [0, 1, 17, 31, 32, 33, 50, 63, 64]) {
        const mask = (1n << BigInt(w)) - 1n
        const values = BigInt64Array.from({ length: n }, () => BigInt.asIntN(64, ((BigInt(r()) << 32n) | BigInt(r())) & mask))
        const enc = encodeDeltaInt64(values)
        const got = dec64(enc, n)
        expect(got.values).toEqual([...values])
        expect(got.consumed).toBe(enc.length)
      }
    }
  })
})

describe('DELTA_BINARY_PACKED: corrupt input', () => {
  const values = Int32Array.from({ length: 300 }, (_, i) => (i * 7919) % 1013)
  const enc = encodeDeltaInt32(values)
  it('every truncation is ENCODING_INVALID, unless it only cuts padding of the last miniblock', () => {
    let tolerated = 0
    for (let cut = 0; cut < enc.length; cut++) {
      const out = new Int32Array(300)
      const r32 = onlyParquetError(() => decodeDeltaInt32(makeCursor(enc.subarray(0, cut)), out))
      const r64 = onlyParquetError(() => decodeDeltaInt64(makeCursor(enc.subarray(0, cut)), new BigInt64Array(300)))
      expect(r64).toBe(r32)
      if (r32 === 'ok') {
        expect([...out]).toEqual([...values])
        tolerated++
      }
    }
    // 300 values = first + 299 deltas: the last block holds 43, the last miniblock 11 of 32 values
    expect(tolerated).toBeLessThan(enc.length / 4)
  })
  it('a count over the capacity is rejected before decoding', () => {
    expectParquetError(() => decodeDeltaInt32(makeCursor(enc), new Int32Array(10)), 'ENCODING_INVALID', /holds 300 values, expected at most 10/)
    // huge declared count: 2^40
    expectParquetError(() => decodeDeltaInt64(makeCursor(bytes(0x80, 1, 4, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20, 0)), new BigInt64Array(10)), 'ENCODING_INVALID')
  })
  it('bad block geometry and widths', () => {
    expectParquetError(() => dec32(bytes(0, 4, 2, 0)), 'ENCODING_INVALID', /block size/)
    expectParquetError(() => dec32(bytes(0x80, 1, 0, 2, 0)), 'ENCODING_INVALID', /block size/)
    expectParquetError(() => dec32(bytes(0x80, 1, 3, 2, 0)), 'ENCODING_INVALID', /block size/)
    expectParquetError(() => dec32(bytes(0x80, 1, 4, 2, 0, 0, 33, 0, 0, 0)), 'ENCODING_INVALID', /bit width 33/)
    expectParquetError(() => dec64(bytes(0x80, 1, 4, 2, 0, 0, 65, 0, 0, 0)), 'ENCODING_INVALID', /bit width 65/)
  })
  it('random bytes give only ParquetError', () => {
    const r = rng(99)
    for (let t = 0; t < 3000; t++) {
      const junk = Uint8Array.from({ length: 1 + (r() % 60) }, () => r() & 0xff)
      if (t % 2) junk[0] = 0x80
      onlyParquetError(() => decodeDeltaInt32(makeCursor(junk), new Int32Array(200)))
      onlyParquetError(() => decodeDeltaInt64(makeCursor(junk), new BigInt64Array(200)))
    }
  })
})
