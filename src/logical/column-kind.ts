/**
 * Which JS mapping a leaf column gets: its logical type (LogicalTypes.md)
 * checked against the physical type it annotates, or its physical type alone
 * when unannotated. An annotation on the wrong physical type (a DATE on a
 * DOUBLE, a UUID on FIXED_LEN_BYTE_ARRAY(8)) is a SCHEMA_INVALID error; the
 * group-only annotations (LIST, MAP, MAP_KEY_VALUE, VARIANT) are ignored on a
 * leaf, and a logical type this library does not know reads as its physical type.
 */
import { ParquetError } from '../errors.js'
import type { LogicalTypeInfo } from '../metadata/logical-type.js'
import type { PhysicalType, SchemaNode } from '../metadata/schema.js'

/** Scale and precision above this are refused (bounds the work per value). */
export const MAX_DECIMAL_DIGITS = 10_000

export type ColumnKind =
  | { kind: 'BOOLEAN' }
  | { kind: 'INT32' } // INT32, INT(8|16|32, true)
  | { kind: 'UINT32'; bitWidth: number } // INT(8|16|32, false)
  | { kind: 'INT64' } // INT64, INT(64, true)
  | { kind: 'UINT64' } // INT(64, false)
  | { kind: 'FLOAT' }
  | { kind: 'DOUBLE' }
  | { kind: 'INT96' }
  | { kind: 'FLOAT16' }
  | { kind: 'DECIMAL'; physical: PhysicalType; precision: number; scale: number; width: number }
  | { kind: 'DATE' }
  | { kind: 'TIME'; unit: 'MILLIS' | 'MICROS' | 'NANOS' }
  | { kind: 'TIMESTAMP'; unit: 'MILLIS' | 'MICROS' | 'NANOS' }
  | { kind: 'TEXT'; physical: 'BYTE_ARRAY' | 'FIXED_LEN_BYTE_ARRAY' } // STRING, ENUM, JSON
  | { kind: 'BINARY'; physical: 'BYTE_ARRAY' | 'FIXED_LEN_BYTE_ARRAY' } // unannotated
  | { kind: 'BYTES'; physical: 'BYTE_ARRAY' | 'FIXED_LEN_BYTE_ARRAY' } // BSON, GEOMETRY, GEOGRAPHY
  | { kind: 'UUID' }
  | { kind: 'INTERVAL' }
  | { kind: 'NULL' } // UNKNOWN: always null

/** Dotted path of a node, for error context. */
export function columnName(node: SchemaNode): string {
  return node.path.join('.')
}

function mismatch(node: SchemaNode, logical: LogicalTypeInfo, expected: string): ParquetError {
  const found = node.physicalType === 'FIXED_LEN_BYTE_ARRAY' ? `FIXED_LEN_BYTE_ARRAY(${node.typeLength})` : String(node.physicalType)
  // The parameters that decide the physical type: TIME's unit, INTEGER's width.
  const name = logical.type === 'TIME' ? `TIME(${logical.unit})` : logical.type === 'INTEGER' ? `INTEGER(${logical.bitWidth},${logical.isSigned})` : logical.type
  return new ParquetError('SCHEMA_INVALID', `expected ${name} to annotate ${expected}, found ${found}`, { column: columnName(node) })
}

/** The JS mapping of a leaf; throws SCHEMA_INVALID for a group or a misplaced annotation. */
export function columnKind(node: SchemaNode): ColumnKind {
  const physical = node.physicalType
  if (!physical) throw new ParquetError('SCHEMA_INVALID', 'expected a leaf column, found a group', { column: columnName(node) })
  const logical = node.logicalType
  return (logical && logicalKind(node, physical, logical)) ?? physicalKind(physical)
}

function physicalKind(physical: PhysicalType): ColumnKind {
  if (physical === 'BYTE_ARRAY' || physical === 'FIXED_LEN_BYTE_ARRAY') return { kind: 'BINARY', physical }
  return { kind: physical }
}

function isBinary(p: PhysicalType): p is 'BYTE_ARRAY' | 'FIXED_LEN_BYTE_ARRAY' {
  return p === 'BYTE_ARRAY' || p === 'FIXED_LEN_BYTE_ARRAY'
}

