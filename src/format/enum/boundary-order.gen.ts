// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * The values of Thrift enum BoundaryOrder (Whether the page min/max lists of a ColumnIndex are
 * sorted) as constants that bundlers inline; import the module as a namespace. The enum object, its
 * name table and its type are in ../parquet.gen.ts.
 */

export const UNORDERED = 0
export const ASCENDING = 1
export const DESCENDING = 2
