/**
 * Thrift compact protocol wire types: the low nibble of a field header and the
 * element type of a list header. In a file of their own so that the writing
 * side (compact-write.ts, the generated encoders) takes none of the reading code.
 */

/**
 * Compact protocol wire types (the low nibble of a field header). compact-read.ts
 * writes them as numbers in its own code, so that bundlers inline them.
 */
export const CT_STOP = 0
export const CT_BOOL_TRUE = 1
export const CT_BOOL_FALSE = 2
export const CT_BYTE = 3
export const CT_I16 = 4
export const CT_I32 = 5
export const CT_I64 = 6
export const CT_DOUBLE = 7
export const CT_BINARY = 8
export const CT_LIST = 9
export const CT_SET = 10
export const CT_MAP = 11
export const CT_STRUCT = 12
export const CT_UUID = 13
