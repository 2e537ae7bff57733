// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol descriptors (see StructDesc in src/thrift/struct-desc.ts) of PageHeader and the
 * page headers it contains (Thrift IDL thrift/parquet.thrift), read by readStruct and written by
 * writeStruct.
 */
import type { StructDesc } from '../thrift/struct-desc.js'
import { Statistics$ } from './parquet-footer-desc.gen.js'

export const DataPageHeader$: StructDesc = ['DataPageHeader i!num_values i!encoding i!definition_level_encoding i!repetition_level_encoding Sstatistics', [Statistics$]]

export const DictionaryPageHeader$: StructDesc = ['DictionaryPageHeader i!num_values i!encoding bis_sorted']

export const DataPageHeaderV2$: StructDesc = ['DataPageHeaderV2 i!num_values i!num_nulls i!num_rows i!encoding i!definition_levels_byte_length i!repetition_levels_byte_length bis_compressed Sstatistics', [Statistics$]]

export const PageHeader$: StructDesc = ['PageHeader i!type i!uncompressed_page_size i!compressed_page_size icrc Sdata_page_header eindex_page_header Sdictionary_page_header Sdata_page_header_v2', [DataPageHeader$, DictionaryPageHeader$, DataPageHeaderV2$]]
