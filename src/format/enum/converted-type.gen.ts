// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * The values of Thrift enum ConvertedType (Legacy annotations, superseded by LogicalType (never
 * extended any more)) as constants that bundlers inline; import the module as a namespace. The enum
 * object, its name table and its type are in ../parquet.gen.ts.
 */

export const UTF8 = 0
export const MAP = 1
export const MAP_KEY_VALUE = 2
export const LIST = 3
export const ENUM = 4
export const DECIMAL = 5
export const DATE = 6
export const TIME_MILLIS = 7
export const TIME_MICROS = 8
export const TIMESTAMP_MILLIS = 9
export const TIMESTAMP_MICROS = 10
export const UINT_8 = 11
export const UINT_16 = 12
export const UINT_32 = 13
export const UINT_64 = 14
export const INT_8 = 15
export const INT_16 = 16
export const INT_32 = 17
export const INT_64 = 18
// biome-ignore lint/suspicious/noShadowRestrictedNames: a module-scoped Thrift enum value
export const JSON = 19
export const BSON = 20
export const INTERVAL = 21
