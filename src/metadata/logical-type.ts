/**
 * Logical types, resolved: the LogicalType union of the footer (LogicalTypes.md)
 * or, for files that only carry the legacy ConvertedType, its equivalent.
 * The result is a plain tagged object the reader and writer switch on.
 */
import type { LogicalType, SchemaElement, TimeUnit as ThriftTimeUnit } from '../format/parquet.gen.js'

/** The unit of a TIME or TIMESTAMP column. */
export type TimeUnit = 'MILLIS' | 'MICROS' | 'NANOS'

/** The logical type of a column (LogicalTypes.md), with its parameters, from LogicalType or the legacy ConvertedType. */
export type LogicalTypeInfo =
  | { type: 'STRING' }
  | { type: 'MAP' }
  | { type: 'MAP_KEY_VALUE' }
  | { type: 'LIST' }
  | { type: 'ENUM' }
  | { type: 'DECIMAL'; precision: number; scale: number }
  | { type: 'DATE' }
  | { type: 'TIME'; unit: TimeUnit; isAdjustedToUTC: boolean }
  | { type: 'TIMESTAMP'; unit: TimeUnit; isAdjustedToUTC: boolean }
  | { type: 'INTEGER'; bitWidth: number; isSigned: boolean }
  | { type: 'UNKNOWN' }
  | { type: 'JSON' }
  | { type: 'BSON' }
  | { type: 'UUID' }
  | { type: 'FLOAT16' }
  | { type: 'INTERVAL' }
  | { type: 'VARIANT'; specificationVersion?: number }
  | { type: 'GEOMETRY'; crs?: string }
  | { type: 'GEOGRAPHY'; crs?: string; algorithm?: string }

const EDGE_ALGORITHMS = ['SPHERICAL', 'VINCENTY', 'THOMAS', 'ANDOYER', 'KARNEY']

/** Resolves the LogicalType union; undefined for a member the IDL does not know, and for VECTOR (read as its physical type). */
export function fromLogicalType(t: LogicalType): LogicalTypeInfo | undefined {
  const type = Object.keys(t).find((m) => m !== 'unknown' && m !== 'VECTOR') as keyof LogicalType | undefined
  if (!type) return undefined
  // Parameter names are the IDL's, except the three renamed or turned into names here.
  const { unit, specification_version, algorithm, ...params } = t[type] as Record<string, never> & { unit?: ThriftTimeUnit }
  const info: Record<string, unknown> = { type, ...params }
  if (unit) info.unit = unit.NANOS ? 'NANOS' : unit.MICROS ? 'MICROS' : 'MILLIS'
  if (specification_version !== undefined) info.specificationVersion = specification_version
  if (algorithm !== undefined) info.algorithm = EDGE_ALGORITHMS[algorithm] ?? String(algorithm)
  return info as LogicalTypeInfo
}

/** Logical types of the legacy ConvertedType ids 0-21 (parquet.thrift); their parameters are filled in below. */
const CONVERTED = [
  'STRING', 'MAP', 'MAP_KEY_VALUE', 'LIST', 'ENUM', 'DECIMAL', 'DATE', 'TIME', 'TIME', 'TIMESTAMP', 'TIMESTAMP',
  'INTEGER', 'INTEGER', 'INTEGER', 'INTEGER', 'INTEGER', 'INTEGER', 'INTEGER', 'INTEGER', 'JSON', 'BSON', 'INTERVAL',
] as const

/** The legacy ConvertedType ids (parquet.thrift), resolved to their logical equivalent. */
export function fromConvertedType(element: SchemaElement): LogicalTypeInfo | undefined {
  const c = element.converted_type!
  const type = CONVERTED[c]
  // UINT_8..UINT_64 are ids 11-14, INT_8..INT_64 15-18; TIME_MILLIS, TIME_MICROS, TIMESTAMP_MILLIS, TIMESTAMP_MICROS 7-10.
  if (type === 'INTEGER') return { type, bitWidth: 8 << (c - 11) % 4, isSigned: c > 14 }
  if (type === 'DECIMAL') return { type, precision: element.precision ?? 0, scale: element.scale ?? 0 }
  if (type === 'TIME' || type === 'TIMESTAMP') return { type, unit: c % 2 ? 'MILLIS' : 'MICROS', isAdjustedToUTC: true }
  return type && { type }
}

/** LogicalType first (it is the newer, richer form), then ConvertedType. */
export function resolveLogicalType(element: SchemaElement): LogicalTypeInfo | undefined {
  if (element.logicalType) {
    const resolved = fromLogicalType(element.logicalType)
    if (resolved) return resolved
    // An unknown member: the spec says to read the column as its physical type.
    if (element.logicalType.unknown !== undefined) return undefined
  }
  return fromConvertedType(element)
}
