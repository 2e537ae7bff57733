import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ParquetError } from '../../src/errors.js'
import { chunkStatistics } from '../../src/index.js'
import type { ColumnOrder, FileMetaData } from '../../src/format/parquet.gen.js'
import { describeMetadata, readMetadata } from '../../src/metadata/file-metadata.js'
import { corpusBadFiles, corpusDataFiles, corpusFile } from '../corpus.js'
import { type RangeServer, startRangeServer } from '../helpers/range-server.js'

const load = (rel: string) => readFileSync(corpusFile(rel))
const meta = (rel: string) => readMetadata(load(rel))
const tailMagic = (bytes: Uint8Array) => String.fromCharCode(...bytes.subarray(bytes.length - 4))
const hex = (v: unknown) => Buffer.from(v as Uint8Array).toString('hex')

describe('readMetadata over the corpus', () => {
  const files = corpusDataFiles()
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(70)
  })
  it.each(files)('%s decodes, or names encryption', async (rel) => {
    const bytes = load(rel)
    if (tailMagic(bytes) === 'PARE') {
      await expect(readMetadata(bytes)).rejects.toMatchObject({ name: 'ParquetError', code: 'ENCRYPTED_FOOTER' })
      return
    }
    const m = await readMetadata(bytes)
    expect(m.schema.leaves.length).toBeGreaterThan(0)
    let rows = 0
    for (const rg of m.rowGroups) {
      rows += rg.numRows
      expect(rg.columns).toHaveLength(m.schema.leaves.length)
      for (const c of rg.columns) if (!c.encrypted) expect(c.end).toBeLessThanOrEqual(m.footerOffset)
    }
    expect(rows).toBe(m.numRows)
    // repeated_no_annotation.parquet's writer left the footer's num_rows at 0 (DuckDB reads its 6 rows).
    if (!rel.endsWith('repeated_no_annotation.parquet')) expect(m.fileMetaData.num_rows).toBe(rows)
  })
  it('rejects PARQUET-1481 with a ParquetError', async () => {
    await expect(meta('bad_data/PARQUET-1481.parquet')).rejects.toBeInstanceOf(ParquetError)
  })
  it.each(corpusBadFiles())('%s: metadata decodes or fails with ParquetError only', async (rel) => {
    try {
      await meta(rel)
    } catch (e) {
      expect(e).toBeInstanceOf(ParquetError)
    }
  })
})

