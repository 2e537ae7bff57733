/**
 * Printing of logical types (LogicalTypes.md): the text schema printing and
 * error messages show. In a file of its own so that reading the footer, which
 * resolves logical types (logical-type.ts) but prints none, does not carry it.
 */
import type { LogicalTypeInfo } from './logical-type.js'

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
