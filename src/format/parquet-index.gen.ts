// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol decoders (readX: readStruct over the struct's descriptor) of the page index
 * (ColumnIndex, OffsetIndex) and the bloom filter header (Thrift IDL thrift/parquet.thrift).
 */
import type { Cursor } from '../cursor.js'
import { readStruct } from '../thrift/struct-read.js'
import { SKIPPED } from '../thrift/struct-desc.js'
import { BloomFilterAlgorithm$, BloomFilterCompression$, BloomFilterHash$, BloomFilterHeader$, ColumnIndex$, OffsetIndex$, PageLocation$ } from './parquet-index-desc.gen.js'
import type { BloomFilterAlgorithm, BloomFilterCompression, BloomFilterHash, BloomFilterHeader, ColumnIndex, OffsetIndex, PageLocation, SplitBlockAlgorithm, Uncompressed, XxHash } from './parquet.gen.js'

/** Decodes a SplitBlockAlgorithm (Thrift compact protocol) at the cursor, advancing it. */
export function readSplitBlockAlgorithm(c: Cursor): SplitBlockAlgorithm {
  return readStruct(c, SKIPPED)
}

/** Decodes a BloomFilterAlgorithm (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterAlgorithm(c: Cursor): BloomFilterAlgorithm {
  return readStruct(c, BloomFilterAlgorithm$)
}

/** Decodes a XxHash (Thrift compact protocol) at the cursor, advancing it. */
export function readXxHash(c: Cursor): XxHash {
  return readStruct(c, SKIPPED)
}

/** Decodes a BloomFilterHash (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterHash(c: Cursor): BloomFilterHash {
  return readStruct(c, BloomFilterHash$)
}

/** Decodes a Uncompressed (Thrift compact protocol) at the cursor, advancing it. */
export function readUncompressed(c: Cursor): Uncompressed {
  return readStruct(c, SKIPPED)
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
