// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * The values of Thrift enum CompressionCodec (Page compression codecs) as constants that bundlers
 * inline; import the module as a namespace. The enum object, its name table and its type are in
 * ../parquet.gen.ts.
 */

export const UNCOMPRESSED = 0
export const SNAPPY = 1
export const GZIP = 2
export const LZO = 3
export const BROTLI = 4
/** deprecated Hadoop-framed LZ4 */
export const LZ4 = 5
export const ZSTD = 6
export const LZ4_RAW = 7
