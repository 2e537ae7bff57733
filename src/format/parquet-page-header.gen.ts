// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol decoders (readX: readStruct over the struct's descriptor) of PageHeader and the
 * page headers it contains (Thrift IDL thrift/parquet.thrift).
 */
import type { Cursor } from '../cursor.js'
import { readStruct } from '../thrift/struct-read.js'
import { SKIPPED } from '../thrift/struct-desc.js'
import { DataPageHeader$, DataPageHeaderV2$, DictionaryPageHeader$, PageHeader$ } from './parquet-page-header-desc.gen.js'
import type { DataPageHeader, DataPageHeaderV2, DictionaryPageHeader, IndexPageHeader, PageHeader } from './parquet.gen.js'

/** Decodes a DataPageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readDataPageHeader(c: Cursor): DataPageHeader {
  return readStruct(c, DataPageHeader$)
}

/** Decodes a IndexPageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readIndexPageHeader(c: Cursor): IndexPageHeader {
  return readStruct(c, SKIPPED)
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
