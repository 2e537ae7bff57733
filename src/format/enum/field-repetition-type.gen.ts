// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * The values of Thrift enum FieldRepetitionType (How often a schema node occurs in its parent) as
 * constants that bundlers inline; import the module as a namespace. The enum object, its name table
 * and its type are in ../parquet.gen.ts.
 */

export const REQUIRED = 0
export const OPTIONAL = 1
export const REPEATED = 2
/** fixed number of slots, see SchemaElement.vector_length */
export const VECTOR = 3