describe('facts from FACTS.md', () => {
  it('fixed_length_byte_array: min, max and null count', async () => {
    const m = await meta('data/fixed_length_byte_array.parquet')
    const c = m.rowGroups[0]!.columns[0]!
    expect(m.numRows).toBe(1000)
    expect(c.column.physicalType).toBe('FIXED_LEN_BYTE_ARRAY')
    expect(c.column.typeLength).toBe(4)
    const s = chunkStatistics(c)
    expect(hex(s?.min)).toBe('00000001')
    expect(hex(s?.max)).toBe('000003e8')
    expect(s?.nullCount).toBe(105)
  })
  it('int32_with_null_pages: 1000 values, 275 nulls', async () => {
    const m = await meta('data/int32_with_null_pages.parquet')
    expect(m.numRows).toBe(1000)
    expect(chunkStatistics(m.rowGroups[0]!.columns[0]!)?.nullCount).toBe(275)
  })
  it('nan_in_stats: a NaN max makes min and max unusable', async () => {
    const s = chunkStatistics((await meta('data/nan_in_stats.parquet')).rowGroups[0]!.columns[0]!)!
    expect(s.min).toBeUndefined()
    expect(s.max).toBeUndefined()
  })
  it('float16 statistics: values and signed zeros', async () => {
    const a = (await meta('data/float16_nonzeros_and_nans.parquet')).rowGroups[0]!.columns[0]!
    expect(a.column.logicalType).toEqual({ type: 'FLOAT16' })
    // x = [null, 1.0, -2.0, NaN, 0.0, -1.0, -0.0, 2.0]
    expect(chunkStatistics(a)).toMatchObject({ min: -2, max: 2, nullCount: 1 })
    const b = chunkStatistics((await meta('data/float16_zeros_and_nans.parquet')).rowGroups[0]!.columns[0]!)!
    // x = [null, 0.0, NaN]: zero bounds read as [-0, +0]
    expect(Object.is(b.min, -0)).toBe(true)
    expect(Object.is(b.max, 0)).toBe(true)
  })
  it('column_chunk_key_value_metadata: per-chunk key-value pairs', async () => {
    const m = await meta('data/column_chunk_key_value_metadata.parquet')
    const kv = m.rowGroups[0]!.columns[0]!.metaData!.key_value_metadata
    expect(kv).toEqual([{ key: 'foo', value: 'bar' }, { key: 'thisiskeywithoutvalue' }])
    expect(m.schema.leaves.map((l) => l.physicalType)).toEqual(['INT32', 'INT32'])
  })
  it('sort_columns: sorting columns and two row groups', async () => {
    const m = await meta('data/sort_columns.parquet')
    expect(m.rowGroups).toHaveLength(2)
    expect(m.schema.leaves.map((l) => l.physicalType)).toEqual(['INT64', 'BYTE_ARRAY'])
    for (const rg of m.rowGroups) {
      expect(rg.rowGroup.sorting_columns).toEqual([
        { column_idx: 0, descending: true, nulls_first: true },
        { column_idx: 1, descending: false, nulls_first: false },
      ])
    }
  })
  it('binary_truncated_min_max: exactness flags', async () => {
    const m = await meta('data/binary_truncated_min_max.parquet')
    const flags = m.rowGroups[0]!.columns.map((c) => [c.path, chunkStatistics(c)?.isMinExact, chunkStatistics(c)?.isMaxExact])
    expect(flags).toEqual([
      ['utf8_full_truncation', false, false],
      ['binary_full_truncation', false, false],
      ['utf8_partial_truncation', false, true],
      ['binary_partial_truncation', false, true],
      ['utf8_no_truncation', true, true],
      ['binary_no_truncation', true, true],
    ])
  })
  it('unknown-logical-type: the unknown member is kept and the column reads as its physical type', async () => {
    const m = await meta('data/unknown-logical-type.parquet')
    const unknown = m.schema.leaves[1]!
    expect(unknown.physicalType).toBe('BYTE_ARRAY')
    expect(unknown.logicalType).toBeUndefined()
    expect(unknown.element.logicalType?.unknown).toBeTypeOf('number')
  })
  it('old_list_structure: legacy two-level list levels', async () => {
    const m = await meta('data/old_list_structure.parquet')
    const leaf = m.schema.leaves[0]!
    expect(leaf.path).toEqual(['a', 'array', 'array'])
    expect(leaf.maxRepetitionLevel).toBe(2)
    expect(leaf.maxDefinitionLevel).toBe(2)
    expect(m.schema.root.children[0]!.logicalType).toEqual({ type: 'LIST' })
  })
  it('geospatial: GEOMETRY with its CRS', async () => {
    const m = await meta('data/geospatial/crs-srid.parquet')
    expect(m.schema.leaves[1]!.logicalType).toEqual({ type: 'GEOMETRY', crs: 'srid:5070' })
  })
  it('plaintext-footer encrypted file: columns flagged as encrypted', async () => {
    const m = await meta('data/encrypt_columns_plaintext_footer.parquet.encrypted')
    const encrypted = m.rowGroups[0]!.columns.filter((c) => c.encrypted).map((c) => c.path)
    expect(encrypted).toEqual(expect.arrayContaining(['double_field', 'float_field']))
  })
})

