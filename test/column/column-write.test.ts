/**
 * Column chunk writing: page boundaries at rows (PageIndex.md: pages of a
 * repeated column start at repetition level 0), the page byte and row
 * limits, the dictionary with fallback after it outgrows its limit (earlier
 * pages stay dictionary-encoded), default encodings per page version, and
 * encodings refused for a type. Pages are found by walking the headers of the
 * written chunk.
 */
import { describe, expect, it } from 'vitest'
import { shredField } from '../../src/dremel/shred.js'
import { isParquetError } from '../../src/errors.js'
import { EncodingNames, PageType } from '../../src/format/parquet.gen.js'
import { fromJsValues } from '../../src/logical/from-js.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { splitPages as readPages } from '../../src/page/page-read.js'
import { readRows } from '../../src/read/read.js'
import { boolean, double, int32, list, string } from '../../src/schema/field.js'
import { declareSchema } from '../../src/schema/schema-elements.js'
import type { LeafInput } from '../../src/column/column-write.js'
import { splitPages } from '../../src/column/page-split.js'
import { writeRows } from '../../src/write/write.js'
import type { WriteOptions } from '../../src/write/options.js'

function leafOf(field: ReturnType<typeof list> | ReturnType<typeof string>, rows: unknown[]): LeafInput {
  const schema = declareSchema({ c: field })
  const [s] = shredField(schema.root.children[0]!, rows)
  return { ...s!, values: fromJsValues(s!.values, s!.column) }
}

async function pagesOf(rows: Record<string, unknown>[], options: WriteOptions, column = 0) {
  const bytes = await writeRows(rows, options)
  const meta = await readMetadata(bytes)
  const info = meta.rowGroups[0]!.columns[column]!
  const pages = readPages(bytes.subarray(info.start, info.end), info.start, { column: info.path, rowGroup: 0 })
  return { bytes, info, pages }
}

describe('splitPages', () => {
  it('starts every page of a repeated column at a row (repetition level 0)', () => {
    const rows = Array.from({ length: 50 }, (_, i) => Array.from({ length: i % 7 }, (_, k) => `v${k}`))
    const leaf = leafOf(list(string()), rows)
    const pages = splitPages(leaf, 1 << 20, 8)
    expect(pages.length).toBe(Math.ceil(50 / 8))
    for (const p of pages) {
      expect(leaf.repetitionLevels![p.levelStart]).toBe(0)
      expect(p.rows).toBeLessThanOrEqual(8)
    }
    expect(pages.map((p) => p.firstRow)).toEqual(pages.map((_, i) => i * 8))
    expect(pages[pages.length - 1]!.levelEnd).toBe(leaf.numLevels)
  })

  it('ends a page once its values pass the byte limit', () => {
    const rows = Array.from({ length: 100 }, () => 'x'.repeat(96)) // 100 bytes PLAIN each
    const pages = splitPages(leafOf(string(), rows), 1000, 1 << 20)
    expect(pages.map((p) => p.rows)).toEqual(Array(10).fill(10))
  })

  it('fixed-width values: a page ends at the first row whose PLAIN bytes plus a quarter byte per level reach the limit', () => {
    const node = declareSchema({ c: int32() }).root.children[0]!
    const optional = declareSchema({ c: int32({ optional: true }) }).root.children[0]!
    const values = new Int32Array(50)
    // 4.25 bytes a row: 23 rows make 97.75 < 100, 24 rows make 102.
    const flat = (leaf: LeafInput, size: number, rows: number) => splitPages(leaf, size, rows).map((p) => [p.firstRow, p.rows, p.valueStart, p.valueEnd])
    const required: LeafInput = { column: node, numLevels: 50, values }
    expect(flat(required, 100, 1000)).toEqual([[0, 24, 0, 24], [24, 24, 24, 48], [48, 2, 48, 50]])
    expect(flat(required, 102, 1000)).toEqual([[0, 24, 0, 24], [24, 24, 24, 48], [48, 2, 48, 50]])
    expect(flat(required, 1 << 20, 20)).toEqual([[0, 20, 0, 20], [20, 20, 20, 40], [40, 10, 40, 50]])
    expect(flat(required, 0, 1000).length).toBe(50)
    expect(flat({ column: node, numLevels: 0, values: new Int32Array(0) }, 100, 1000)).toEqual([[0, 0, 0, 0]])
    const present: LeafInput = { column: optional, numLevels: 50, definitionLevels: new Uint8Array(50).fill(1), values }
    expect(flat(present, 100, 1000)).toEqual(flat(required, 100, 1000))
    // Nulls cost a quarter byte: 10 nulls first, then values.
    const def = new Uint8Array(50).fill(1).fill(0, 0, 10)
    const withNulls: LeafInput = { column: optional, numLevels: 50, definitionLevels: def, values: new Int32Array(40) }
    // Rows 0..9 add 2.5 bytes; then 4.25 a row: 10 + 23 rows make 100.25.
    expect(flat(withNulls, 100, 1000)).toEqual([[0, 33, 0, 23], [33, 17, 23, 40]])
  })
})

