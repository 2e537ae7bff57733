/** Decoded metadata checked against the facts listed in the corpus's FACTS.md. */
import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { BoundaryOrder, type ColumnChunk, type FileMetaData } from '../../src/format/parquet.gen.js'
import { readFileMetaData } from '../../src/format/parquet-footer.gen.js'
import { readColumnIndex, readOffsetIndex } from '../../src/format/parquet-index.gen.js'
import { fileBytes, footerOf } from './footer.js'

function load(f: string): { file: Uint8Array; meta: FileMetaData } {
  const file = fileBytes(f)
  return { file, meta: readFileMetaData(makeCursor(footerOf(file))) }
}

function columnIndex(file: Uint8Array, col: ColumnChunk) {
  return readColumnIndex(makeCursor(file, col.column_index_offset!))
}

describe('corpus facts', () => {
  it('int32_with_null_pages: 10 pages of 100 rows, page 2 all null', () => {
    const { file, meta } = load('data/int32_with_null_pages.parquet')
    const col = meta.row_groups[0]!.columns[0]!
    const ci = columnIndex(file, col)
    expect(ci.null_pages).toHaveLength(10)
    expect(ci.null_pages[2]).toBe(true)
    expect(ci.null_pages.filter((x) => x)).toHaveLength(1)
    const oi = readOffsetIndex(makeCursor(file, col.offset_index_offset!))
    expect(oi.page_locations.map((p) => p.first_row_index)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900])
  })

  it('fixed_length_byte_array: descending boundary order, min 0x00000001, max 0x000003E8, 105 nulls', () => {
    const { file, meta } = load('data/fixed_length_byte_array.parquet')
    const col = meta.row_groups[0]!.columns[0]!
    expect(columnIndex(file, col).boundary_order).toBe(BoundaryOrder.DESCENDING)
    const stats = col.meta_data!.statistics!
    expect([...stats.min_value!]).toEqual([0, 0, 0, 1])
    expect([...stats.max_value!]).toEqual([0, 0, 3, 0xe8])
    expect(stats.null_count).toBe(105)
    expect(meta.num_rows).toBe(1000)
  })

  it('sort_columns: first descending with nulls first, second ascending with nulls last', () => {
    const { meta } = load('data/sort_columns.parquet')
    expect(meta.row_groups).toHaveLength(2)
    expect(meta.row_groups[0]!.sorting_columns).toEqual([
      { column_idx: 0, descending: true, nulls_first: true },
      { column_idx: 1, descending: false, nulls_first: false },
    ])
  })

  it('column_chunk_key_value_metadata: {foo: bar, thisiskeywithoutvalue: no value}', () => {
    const { meta } = load('data/column_chunk_key_value_metadata.parquet')
    const kv = meta.row_groups[0]!.columns.map((c) => c.meta_data!.key_value_metadata).find((x) => x)
    expect(kv).toEqual([{ key: 'foo', value: 'bar' }, { key: 'thisiskeywithoutvalue' }])
  })

  it('encrypt_columns_plaintext_footer: the footer names its encryption algorithm', () => {
    const { meta } = load('data/encrypt_columns_plaintext_footer.parquet.encrypted')
    const alg = meta.encryption_algorithm!
    expect(alg.AES_GCM_V1 ?? alg.AES_GCM_CTR_V1).toBeDefined()
    const encrypted = meta.row_groups[0]!.columns.filter((c) => c.crypto_metadata)
    expect(encrypted.length).toBeGreaterThan(0)
  })
})
