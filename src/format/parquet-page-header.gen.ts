// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol decoders (readX: a descriptor per struct, read by readStruct) of PageHeader and
 * the page headers it contains (Thrift IDL thrift/parquet.thrift).
 */
import type { Cursor } from '../cursor.js'
import { readStruct, type StructDesc } from '../thrift/struct-read.js'
import { Empty$, Statistics$ } from './parquet-footer.gen.js'
import type { DataPageHeader, DataPageHeaderV2, DictionaryPageHeader, IndexPageHeader, PageHeader } from './parquet.gen.js'

const DataPageHeader$: StructDesc = ['DataPageHeader i!num_values i!encoding i!definition_level_encoding i!repetition_level_encoding Sstatistics', [Statistics$]]

const DictionaryPageHeader$: StructDesc = ['DictionaryPageHeader i!num_values i!encoding bis_sorted']

const DataPageHeaderV2$: StructDesc = ['DataPageHeaderV2 i!num_values i!num_nulls i!num_rows i!encoding i!definition_levels_byte_length i!repetition_levels_byte_length bis_compressed Sstatistics', [Statistics$]]

const PageHeader$: StructDesc = ['PageHeader i!type i!uncompressed_page_size i!compressed_page_size icrc Sdata_page_header eindex_page_header Sdictionary_page_header Sdata_page_header_v2', [DataPageHeader$, DictionaryPageHeader$, DataPageHeaderV2$]]

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
