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

function timeUnit(unit: ThriftTimeUnit): TimeUnit {
  if (unit.NANOS) return 'NANOS'
  if (unit.MICROS) return 'MICROS'
  return 'MILLIS'
}

/** Resolves the LogicalType union; undefined for an unknown member. */
export function fromLogicalType(t: LogicalType): LogicalTypeInfo | undefined {
  if (t.STRING) return { type: 'STRING' }
  if (t.MAP) return { type: 'MAP' }
  if (t.LIST) return { type: 'LIST' }
  if (t.ENUM) return { type: 'ENUM' }
  if (t.DECIMAL) return { type: 'DECIMAL', precision: t.DECIMAL.precision, scale: t.DECIMAL.scale }
  if (t.DATE) return { type: 'DATE' }
  if (t.TIME) return { type: 'TIME', unit: timeUnit(t.TIME.unit), isAdjustedToUTC: t.TIME.isAdjustedToUTC }
  if (t.TIMESTAMP) {
    return { type: 'TIMESTAMP', unit: timeUnit(t.TIMESTAMP.unit), isAdjustedToUTC: t.TIMESTAMP.isAdjustedToUTC }
  }
  if (t.INTEGER) return { type: 'INTEGER', bitWidth: t.INTEGER.bitWidth, isSigned: t.INTEGER.isSigned }
  if (t.UNKNOWN) return { type: 'UNKNOWN' }
  if (t.JSON) return { type: 'JSON' }
  if (t.BSON) return { type: 'BSON' }
  if (t.UUID) return { type: 'UUID' }
  if (t.FLOAT16) return { type: 'FLOAT16' }
  if (t.VARIANT) return { type: 'VARIANT', specificationVersion: t.VARIANT.specification_version }
  if (t.GEOMETRY) return { type: 'GEOMETRY', crs: t.GEOMETRY.crs }
  if (t.GEOGRAPHY) {
    const algorithm = t.GEOGRAPHY.algorithm
    return {
      type: 'GEOGRAPHY',
      crs: t.GEOGRAPHY.crs,
      algorithm: algorithm === undefined ? undefined : (EDGE_ALGORITHMS[algorithm] ?? String(algorithm)),
    }
  }
  return undefined
}

/** The legacy ConvertedType ids (parquet.thrift), resolved to their logical equivalent. */
export function fromConvertedType(element: SchemaElement): LogicalTypeInfo | undefined {
  const c = element.converted_type
  switch (c) {
    case 0: return { type: 'STRING' }
    case 1: return { type: 'MAP' }
    case 2: return { type: 'MAP_KEY_VALUE' }
    case 3: return { type: 'LIST' }
    case 4: return { type: 'ENUM' }
    case 5: return { type: 'DECIMAL', precision: element.precision ?? 0, scale: element.scale ?? 0 }
    case 6: return { type: 'DATE' }
    case 7: return { type: 'TIME', unit: 'MILLIS', isAdjustedToUTC: true }
    case 8: return { type: 'TIME', unit: 'MICROS', isAdjustedToUTC: true }
    case 9: return { type: 'TIMESTAMP', unit: 'MILLIS', isAdjustedToUTC: true }
    case 10: return { type: 'TIMESTAMP', unit: 'MICROS', isAdjustedToUTC: true }
    case 19: return { type: 'JSON' }
    case 20: return { type: 'BSON' }
    case 21: return { type: 'INTERVAL' }
    default:
      if (c !== undefined && c >= 11 && c <= 18) {
        return { type: 'INTEGER', bitWidth: 8 << ((c - 11) % 4), isSigned: c >= 15 }
      }
      return undefined
  }
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

/** Text like `DECIMAL(9,2)` or `TIMESTAMP(MICROS,true)` for schema printing. */
export function logicalTypeToString(t: LogicalTypeInfo): string {
  switch (t.type) {
    case 'DECIMAL': return `DECIMAL(${t.precision},${t.scale})`
    case 'TIME':
    case 'TIMESTAMP': return `${t.type}(${t.unit},${t.isAdjustedToUTC})`
    case 'INTEGER': return `INTEGER(${t.bitWidth},${t.isSigned})`
    case 'GEOMETRY': return t.crs ? `GEOMETRY(${t.crs})` : 'GEOMETRY'
    case 'GEOGRAPHY': return `GEOGRAPHY(${[t.crs ?? '', t.algorithm ?? ''].filter(Boolean).join(',')})`.replace('()', '')
    case 'VARIANT': return t.specificationVersion === undefined ? 'VARIANT' : `VARIANT(${t.specificationVersion})`
    default: return t.type
  }
}
