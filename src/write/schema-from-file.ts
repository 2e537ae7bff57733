/**
 * A file's schema (metadata/schema.ts, read from a footer) as writer field
 * declarations (schema/field.ts), so rows read from one file can be written
 * again with the same types: LIST groups (LogicalTypes.md "Lists", the
 * standard 3-level form and the legacy 2-level forms) become list(), MAP and
 * MAP_KEY_VALUE groups map(), other groups struct(); primitive columns keep
 * their physical type, width, LogicalType, ConvertedType (a legacy DECIMAL
 * gets its LogicalType from the element's precision and scale) and field id.
 */
import { ParquetError } from '../errors.js'
import type { Schema, SchemaNode } from '../metadata/schema.js'
import type { Field, FieldMap, PrimitiveField } from '../schema/field.js'

/** The top-level fields of `schema` as declarations writeRows accepts. */
export function fieldsFromSchema(schema: Schema): FieldMap {
  const out: Record<string, Field> = {}
  for (const child of schema.root.children) out[child.name] = fieldOf(child)
  return out
}

function flags(node: SchemaNode): { optional: boolean; repeated: boolean; id?: number } {
  const out: { optional: boolean; repeated: boolean; id?: number } = {
    optional: node.repetition === 'OPTIONAL', repeated: node.repetition === 'REPEATED',
  }
  if (node.fieldId !== undefined) out.id = node.fieldId
  return out
}

function fieldOf(node: SchemaNode): Field {
  if (node.physicalType !== undefined) return primitiveOf(node)
  const logical = node.logicalType?.type
  if (logical === 'LIST' && node.children.length === 1 && node.repetition !== 'REPEATED') return listOf(node)
  if ((logical === 'MAP' || logical === 'MAP_KEY_VALUE') && node.repetition !== 'REPEATED') return mapOf(node)
  const fields: Record<string, Field> = {}
  for (const child of node.children) fields[child.name] = fieldOf(child)
  return { kind: 'struct', fields, ...flags(node) }
}

function listOf(node: SchemaNode): Field {
  const rep = node.children[0]!
  if (rep.repetition !== 'REPEATED') throw unsupported(node, 'a LIST whose child is not repeated')
  // 3-level: repeated group list { element }; 2-level: the repeated field is the element.
  const threeLevel = rep.physicalType === undefined && rep.children.length === 1 && rep.name !== 'array' && rep.name !== `${node.name}_tuple`
  const element = threeLevel ? fieldOf(rep.children[0]!) : { ...fieldOf(rep), optional: false, repeated: false }
  return { kind: 'list', element, ...flags(node) }
}

function mapOf(node: SchemaNode): Field {
  const kv = node.children[0]
  if (node.children.length !== 1 || !kv || kv.repetition !== 'REPEATED' || kv.children.length !== 2) {
    throw unsupported(node, 'a MAP without a repeated key_value group of a key and a value')
  }
  return { kind: 'map', key: fieldOf(kv.children[0]!), value: fieldOf(kv.children[1]!), ...flags(node) }
}

function primitiveOf(node: SchemaNode): PrimitiveField {
  const el = node.element
  const field: PrimitiveField = { kind: 'primitive', physical: node.physicalType!, ...flags(node) }
  if (node.typeLength !== undefined) field.typeLength = node.typeLength
  if (el.converted_type !== undefined) field.convertedType = el.converted_type
  if (el.logicalType) field.logicalType = el.logicalType
  else if (node.logicalType?.type === 'DECIMAL') field.logicalType = { DECIMAL: { precision: node.logicalType.precision, scale: node.logicalType.scale } }
  return field
}

function unsupported(node: SchemaNode, what: string): ParquetError {
  return new ParquetError('SCHEMA_INVALID', `cannot declare ${what} for writing`, { column: node.path.join('.') })
}
