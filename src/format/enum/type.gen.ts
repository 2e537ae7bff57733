// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * The values of Thrift enum Type (Physical (storage) types) as constants that bundlers inline;
 * import the module as a namespace. The enum object, its name table and its type are in
 * ../parquet.gen.ts.
 */

export const BOOLEAN = 0
export const INT32 = 1
export const INT64 = 2
/** legacy timestamps, deprecated */
export const INT96 = 3
export const FLOAT = 4
export const DOUBLE = 5
export const BYTE_ARRAY = 6
export const FIXED_LEN_BYTE_ARRAY = 7
