import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { byteArrayFromValues, byteArrayToStrings } from '../../src/encoding/byte-array.js'
import {
  checkIndices,
  decodeDictionaryIndices,
  encodeDictionaryIndices,
  gatherByteArray,
  gatherFixed,
  gatherNumeric,
  gatherStrings,
} from '../../src/encoding/dictionary.js'
import {
  buildDictionaryByteArray,
  buildDictionaryDouble,
  buildDictionaryFixed,
  buildDictionaryFloat,
  buildDictionaryInt32,
  buildDictionaryInt64,
  buildDictionaryStrings,
  buildDictionaryStringsPrefix,
  utf8Length,
} from '../../src/encoding/dictionary-build.js'
import { decodePlainByteArray, decodePlainDouble, decodePlainInt32 } from '../../src/encoding/plain.js'
import { readChunks, splitDataPage } from './corpus-pages.js'
import { bytes, expectParquetError, onlyParquetError, rng } from './helpers.js'
import { decodeLevels } from './levels.js'

function indices(data: Uint8Array, count: number, size = 1000): number[] {
  const out = new Int32Array(count)
  decodeDictionaryIndices(makeCursor(data), count, out, 0, size)
  return [...out]
}

describe('dictionary indices (data page side)', () => {
  it('bit width byte, then the RLE hybrid (spec bit-packed example at width 3)', () => {
    expect(indices(bytes(3, 0x03, 0x88, 0xc6, 0xfa), 8, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect([...encodeDictionaryIndices([0, 1, 2, 3, 4, 5, 6, 7], 8)]).toEqual([3, 0x03, 0x88, 0xc6, 0xfa])
  })
  it('bit width 0: every index is 0', () => {
    expect(indices(bytes(0), 4, 1)).toEqual([0, 0, 0, 0])
    expect(indices(bytes(0, 8), 4, 1)).toEqual([0, 0, 0, 0])
    // 3 values: one bit-packed group of width 0 (header 1 << 1 | 1, no bytes)
    expect([...encodeDictionaryIndices([0, 0, 0], 1)]).toEqual([0, 3])
  })
  it('an index at or past the dictionary size is ENCODING_INVALID', () => {
    expectParquetError(() => indices(bytes(3, 0x03, 0x88, 0xc6, 0xfa), 8, 7), 'ENCODING_INVALID', /index 7 out of range: the dictionary holds 7 values/)
    expectParquetError(() => indices(bytes(0), 1, 0), 'ENCODING_INVALID', /holds 0 values/)
    expectParquetError(() => indices(bytes(33, 2, 1), 1), 'ENCODING_INVALID', /at most 32, found 33/)
    expectParquetError(() => indices(bytes(), 1), 'ENCODING_INVALID', /bit width byte/)
    // width 32 index 0xffffffff (negative in an Int32Array) is out of range too
    expectParquetError(() => indices(bytes(32, 2, 0xff, 0xff, 0xff, 0xff), 1), 'ENCODING_INVALID', /index 4294967295/)
    expectParquetError(() => checkIndices(Int32Array.from([0, -1]), 0, 2, 5), 'ENCODING_INVALID')
  })
  it('gather helpers check bounds and copy values', () => {
    const idx = Int32Array.from([2, 0, 2, 1])
    const out = new Float64Array(4)
    gatherNumeric(Float64Array.from([1.5, 2.5, 3.5]), idx, 0, 4, out)
    expect([...out]).toEqual([3.5, 1.5, 3.5, 2.5])
    const s: string[] = []
    gatherStrings(['a', 'b', 'c'], idx, 1, 3, s)
    expect(s).toEqual(['a', 'c', 'b'])
    const dict = byteArrayFromValues(['x', '', 'zzz'].map((v) => new Uint8Array(Buffer.from(v))))
    expect(byteArrayToStrings(gatherByteArray(dict, idx, 0, 4))).toEqual(['zzz', 'x', 'zzz', ''])
    expect([...gatherFixed({ width: 2, bytes: bytes(1, 2, 3, 4, 5, 6) }, idx, 0, 4).bytes]).toEqual([5, 6, 1, 2, 5, 6, 3, 4])
    expectParquetError(() => gatherNumeric(Float64Array.from([1]), idx, 0, 4, out), 'ENCODING_INVALID', /index 2 out of range/)
    expectParquetError(() => gatherStrings(['a'], idx, 0, 1, s), 'ENCODING_INVALID')
    expectParquetError(() => gatherByteArray(dict, Int32Array.from([3]), 0, 1), 'ENCODING_INVALID')
    expectParquetError(() => gatherFixed({ width: 2, bytes: bytes(1, 2) }, idx, 0, 1), 'ENCODING_INVALID')
  })
  it('truncations and junk give only ParquetError', () => {
    const data = encodeDictionaryIndices(Array.from({ length: 100 }, (_, i) => (i * 7) % 13), 13)
    const expected = Array.from({ length: 100 }, (_, i) => (i * 7) % 13)
    let tolerated = 0
    for (let cut = 0; cut < data.length; cut++) {
      let got: number[] = []
      if (onlyParquetError(() => (got = indices(data.subarray(0, cut), 100, 13))) === 'ok') {
        // only the zero padding of the last bit-packed group may be missing
        expect(got).toEqual(expected)
        tolerated++
      }
    }
    expect(tolerated).toBeLessThanOrEqual(2)
    const r = rng(23)
    for (let t = 0; t < 2000; t++) {
      const junk = Uint8Array.from({ length: r() % 30 }, () => r() & 0xff)
      onlyParquetError(() => indices(junk, 1 + (r() % 50), 1 + (r() % 20)))
    }
  })
})

describe('dictionary pages from the corpus: alltypes_dictionary.parquet', () => {
  const chunks = readChunks('data/alltypes_dictionary.parquet')
  const byName = new Map(chunks.map((c) => [c.element.name, c]))
  function read<T>(name: string, dictOf: (data: Uint8Array, n: number) => T, gather: (dict: T, idx: Int32Array, n: number) => unknown[]): unknown[] {
    const chunk = byName.get(name)!
    const [dictPage, dataPage] = chunk.pages
    const dictSize = dictPage!.header.dictionary_page_header!.num_values
    const dict = dictOf(dictPage!.body, dictSize)
    const pv = splitDataPage(chunk, dataPage!, decodeLevels)
    expect(pv.encoding).toBe(2) // PLAIN_DICTIONARY
    const idx = new Int32Array(pv.nonNull)
    decodeDictionaryIndices(makeCursor(pv.values), pv.nonNull, idx, 0, dictSize)
    return gather(dict, idx, pv.nonNull)
  }
  it('id, double_col, string_col, date_string_col', () => {
    const ints = (data: Uint8Array, n: number) => {
      const d = new Int32Array(n)
      decodePlainInt32(makeCursor(data), n, d)
      return d
    }
    const gInt = (d: Int32Array, idx: Int32Array, n: number) => {
      const o = new Int32Array(n)
      gatherNumeric(d, idx, 0, n, o)
      return [...o]
    }
    expect(read('id', ints, gInt)).toEqual([0, 1])
    const doubles = (data: Uint8Array, n: number) => {
      const d = new Float64Array(n)
      decodePlainDouble(makeCursor(data), n, d)
      return d
    }
    expect(
      read('double_col', doubles, (d, idx, n) => {
        const o = new Float64Array(n)
        gatherNumeric(d, idx, 0, n, o)
        return [...o]
      }),
    ).toEqual([0, 10.1])
    const strs = (data: Uint8Array, n: number) => byteArrayToStrings(decodePlainByteArray(makeCursor(data), n))
    const gStr = (d: string[], idx: Int32Array, n: number) => {
      const o: string[] = []
      gatherStrings(d, idx, 0, n, o)
      return o
    }
    expect(read('string_col', strs, gStr)).toEqual(['0', '1'])
    expect(read('date_string_col', strs, gStr)).toEqual(['01/01/09', '01/01/09'])
  })
})

describe('building dictionaries (writer side)', () => {
  it('INT32: first-occurrence order, indices, round trip through index encoding', () => {
    const values = Int32Array.from([5, 3, 5, 5, -2147483648, 3, 2147483647])
    const b = buildDictionaryInt32(values)!
    expect([...b.dictionary]).toEqual([5, 3, -2147483648, 2147483647])
    expect([...b.indices]).toEqual([0, 1, 0, 0, 2, 1, 3])
    const enc = encodeDictionaryIndices(b.indices, b.dictionary.length)
    expect(enc[0]).toBe(2)
    const idx = new Int32Array(values.length)
    decodeDictionaryIndices(makeCursor(enc), values.length, idx, 0, b.dictionary.length)
    const back = new Int32Array(values.length)
    gatherNumeric(b.dictionary, idx, 0, values.length, back)
    expect([...back]).toEqual([...values])
  })
  it('INT64, FLOAT, DOUBLE keep -0 apart from 0; NaN is one entry', () => {
    expect([...buildDictionaryInt64(BigInt64Array.from([1n, 1n, -1n]))!.dictionary]).toEqual([1n, -1n])
    const d = buildDictionaryDouble(Float64Array.from([0, -0, Number.NaN, Number.NaN, 0]))!
    expect(d.dictionary.length).toBe(3)
    expect(Object.is(d.dictionary[1], -0)).toBe(true)
    expect([...d.indices]).toEqual([0, 1, 2, 2, 0])
    const f = buildDictionaryFloat(Float32Array.from([-0, 0, 1.5, -0]))!
    expect([...f.indices]).toEqual([0, 1, 2, 0])
    expect(Object.is(f.dictionary[0], -0)).toBe(true)
  })
  it('strings and byte arrays, with multibyte and empty values', () => {
    const vals = ['', 'é', 'a', '', '日本', 'a', '🎉']
    const s = buildDictionaryStrings(vals)!
    expect(s.dictionary).toEqual(['', 'é', 'a', '日本', '🎉'])
    expect([...s.indices]).toEqual([0, 1, 2, 0, 3, 2, 4])
    const col = byteArrayFromValues(vals.map((v) => new Uint8Array(Buffer.from(v))))
    const b = buildDictionaryByteArray(col)!
    expect(byteArrayToStrings(b.dictionary)).toEqual(s.dictionary)
    expect([...b.indices]).toEqual([...s.indices])
    expect(vals.map(utf8Length)).toEqual(vals.map((v) => Buffer.byteLength(v)))
    expect(utf8Length('\ud800x')).toBe(Buffer.byteLength('\ud800x'))
  })
  it('utf8Length of longer strings: a non-ASCII character (2, 3, 4 bytes, lone surrogates) at every position, against Buffer.byteLength', () => {
    const base = 'abcdefghijklmnopqrstuvwxyz0123456789'
    for (const ch of ['\u00e9', '\u65e5', '\ud83d\ude00', '\ud800', '\udc00', '\u007f', '\u0080', '\uffff']) {
      for (let at = 0; at <= base.length; at++) {
        for (const s of [base.slice(0, at) + ch + base.slice(at), base.slice(0, at) + ch]) expect(utf8Length(s)).toBe(Buffer.byteLength(s))
      }
    }
    for (let n = 0; n <= 40; n++) expect(utf8Length('x'.repeat(n))).toBe(n)
  })
  it('many distinct byte arrays (table growth) and FLBA', () => {
    const r = rng(31)
    const vals = Array.from({ length: 20000 }, () => `v${r() % 5000}`)
    const b = buildDictionaryByteArray(byteArrayFromValues(vals.map((v) => new Uint8Array(Buffer.from(v)))))!
    const dict = byteArrayToStrings(b.dictionary)
    expect(new Set(dict).size).toBe(dict.length)
    expect(dict.length).toBe(new Set(vals).size)
    expect([...b.indices].map((i) => dict[i])).toEqual(vals)
    const fx = buildDictionaryFixed({ width: 2, bytes: bytes(1, 2, 3, 4, 1, 2) })!
    expect([...fx.dictionary.bytes]).toEqual([1, 2, 3, 4])
    expect([...fx.indices]).toEqual([0, 1, 0])
  })
  it('limits signal fallback with undefined', () => {
    const values = Int32Array.from({ length: 100 }, (_, i) => i)
    expect(buildDictionaryInt32(values, { maxEntries: 99 })).toBeUndefined()
    expect(buildDictionaryInt32(values, { maxEntries: 100 })).toBeDefined()
    expect(buildDictionaryInt32(values, { maxBytes: 399 })).toBeUndefined()
    expect(buildDictionaryStrings(['abc', 'de'], { maxBytes: 12 })).toBeUndefined()
    expect(buildDictionaryStrings(['abc', 'de'], { maxBytes: 13 })).toBeDefined()
    const col = byteArrayFromValues([bytes(1, 2, 3), bytes(4, 5)])
    expect(buildDictionaryByteArray(col, { maxBytes: 12 })).toBeUndefined()
    expect(buildDictionaryByteArray(col, { maxEntries: 1 })).toBeUndefined()
  })
  it('string prefix build: stops before the value whose new entry passes the limit; lengths are UTF-8 byte lengths', () => {
    const values = ['a', 'é', 'a', '日本', '😀', 'é', 'zz']
    // Entry bytes with the 4-byte prefix (Buffer.byteLength as the reference): a 5, é 6, 日本 10, 😀 8, zz 6.
    const all = buildDictionaryStringsPrefix(values)
    expect(all.covered).toBe(7)
    expect(all.dictionary).toEqual(['a', 'é', '日本', '😀', 'zz'])
    expect(all.lengths).toEqual(all.dictionary.map((v) => Buffer.byteLength(v)))
    expect([...all.indices]).toEqual([0, 1, 0, 2, 3, 1, 4])
    const cut = buildDictionaryStringsPrefix(values, { maxBytes: 5 + 6 + 10 + 7 })
    expect(cut.covered).toBe(4) // '😀' would make 29 bytes
    expect([...cut.indices.subarray(0, 4)]).toEqual([0, 1, 0, 2])
    expect(buildDictionaryStringsPrefix(values, { maxEntries: 2 }).covered).toBe(3)
    // Built in two steps: the same as in one; a stopped build stays stopped.
    const half = buildDictionaryStringsPrefix(values, {}, 3)
    expect([half.covered, half.stopped, half.dictionary]).toEqual([3, false, ['a', 'é']])
    const rest = buildDictionaryStringsPrefix(values, {}, 7, half)
    expect([rest.covered, rest.dictionary, [...rest.indices]]).toEqual([7, all.dictionary, [...all.indices]])
    expect(cut.stopped).toBe(true)
    expect(buildDictionaryStringsPrefix(values, { maxBytes: 28 }, 7, cut).covered).toBe(4)
    expect(buildDictionaryStrings(values, { maxBytes: 34 })).toBeUndefined()
    expect(buildDictionaryStrings(values, { maxBytes: 35 })?.dictionary).toEqual(all.dictionary)
  })
})
