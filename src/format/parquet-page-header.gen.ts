// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol decoders (readX: a descriptor per struct, read by readStruct) of PageHeader and
 * the page headers it contains (Thrift IDL thrift/parquet.thrift).
 */
import type { Cursor } from '../cursor.js'
import { readStruct, type StructDesc } from '../thrift/struct-read.js'
import { Empty$, Statistics$ } from './parquet-footer.gen.js'
import type { DataPageHeader, DataPageHeaderV2, DictionaryPageHeader, IndexPageHeader, PageHeader } from './parquet.gen.js'

const DataPageHeader$: StructDesc = ['DataPageHeader', ['num_values', 'encoding', 'definition_level_encoding', 'repetition_level_encoding'], [,
  [517, (v, x) => (v.num_values = x)],
  [1029, (v, x) => (v.encoding = x)],
  [2053, (v, x) => (v.definition_level_encoding = x)],
  [4101, (v, x) => (v.repetition_level_encoding = x)],
  [12, (v, x) => (v.statistics = x), Statistics$],
]]

const DictionaryPageHeader$: StructDesc = ['DictionaryPageHeader', ['num_values', 'encoding'], [,
  [517, (v, x) => (v.num_values = x)],
  [1029, (v, x) => (v.encoding = x)],
  [1, (v, x) => (v.is_sorted = x)],
]]

const DataPageHeaderV2$: StructDesc = ['DataPageHeaderV2', ['num_values', 'num_nulls', 'num_rows', 'encoding', 'definition_levels_byte_length', 'repetition_levels_byte_length'], [,
  [517, (v, x) => (v.num_values = x)],
  [1029, (v, x) => (v.num_nulls = x)],
  [2053, (v, x) => (v.num_rows = x)],
  [4101, (v, x) => (v.encoding = x)],
  [8197, (v, x) => (v.definition_levels_byte_length = x)],
  [16389, (v, x) => (v.repetition_levels_byte_length = x)],
  [1, (v, x) => (v.is_compressed = x)],
  [12, (v, x) => (v.statistics = x), Statistics$],
]]

const PageHeader$: StructDesc = ['PageHeader', ['type', 'uncompressed_page_size', 'compressed_page_size'], [,
  [517, (v, x) => (v.type = x)],
  [1029, (v, x) => (v.uncompressed_page_size = x)],
  [2053, (v, x) => (v.compressed_page_size = x)],
  [5, (v, x) => (v.crc = x)],
  [12, (v, x) => (v.data_page_header = x), DataPageHeader$],
  [12, (v, x) => (v.index_page_header = x), Empty$],
  [12, (v, x) => (v.dictionary_page_header = x), DictionaryPageHeader$],
  [12, (v, x) => (v.data_page_header_v2 = x), DataPageHeaderV2$],
]]

/** Decodes a DataPageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readDataPageHeader(c: Cursor): DataPageHeader {
  return readStruct(c, DataPageHeader$)
}

/** Decodes a IndexPageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readIndexPageHeader(c: Cursor): IndexPageHeader {
  return readStruct(c, Empty$)
}

/** Decodes a DictionaryPageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readDictionaryPageHeader(c: Cursor): DictionaryPageHeader {
  return readStruct(c, DictionaryPageHeader$)
}

/** Decodes a DataPageHeaderV2 (Thrift compact protocol) at the cursor, advancing it. */
export function readDataPageHeaderV2(c: Cursor): DataPageHeaderV2 {
  return readStruct(c, DataPageHeaderV2$)
}

/** Decodes a PageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readPageHeader(c: Cursor): PageHeader {
  return readStruct(c, PageHeader$)
}
