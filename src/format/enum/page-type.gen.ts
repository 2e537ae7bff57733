// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * The values of Thrift enum PageType as constants that bundlers inline; import the module as a
 * namespace. The enum object, its name table and its type are in ../parquet.gen.ts.
 */

export const DATA_PAGE = 0
export const INDEX_PAGE = 1
export const DICTIONARY_PAGE = 2
export const DATA_PAGE_V2 = 3
