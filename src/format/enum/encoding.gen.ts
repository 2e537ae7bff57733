// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * The values of Thrift enum Encoding (Value and level encodings (id 1 was GROUP_VAR_INT, never
 * used)) as constants that bundlers inline; import the module as a namespace. The enum object, its
 * name table and its type are in ../parquet.gen.ts.
 */

export const PLAIN = 0
/** deprecated spelling of dictionary encoding */
export const PLAIN_DICTIONARY = 2
export const RLE = 3
/** deprecated */
export const BIT_PACKED = 4
export const DELTA_BINARY_PACKED = 5
export const DELTA_LENGTH_BYTE_ARRAY = 6
export const DELTA_BYTE_ARRAY = 7
export const RLE_DICTIONARY = 8
export const BYTE_STREAM_SPLIT = 9
/** adaptive lossless floating point */
export const ALP = 10
