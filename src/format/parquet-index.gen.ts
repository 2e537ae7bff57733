// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol decoders (readX: a descriptor per struct, read by readStruct) of the page index
 * (ColumnIndex, OffsetIndex) and the bloom filter header (Thrift IDL thrift/parquet.thrift).
 */
import type { Cursor } from '../cursor.js'
import { readStruct, type StructDesc } from '../thrift/struct-read.js'
import { Empty$ } from './parquet-footer.gen.js'
import type { BloomFilterAlgorithm, BloomFilterCompression, BloomFilterHash, BloomFilterHeader, ColumnIndex, OffsetIndex, PageLocation, SplitBlockAlgorithm, Uncompressed, XxHash } from './parquet.gen.js'

const BloomFilterAlgorithm$: StructDesc = ['', [], [,
  [12, (v, x) => (v.BLOCK = x), Empty$],
], 1]

const BloomFilterHash$: StructDesc = ['', [], [,
  [12, (v, x) => (v.XXHASH = x), Empty$],
], 1]

const BloomFilterCompression$: StructDesc = ['', [], [,
  [12, (v, x) => (v.UNCOMPRESSED = x), Empty$],
], 1]

const BloomFilterHeader$: StructDesc = ['BloomFilterHeader', ['numBytes', 'algorithm', 'hash', 'compression'], [,
  [517, (v, x) => (v.numBytes = x)],
  [1036, (v, x) => (v.algorithm = x), BloomFilterAlgorithm$],
  [2060, (v, x) => (v.hash = x), BloomFilterHash$],
  [4108, (v, x) => (v.compression = x), BloomFilterCompression$],
]]

const PageLocation$: StructDesc = ['PageLocation', ['offset', 'compressed_page_size', 'first_row_index'], [,
  [518, (v, x) => (v.offset = x)],
  [1029, (v, x) => (v.compressed_page_size = x)],
  [2054, (v, x) => (v.first_row_index = x)],
]]

const OffsetIndex$: StructDesc = ['OffsetIndex', ['page_locations'], [,
  [713, (v, x) => (v.page_locations = x), PageLocation$],
  [105, (v, x) => (v.unencoded_byte_array_data_bytes = x)],
]]

const ColumnIndex$: StructDesc = ['ColumnIndex', ['null_pages', 'min_values', 'max_values', 'boundary_order'], [,
  [537, (v, x) => (v.null_pages = x)],
  [1161, (v, x) => (v.min_values = x)],
  [2185, (v, x) => (v.max_values = x)],
  [4101, (v, x) => (v.boundary_order = x)],
  [105, (v, x) => (v.null_counts = x)],
  [105, (v, x) => (v.repetition_level_histograms = x)],
  [105, (v, x) => (v.definition_level_histograms = x)],
  [105, (v, x) => (v.nan_counts = x)],
]]

/** Decodes a SplitBlockAlgorithm (Thrift compact protocol) at the cursor, advancing it. */
export function readSplitBlockAlgorithm(c: Cursor): SplitBlockAlgorithm {
  return readStruct(c, Empty$)
}

/** Decodes a BloomFilterAlgorithm (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterAlgorithm(c: Cursor): BloomFilterAlgorithm {
  return readStruct(c, BloomFilterAlgorithm$)
}

/** Decodes a XxHash (Thrift compact protocol) at the cursor, advancing it. */
export function readXxHash(c: Cursor): XxHash {
  return readStruct(c, Empty$)
}

/** Decodes a BloomFilterHash (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterHash(c: Cursor): BloomFilterHash {
  return readStruct(c, BloomFilterHash$)
}

/** Decodes a Uncompressed (Thrift compact protocol) at the cursor, advancing it. */
export function readUncompressed(c: Cursor): Uncompressed {
  return readStruct(c, Empty$)
}

/** Decodes a BloomFilterCompression (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterCompression(c: Cursor): BloomFilterCompression {
  return readStruct(c, BloomFilterCompression$)
}

/** Decodes a BloomFilterHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterHeader(c: Cursor): BloomFilterHeader {
  return readStruct(c, BloomFilterHeader$)
}

/** Decodes a PageLocation (Thrift compact protocol) at the cursor, advancing it. */
export function readPageLocation(c: Cursor): PageLocation {
  return readStruct(c, PageLocation$)
}

/** Decodes a OffsetIndex (Thrift compact protocol) at the cursor, advancing it. */
export function readOffsetIndex(c: Cursor): OffsetIndex {
  return readStruct(c, OffsetIndex$)
}

/** Decodes a ColumnIndex (Thrift compact protocol) at the cursor, advancing it. */
export function readColumnIndex(c: Cursor): ColumnIndex {
  return readStruct(c, ColumnIndex$)
}
