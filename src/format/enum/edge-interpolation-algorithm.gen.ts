// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * The values of Thrift enum EdgeInterpolationAlgorithm (Interpolation of edges between the vertices
 * of a GEOGRAPHY value) as constants that bundlers inline; import the module as a namespace. The
 * enum object, its name table and its type are in ../parquet.gen.ts.
 */

export const SPHERICAL = 0
export const VINCENTY = 1
export const THOMAS = 2
export const ANDOYER = 3
export const KARNEY = 4
