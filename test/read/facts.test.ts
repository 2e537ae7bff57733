/**
 * readRows against the expected values that ship with the corpus: the
 * `_expect.csv` files and the values FACTS.md gives for single files.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readRows } from '../../src/read/read.js'
import { corpusFile } from '../corpus.js'

const rows = (rel: string, options = {}) => readRows(readFileSync(corpusFile(rel)), options)

/** RFC 4180 CSV: quoted fields, doubled quotes. */
function parseCsv(text: string): string[][] {
  const out: string[][] = []
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue
    const cells: string[] = []
    let cell = ''
    let quoted = false
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"'
          i++
        } else if (ch === '"') quoted = false
        else cell += ch
      } else if (ch === '"') quoted = true
      else if (ch === ',') {
        cells.push(cell)
        cell = ''
      } else cell += ch
    }
    cells.push(cell)
    out.push(cells)
  }
  return out
}

describe('_expect.csv files', () => {
  it.each([
    'delta_binary_packed',
    'delta_byte_array',
    'delta_encoding_required_column',
    'delta_encoding_optional_column',
  ])('%s.parquet equals %s_expect.csv', async (name) => {
    const [header, ...expected] = parseCsv(readFileSync(corpusFile(`data/${name}_expect.csv`), 'utf8'))
    const actual = await rows(`data/${name}.parquet`)
    expect(actual).toHaveLength(expected.length)
    actual.forEach((row, r) => {
      const values = Object.values(row)
      expect(values).toHaveLength(header!.length)
      // The CSVs write null as an empty field; compare by position (some headers carry stray spaces or colons).
      values.forEach((v, c) => {
        expect(v === null ? '' : String(v), `row ${r} column ${header![c]}`).toBe(expected[r]![c])
      })
    })
  })
})

describe('FACTS.md values', () => {
  it('old_list_structure: [[1, 2], [3, 4]]', async () => {
    expect(await rows('data/old_list_structure.parquet')).toEqual([{ a: [[1, 2], [3, 4]] }])
  })
  it('null_list: an empty list, not null', async () => {
    expect(await rows('data/null_list.parquet')).toEqual([{ emptylist: [] }])
  })
  it('float16_zeros_and_nans: [null, 0.0, NaN]', async () => {
    const x = (await rows('data/float16_zeros_and_nans.parquet')).map((r) => r.x)
    expect(x).toEqual([null, 0, Number.NaN])
  })
  it('float16_nonzeros_and_nans: [null, 1, -2, NaN, 0, -1, -0, 2]', async () => {
    const x = (await rows('data/float16_nonzeros_and_nans.parquet')).map((r) => r.x)
    expect(x).toEqual([null, 1, -2, Number.NaN, 0, -1, -0, 2])
    expect(Object.is(x[6], -0)).toBe(true)
  })
  it('concatenated_gzip_members: 513 UINT64 values 1..513', async () => {
    const values = (await rows('data/concatenated_gzip_members.parquet')).map((r) => r.long_col)
    expect(values).toEqual(Array.from({ length: 513 }, (_, i) => BigInt(i + 1)))
  })
  it('page_v2_empty_compressed: ten nulls', async () => {
    expect(await rows('data/page_v2_empty_compressed.parquet')).toEqual(Array.from({ length: 10 }, () => ({ integer_column: null })))
  })
  it('datapage_v2_empty_datapage: one null row', async () => {
    expect(await rows('data/datapage_v2_empty_datapage.snappy.parquet')).toEqual([{ value: null }])
  })
  it('nan_in_stats: [1.0, NaN]', async () => {
    expect((await rows('data/nan_in_stats.parquet')).map((r) => r.x)).toEqual([1, Number.NaN])
  })
  it('int32_with_null_pages: page 2 (rows 200-299) is all null', async () => {
    const values = (await rows('data/int32_with_null_pages.parquet')).map((r) => r.int32_field)
    expect(values).toHaveLength(1000)
    expect(values.slice(200, 300).every((v) => v === null)).toBe(true)
    expect(values.filter((v) => v === null)).toHaveLength(275)
  })
  it('fixed_length_byte_array: 1000 rows, 105 nulls, values from 0x000003E8 down', async () => {
    const values = (await rows('data/fixed_length_byte_array.parquet')).map((r) => r.flba_field as Uint8Array | null)
    expect(values.filter((v) => v === null)).toHaveLength(105)
    const numbers = values.filter((v): v is Uint8Array => v !== null).map((v) => new DataView(v.buffer, v.byteOffset).getUint32(0))
    expect(Math.max(...numbers)).toBe(0x3e8)
    expect(Math.min(...numbers)).toBe(1)
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
  })
  it('unknown-logical-type: the unknown column reads as bytes', async () => {
    const [first] = await rows('data/unknown-logical-type.parquet')
    expect(first!['column with unknown type']).toBeInstanceOf(Uint8Array)
  })
})