describe('dictionary encoding with fallback', () => {
  it('pages before the dictionary outgrows its limit stay dictionary-encoded, later pages are PLAIN', async () => {
    // Page p (100 rows) holds 20 new 10-byte strings: each page adds 20 × 14 = 280 dictionary bytes.
    const rows = Array.from({ length: 1000 }, (_, i) => ({ s: `s${String(Math.floor(i / 5)).padStart(9, '0')}` }))
    const { bytes, pages } = await pagesOf(rows, { schema: { s: string() }, pageRows: 100, dictionaryPageSizeLimit: 1000 })
    const dict = pages[0]!.header
    expect(dict.type).toBe(PageType.DICTIONARY_PAGE)
    expect(dict.dictionary_page_header!.num_values).toBe(60) // 3 pages × 20 values = 840 bytes; 4 would be 1120
    const encodings = pages.slice(1).map((p) => EncodingNames[p.header.data_page_header!.encoding])
    expect(encodings).toEqual([...Array(3).fill('RLE_DICTIONARY'), ...Array(7).fill('PLAIN')])
    expect(await readRows(bytes)).toEqual(rows)
  })

  it('no dictionary page when even the first page does not fit', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => ({ s: `value-${i}` }))
    const { pages, info } = await pagesOf(rows, { schema: { s: string() }, pageRows: 100, dictionaryPageSizeLimit: 50 })
    expect(pages.every((p) => p.header.type === PageType.DATA_PAGE)).toBe(true)
    expect(info.dictionaryPageOffset).toBeUndefined()
  })

  it('encoding_stats count the pages per encoding', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ s: `s${String(Math.floor(i / 5)).padStart(9, '0')}` }))
    const { info } = await pagesOf(rows, { schema: { s: string() }, pageRows: 100, dictionaryPageSizeLimit: 1000 })
    const stats = info.metaData!.encoding_stats!.map((e) => [e.page_type, EncodingNames[e.encoding], e.count])
    expect(stats).toEqual([[PageType.DICTIONARY_PAGE, 'PLAIN', 1], [PageType.DATA_PAGE, 'RLE_DICTIONARY', 3], [PageType.DATA_PAGE, 'PLAIN', 7]])
  })
})

describe('default encodings', () => {
  const rows = Array.from({ length: 50 }, (_, i) => ({ i: i * 3, s: `k${i}`, b: i % 3 === 0, d: i / 4 }))
  const schema = { i: int32(), s: string(), b: boolean(), d: double() }

  it.each([
    [1, ['PLAIN', 'PLAIN', 'PLAIN', 'PLAIN']],
    [2, ['DELTA_BINARY_PACKED', 'DELTA_BYTE_ARRAY', 'RLE', 'PLAIN']],
  ] as const)('v%i pages without dictionary: %j', async (version, expected) => {
    const found: string[] = []
    for (let c = 0; c < 4; c++) {
      const { pages } = await pagesOf(rows, { schema, dictionary: false, pageVersion: version }, c)
      const h = pages[0]!.header
      found.push(EncodingNames[(version === 2 ? h.data_page_header_v2 : h.data_page_header)!.encoding]!)
    }
    expect(found).toEqual(expected)
  })

  it('dictionary first when on and it is smaller than PLAIN (not for BOOLEAN)', async () => {
    const repeated = rows.map((r, i) => ({ i: (i % 5) * 3, s: `k${i % 5}`, b: r.b, d: (i % 5) / 4 }))
    const meta = await readMetadata(await writeRows(repeated, { schema }))
    expect(meta.rowGroups[0]!.columns.map((c) => c.dictionaryPageOffset !== undefined)).toEqual([true, true, false, true])
  })

  it('no dictionary for all-distinct values, where it would be larger than PLAIN', async () => {
    // 50 distinct int32: dictionary 200 bytes + 6-bit indices > 200 bytes PLAIN
    const meta = await readMetadata(await writeRows(rows, { schema }))
    expect(meta.rowGroups[0]!.columns.map((c) => c.dictionaryPageOffset !== undefined)).toEqual([false, false, false, false])
  })

  it('a requested RLE_DICTIONARY keeps the dictionary for all-distinct values', async () => {
    const meta = await readMetadata(await writeRows(rows, { schema, encodings: { i: 'RLE_DICTIONARY' } }))
    expect(meta.rowGroups[0]!.columns[0]!.dictionaryPageOffset).toBeDefined()
  })
})

describe('encodings refused for a type', () => {
  it.each([
    ['DELTA_BINARY_PACKED', double()],
    ['RLE', int32()],
    ['DELTA_LENGTH_BYTE_ARRAY', int32()],
    ['RLE_DICTIONARY', boolean()],
    ['BYTE_STREAM_SPLIT', string()],
  ] as const)('%s', async (encoding, field) => {
    const err = await writeRows([{ c: null }].map(() => ({ c: field.physical === 'BOOLEAN' ? true : field.physical === 'BYTE_ARRAY' ? 'a' : 1 })), {
      schema: { c: field }, encodings: { c: encoding },
    }).catch((e: unknown) => e)
    expect(isParquetError(err) && err.code).toBe('ARGUMENT_INVALID')
    expect(String(err)).toContain(`found ${encoding}`)
  })
})