/** The logical types of BYTE_ARRAY (or FIXED_LEN_BYTE_ARRAY) values, and the kind each gives. */
const BINARY_TYPES: Partial<Record<string, 'TEXT' | 'BYTES'>> = { STRING: 'TEXT', ENUM: 'TEXT', JSON: 'TEXT', BSON: 'BYTES', GEOMETRY: 'BYTES', GEOGRAPHY: 'BYTES' }

/** The logical types of FIXED_LEN_BYTE_ARRAY(n), by n. */
const FIXED_TYPES: Partial<Record<string, number>> = { UUID: 16, FLOAT16: 2, INTERVAL: 12 }

function logicalKind(node: SchemaNode, physical: PhysicalType, t: LogicalTypeInfo): ColumnKind | undefined {
  const type = t.type
  const binary = BINARY_TYPES[type]
  if (binary) {
    if (!isBinary(physical)) throw mismatch(node, t, 'BYTE_ARRAY')
    return { kind: binary, physical }
  }
  const width = FIXED_TYPES[type]
  if (width) {
    if (physical !== 'FIXED_LEN_BYTE_ARRAY' || node.typeLength !== width) throw mismatch(node, t, `FIXED_LEN_BYTE_ARRAY(${width})`)
    return { kind: type } as ColumnKind
  }
  if (type === 'DATE' || type === 'TIME' || type === 'TIMESTAMP') {
    const expected = type === 'DATE' || (type === 'TIME' && t.unit === 'MILLIS') ? 'INT32' : 'INT64'
    if (physical !== expected) throw mismatch(node, t, expected)
    return type === 'DATE' ? { kind: type } : { kind: type, unit: t.unit }
  }
  if (type === 'INTEGER') return integerKind(node, physical, t)
  if (type === 'DECIMAL') return decimalKind(node, physical, t)
  // LIST, MAP, MAP_KEY_VALUE, VARIANT describe groups: ignored on a leaf.
  return type === 'UNKNOWN' ? { kind: 'NULL' } : undefined
}

function integerKind(node: SchemaNode, physical: PhysicalType, t: LogicalTypeInfo & { type: 'INTEGER' }): ColumnKind {
  const { bitWidth, isSigned } = t
  if (bitWidth === 64) {
    if (physical !== 'INT64') throw mismatch(node, t, 'INT64')
    return isSigned ? { kind: 'INT64' } : { kind: 'UINT64' }
  }
  if (bitWidth !== 8 && bitWidth !== 16 && bitWidth !== 32) throw mismatch(node, t, 'a bit width of 8, 16, 32 or 64 and')
  if (physical !== 'INT32') throw mismatch(node, t, 'INT32')
  return isSigned ? { kind: 'INT32' } : { kind: 'UINT32', bitWidth }
}

function decimalKind(node: SchemaNode, physical: PhysicalType, t: LogicalTypeInfo & { type: 'DECIMAL' }): ColumnKind {
  const { precision, scale } = t
  if (physical !== 'INT32' && physical !== 'INT64' && !isBinary(physical)) {
    throw mismatch(node, t, 'INT32, INT64, BYTE_ARRAY or FIXED_LEN_BYTE_ARRAY')
  }
  const okPrecision = Number.isInteger(precision) && precision >= 0 && precision <= MAX_DECIMAL_DIGITS
  if (!okPrecision || !Number.isInteger(scale) || scale < 0 || scale > MAX_DECIMAL_DIGITS || (precision > 0 && scale > precision)) {
    throw new ParquetError(
      'SCHEMA_INVALID',
      `expected a DECIMAL scale between 0 and the precision (at most ${MAX_DECIMAL_DIGITS}), found precision ${precision}, scale ${scale}`,
      { column: columnName(node) },
    )
  }
  const width = physical === 'INT32' ? 4 : physical === 'INT64' ? 8 : physical === 'FIXED_LEN_BYTE_ARRAY' ? (node.typeLength ?? 0) : 0
  return { kind: 'DECIMAL', physical, precision, scale, width }
}