describe('chunkStatistics and the column order (parquet.thrift ColumnMetaData.statistics, ColumnOrder)', () => {
  const le32 = (n: number) => new Uint8Array(Int32Array.of(n).buffer)
  // One INT32 column whose chunk carries both the deprecated min/max (-5, 9) and min_value/max_value (-3, 7).
  const file = (column_orders?: ColumnOrder[]): FileMetaData => ({
    version: 1,
    num_rows: 1,
    schema: [{ name: 'root', num_children: 1 }, { name: 'x', type: 1, repetition_type: 0 }],
    row_groups: [{
      num_rows: 1,
      total_byte_size: 4,
      columns: [{
        file_offset: 4,
        meta_data: {
          type: 1, encodings: [0], path_in_schema: ['x'], codec: 0, num_values: 1, total_uncompressed_size: 4, total_compressed_size: 4,
          data_page_offset: 4, statistics: { min: le32(-5), max: le32(9), min_value: le32(-3), max_value: le32(7), null_count: 0 },
        },
      }],
    }],
    column_orders,
  })
  const chunk = (f: FileMetaData) => describeMetadata(f, { name: 't' }, { byteLength: 100, offset: 50, length: 42 }).rowGroups[0]!.columns[0]!
  it('TYPE_ORDER: min_value/max_value', () => {
    const c = chunk(file([{ TYPE_ORDER: {} }]))
    expect(c.typeOrder).toBe(true)
    expect(chunkStatistics(c)).toEqual({ min: -3, max: 7, nullCount: 0 })
  })
  it('no column orders: min_value/max_value', () => {
    const c = chunk(file())
    expect(c.typeOrder).toBe(true)
    expect(chunkStatistics(c)).toEqual({ min: -3, max: 7, nullCount: 0 })
  })
  it('an order other than TYPE_ORDER: only the deprecated min/max (INT32 sorts signed)', () => {
    const c = chunk(file([{ unknown: 9 }]))
    expect(c.typeOrder).toBe(false)
    expect(chunkStatistics(c)).toEqual({ min: -5, max: 9, nullCount: 0 })
  })
  it('no statistics: undefined', () => {
    const f = file()
    delete f.row_groups[0]!.columns[0]!.meta_data!.statistics
    expect(chunkStatistics(chunk(f))).toBeUndefined()
  })
})

describe('footer objects inconsistent with the schema or the file: METADATA_INVALID with context', () => {
  const schema = [{ name: 'root', num_children: 1 }, { name: 'x', type: 1 as const, repetition_type: 0 as const }]
  const meta = { type: 1 as const, encodings: [0], path_in_schema: ['x'], codec: 0 as const, num_values: 1, total_uncompressed_size: 4, total_compressed_size: 4, data_page_offset: 4 }
  const describe1 = (columns: FileMetaData['row_groups'][number]['columns']) =>
    describeMetadata({ version: 1, num_rows: 1, schema, row_groups: [{ num_rows: 1, total_byte_size: 4, columns }] }, { name: 't' }, { byteLength: 100, offset: 50, length: 42 })
  const ctx = { source: 't', rowGroup: 0, column: 'x' }
  it.each([
    ['two chunks for one leaf', [{ file_offset: 4, meta_data: meta }, { file_offset: 4, meta_data: meta }], { source: 't', rowGroup: 0 }],
    ['no ColumnMetaData, not encrypted', [{ file_offset: 4 }], ctx],
    ['physical type other than the schema', [{ file_offset: 4, meta_data: { ...meta, type: 2 as const } }], ctx],
    ['chunk running into the footer', [{ file_offset: 4, meta_data: { ...meta, data_page_offset: 48 } }], { ...ctx, offset: 48 }],
    ['chunk starting in the magic', [{ file_offset: 4, meta_data: { ...meta, data_page_offset: 2 } }], { ...ctx, offset: 2 }],
    ['negative size', [{ file_offset: 4, meta_data: { ...meta, total_compressed_size: -1 } }], { ...ctx, offset: 4 }],
  ])('%s', (_, columns, context) => {
    expect(() => describe1(columns)).toThrow(expect.objectContaining({ code: 'METADATA_INVALID', context }))
  })
  it('a chunk whose metadata is encrypted is described without it', () => {
    const c = describe1([{ file_offset: 4, encrypted_column_metadata: new Uint8Array(3) }]).rowGroups[0]!.columns[0]!
    expect(c).toMatchObject({ encrypted: true, codec: 'UNKNOWN', encodings: [], start: 0, end: 0 })
  })
  it('a bad schema is SCHEMA_INVALID with the source', () => {
    const bad = () => describeMetadata({ version: 1, num_rows: 0, schema: [], row_groups: [] }, { name: 't' }, { byteLength: 100, offset: 50, length: 42 })
    expect(bad).toThrow(expect.objectContaining({ code: 'SCHEMA_INVALID', context: { source: 't' } }))
  })
  it('dictionary page first; parquet-mr before 1.2.9 gets 100 bytes of padding', () => {
    const dict = { ...meta, dictionary_page_offset: 10, data_page_offset: 20, total_compressed_size: 15 }
    const at = (created_by?: string) => {
      const m = describeMetadata({ version: 1, num_rows: 1, schema, row_groups: [{ num_rows: 1, total_byte_size: 4, columns: [{ file_offset: 4, meta_data: dict }] }], created_by }, { name: 't' }, { byteLength: 200, offset: 150, length: 42 })
      const c = m.rowGroups[0]!.columns[0]!
      return [c.start, c.end]
    }
    expect(at()).toEqual([10, 25])
    expect(at('parquet-mr version 1.2.8')).toEqual([10, 125])
    expect(at('parquet-mr')).toEqual([10, 125])
    expect(at('parquet-mr version 1.2.9')).toEqual([10, 25])
    expect(at('parquet-mr version 1.10.0 (build x)')).toEqual([10, 25])
    expect(at('parquet-cpp version 1.0.0')).toEqual([10, 25])
  })
})

