/**
 * Column sort orders (parquet.thrift ColumnOrder / TypeDefinedOrder, and the
 * "Sort Order" notes of LogicalTypes.md): how a column's min/max statistics
 * compare. In a file of its own because the writer needs it and none of the
 * statistics decoding beside it (statistics.ts).
 */
import type { SchemaNode } from './schema.js'

/** How min/max compare for a column type: signed, unsigned (bytewise) or unknown (not to be trusted). */
export type SortOrder = 'SIGNED' | 'UNSIGNED' | 'UNKNOWN'

/** The sort order the spec defines for a column's logical (else physical) type. */
export function sortOrder(node: SchemaNode): SortOrder {
  const logical = node.logicalType
  const type = logical?.type ?? ''
  if (logical?.type === 'INTEGER') return logical.isSigned ? 'SIGNED' : 'UNSIGNED'
  if (/^(STRING|ENUM|JSON|BSON|UUID)$/.test(type)) return 'UNSIGNED'
  if (/^(DECIMAL|DATE|TIME|TIMESTAMP|FLOAT16)$/.test(type)) return 'SIGNED'
  if (/^(INTERVAL|VARIANT|GEOMETRY|GEOGRAPHY|UNKNOWN)$/.test(type)) return 'UNKNOWN'
  const physical = node.physicalType
  if (physical === 'BYTE_ARRAY' || physical === 'FIXED_LEN_BYTE_ARRAY') return 'UNSIGNED'
  return physical === 'INT96' || !physical ? 'UNKNOWN' : 'SIGNED'
}
