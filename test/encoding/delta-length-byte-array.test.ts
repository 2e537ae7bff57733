import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { byteArrayFromValues, byteArrayToStrings } from '../../src/encoding/byte-array.js'
import { encodeDeltaInt32 } from '../../src/encoding/delta-binary-packed.js'
import { decodeDeltaLengthByteArray, encodeDeltaLengthByteArray } from '../../src/encoding/delta-length-byte-array.js'
import { readChunks, splitDataPage } from './corpus-pages.js'
import { expectParquetError, onlyParquetError, rng } from './helpers.js'
import { decodeLevels } from './levels.js'

const enc = (s: string[]) => byteArrayFromValues(s.map((x) => new Uint8Array(Buffer.from(x, 'utf8'))))

describe('DELTA_LENGTH_BYTE_ARRAY', () => {
  it('spec example: Hello, World, Foobar, ABCDEF = DeltaEncoding(5,5,6,6) + concatenated bytes', () => {
    const lengths = encodeDeltaInt32(Int32Array.from([5, 5, 6, 6]))
    const data = new Uint8Array([...lengths, ...Buffer.from('HelloWorldFoobarABCDEF')])
    const c = makeCursor(data)
    const col = decodeDeltaLengthByteArray(c, 4)
    expect(byteArrayToStrings(col)).toEqual(['Hello', 'World', 'Foobar', 'ABCDEF'])
    expect(c.offset).toBe(data.length)
    expect(col.bytes.buffer).toBe(data.buffer) // a view, no copy
    expect([...encodeDeltaLengthByteArray(enc(['Hello', 'World', 'Foobar', 'ABCDEF']))]).toEqual([...data])
  })

  it('corpus delta_length_byte_array.parquet: 1000 FRUIT strings, all bytes consumed', () => {
    const [chunk] = readChunks('data/delta_length_byte_array.parquet')
    let total = 0
    for (const page of chunk!.pages) {
      const pv = splitDataPage(chunk!, page, decodeLevels)
      expect(pv.encoding).toBe(6)
      const c = makeCursor(pv.values)
      const strings = byteArrayToStrings(decodeDeltaLengthByteArray(c, pv.nonNull))
      expect(c.offset).toBe(pv.values.length)
      expect(strings.every((s) => /^[\x20-\x7e]*$/.test(s))).toBe(true)
      total += strings.length
    }
    expect(total).toBe(1000)
  })

  it('round trips empty, long and multibyte strings', () => {
    const r = rng(3)
    const values = ['', '', 'a', 'é日本🎉', 'x'.repeat(5000), ...Array.from({ length: 500 }, () => 'ü'.repeat(r() % 20))]
    const data = encodeDeltaLengthByteArray(enc(values))
    const c = makeCursor(data)
    expect(byteArrayToStrings(decodeDeltaLengthByteArray(c, values.length))).toEqual(values)
    expect(c.offset).toBe(data.length)
  })

  it('corrupt input: count mismatch, negative lengths, truncation', () => {
    const data = encodeDeltaLengthByteArray(enc(['Hello', 'World']))
    expectParquetError(() => decodeDeltaLengthByteArray(makeCursor(data), 3), 'ENCODING_INVALID', /holds 2 values, expected at most 3|holds 2 lengths, expected 3/)
    const neg = new Uint8Array([...encodeDeltaInt32(Int32Array.from([3, -1])), 1, 2, 3])
    expectParquetError(() => decodeDeltaLengthByteArray(makeCursor(neg), 2), 'ENCODING_INVALID', /length -1/)
    for (let cut = 0; cut < data.length; cut++) {
      expect(onlyParquetError(() => decodeDeltaLengthByteArray(makeCursor(data.subarray(0, cut)), 2))).toBe('error')
    }
    const r = rng(5)
    for (let t = 0; t < 2000; t++) {
      const junk = Uint8Array.from({ length: r() % 50 }, () => r() & 0xff)
      onlyParquetError(() => decodeDeltaLengthByteArray(makeCursor(junk), r() % 100))
    }
  })
})