describe('bad input', () => {
  it('too small, wrong magic, oversized footer length', async () => {
    await expect(readMetadata(new Uint8Array(5))).rejects.toMatchObject({ code: 'NOT_PARQUET' })
    const bytes = new Uint8Array(load('data/alltypes_plain.parquet'))
    const wrongMagic = bytes.slice()
    wrongMagic[wrongMagic.length - 1] = 0x30
    await expect(readMetadata(wrongMagic)).rejects.toMatchObject({ code: 'NOT_PARQUET' })
    const hugeFooter = bytes.slice()
    new DataView(hugeFooter.buffer).setUint32(hugeFooter.length - 8, 0xfffffff0, true)
    await expect(readMetadata(hugeFooter)).rejects.toMatchObject({ code: 'FOOTER_TOO_LARGE' })
  })
  it('a footer that does not decode: its thrift error at the file offset', async () => {
    const bytes = new Uint8Array(load('data/alltypes_plain.parquet'))
    const n = bytes.length
    const start = n - 8 - new DataView(bytes.buffer, bytes.byteOffset).getUint32(n - 8, true)
    // Compact protocol field header: id delta 1, wire type 14 (there is none above 13); the error is at the next byte.
    bytes[start] = 0x1e
    await expect(readMetadata(bytes)).rejects.toMatchObject({ code: 'THRIFT_INVALID', context: { source: 'buffer', offset: start + 1 } })
    await expect(readMetadata(bytes)).rejects.toThrow(/^cannot decode the footer: .*found 14 \(source buffer, offset \d+\)$/)
  })
})

describe('remote metadata', () => {
  let server: RangeServer
  beforeAll(async () => {
    server = await startRangeServer({
      'alltypes_plain.parquet': corpusFile('data/alltypes_plain.parquet'),
      'nested_structs.rust.parquet': corpusFile('data/nested_structs.rust.parquet'),
    })
  })
  afterAll(() => server.close())
  it.each(['alltypes_plain.parquet', 'nested_structs.rust.parquet'])('reading the metadata of %s costs one request', async (name) => {
    server.reset()
    const m = await readMetadata(server.url(name))
    expect(m.numRows).toBeGreaterThan(0)
    expect(server.requests).toBe(1)
  })
  it('a footer larger than the first read costs one more request', async () => {
    server.reset()
    const m = await readMetadata(server.url('nested_structs.rust.parquet'), { footerReadSize: 64 })
    expect(m.schema.leaves).toHaveLength(216)
    expect(server.requests).toBe(2)
  })
})
