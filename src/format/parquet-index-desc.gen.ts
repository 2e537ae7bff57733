// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol descriptors (see StructDesc in src/thrift/struct-desc.ts) of the page index
 * (ColumnIndex, OffsetIndex) and the bloom filter header (Thrift IDL thrift/parquet.thrift), read
 * by readStruct and written by writeStruct.
 */
import type { StructDesc } from '../thrift/struct-desc.js'

export const BloomFilterAlgorithm$: StructDesc = ['| eBLOCK']

export const BloomFilterHash$: StructDesc = ['| eXXHASH']

export const BloomFilterCompression$: StructDesc = ['| eUNCOMPRESSED']

export const BloomFilterHeader$: StructDesc = ['BloomFilterHeader i!numBytes S!algorithm S!hash S!compression', [BloomFilterAlgorithm$, BloomFilterHash$, BloomFilterCompression$]]

export const PageLocation$: StructDesc = ['PageLocation l!offset i!compressed_page_size l!first_row_index']

export const OffsetIndex$: StructDesc = ['OffsetIndex LS!page_locations Llunencoded_byte_array_data_bytes', [PageLocation$]]

export const ColumnIndex$: StructDesc = ['ColumnIndex Lb!null_pages LB!min_values LB!max_values i!boundary_order Llnull_counts Llrepetition_level_histograms Lldefinition_level_histograms Llnan_counts']
