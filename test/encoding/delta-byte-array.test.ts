import { Buffer } from 'node:buffer'
import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { byteArrayFromValues, byteArrayToFixed, byteArrayToStrings } from '../../src/encoding/byte-array.js'
import { encodeDeltaInt32 } from '../../src/encoding/delta-binary-packed.js'
import { decodeDeltaByteArray, encodeDeltaByteArray } from '../../src/encoding/delta-byte-array.js'
import { readChunks, readCsv, splitDataPage } from './corpus-pages.js'
import { expectParquetError, onlyParquetError, rng } from './helpers.js'
import { decodeLevels } from './levels.js'

const enc = (s: string[]) => byteArrayFromValues(s.map((x) => new Uint8Array(Buffer.from(x, 'utf8'))))

describe('DELTA_BYTE_ARRAY', () => {
  it('spec example: axis, axle, babble, babyhood', () => {
    // prefix lengths 0,2,0,3; suffix lengths 4,2,6,5; suffix bytes "axislebabbleyhood"
    const data = new Uint8Array([
      ...encodeDeltaInt32(Int32Array.from([0, 2, 0, 3])),
      ...encodeDeltaInt32(Int32Array.from([4, 2, 6, 5])),
      ...Buffer.from('axislebabbleyhood'),
    ])
    const c = makeCursor(data)
    expect(byteArrayToStrings(decodeDeltaByteArray(c, 4))).toEqual(['axis', 'axle', 'babble', 'babyhood'])
    expect(c.offset).toBe(data.length)
    expect([...encodeDeltaByteArray(enc(['axis', 'axle', 'babble', 'babyhood']))]).toEqual([...data])
  })

  for (const file of ['delta_byte_array', 'delta_encoding_required_column', 'delta_encoding_optional_column']) {
    it(`corpus ${file}.parquet string columns match the CSV`, () => {
      const chunks = readChunks(`data/${file}.parquet`).filter((c) => c.element.type === 6)
      const csv = readCsv(`data/${file}_expect.csv`)
      expect(chunks.length).toBeGreaterThan(0)
      for (const chunk of chunks) {
        const col = csv.names.findIndex((n) => n.trim().replace(/:$/, '') === chunk.element.name.trim().replace(/:$/, ''))
        expect(col, chunk.element.name).toBeGreaterThanOrEqual(0)
        const got: (string | null)[] = []
        for (const page of chunk.pages) {
          const pv = splitDataPage(chunk, page, decodeLevels)
          expect(pv.encoding).toBe(7)
          const c = makeCursor(pv.values)
          const strings = byteArrayToStrings(decodeDeltaByteArray(c, pv.nonNull))
          expect(c.offset).toBe(pv.values.length)
          let k = 0
          for (const d of pv.defs) got.push(d ? strings[k++]! : null)
        }
        // the CSVs write an empty string and a null alike as an empty field
        expect(got.map((s) => (s === '' ? null : s))).toEqual(csv.rows.map((r) => r[col] ?? null))
      }
    })
  }

  it('round trips shared prefixes, empty and multibyte strings', () => {
    const r = rng(11)
    const values = ['', 'a', 'ab', 'ab', '', 'abc', 'é', 'éa', '日本語', '日本', '🎉', 'x'.repeat(3000), `${'x'.repeat(2999)}y`]
    for (let i = 0; i < 1000; i++) values.push(`key-${(r() % 50).toString().padStart(4, '0')}-${r() % 3}`)
    values.sort()
    const data = encodeDeltaByteArray(enc(values))
    const c = makeCursor(data)
    expect(byteArrayToStrings(decodeDeltaByteArray(c, values.length))).toEqual(values)
    expect(c.offset).toBe(data.length)
  })

  it('FIXED_LEN_BYTE_ARRAY via byteArrayToFixed', () => {
    const values = ['abcd', 'abce', 'zzzz']
    const col = decodeDeltaByteArray(makeCursor(encodeDeltaByteArray(enc(values))), 3)
    expect(Buffer.from(byteArrayToFixed(col, 4).bytes).toString()).toBe('abcdabcezzzz')
    expectParquetError(() => byteArrayToFixed(col, 5), 'ENCODING_INVALID', /FIXED_LEN_BYTE_ARRAY\(5\) value 0 has 4 bytes/)
  })

  it('corrupt input: prefix longer than the previous value, byte limit, truncation, junk', () => {
    const bad = new Uint8Array([...encodeDeltaInt32(Int32Array.from([0, 5])), ...encodeDeltaInt32(Int32Array.from([2, 1])), 97, 98, 99])
    expectParquetError(() => decodeDeltaByteArray(makeCursor(bad), 2), 'ENCODING_INVALID', /prefix length 5, previous value has 2 bytes/)
    const first = new Uint8Array([...encodeDeltaInt32(Int32Array.from([1])), ...encodeDeltaInt32(Int32Array.from([1])), 97])
    expectParquetError(() => decodeDeltaByteArray(makeCursor(first), 1), 'ENCODING_INVALID', /prefix length 1, previous value has 0/)
    // 1000 values repeating a 1000-byte prefix: 1 MB from a small page
    const big = encodeDeltaByteArray(enc(Array(1000).fill('q'.repeat(1000))))
    expect(big.length).toBeLessThan(2000)
    expectParquetError(() => decodeDeltaByteArray(makeCursor(big), 1000, big.length, 100_000), 'LIMIT_EXCEEDED')
    expect(decodeDeltaByteArray(makeCursor(big), 1000).bytes.length).toBe(1_000_000)
    const data = encodeDeltaByteArray(enc(['axis', 'axle', 'babble', 'babyhood']))
    for (let cut = 0; cut < data.length; cut++) {
      expect(onlyParquetError(() => decodeDeltaByteArray(makeCursor(data.subarray(0, cut)), 4))).toBe('error')
    }
    const r = rng(13)
    for (let t = 0; t < 2000; t++) {
      const junk = Uint8Array.from({ length: r() % 60 }, () => r() & 0xff)
      onlyParquetError(() => decodeDeltaByteArray(makeCursor(junk), r() % 50), ['ENCODING_INVALID', 'LIMIT_EXCEEDED'])
    }
  })
})
