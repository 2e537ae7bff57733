/**
 * A field declaration (field.ts) as the footer's flat, depth-first
 * `SchemaElement[]` (parquet.thrift FileMetaData.schema), and as a `Schema`
 * tree through buildSchema. Nested types follow LogicalTypes.md:
 * - LIST: `<rep> group name (LIST) { repeated group list { <rep> element } }`;
 * - MAP: `<rep> group name (MAP) { repeated group key_value { required key; <rep> value } }`;
 * both the LogicalType and its legacy ConvertedType are set where one exists.
 * Declarations are checked here: names, ids, widths, decimal precision and
 * scale, map keys required, no `repeated` on LIST/MAP.
 */
import { ParquetError } from '../errors.js'
import type { SchemaElement } from '../format/parquet.gen.js'
import { buildSchema, PHYSICAL_TYPES, type Schema } from '../metadata/schema.js'
import type { Field, FieldMap, PrimitiveField } from './field.js'

const REQUIRED = 0
const OPTIONAL = 1
const REPEATED = 2

/** The SchemaElement list for top-level `fields` (root named `schema`). */
export function schemaElements(fields: FieldMap): SchemaElement[] {
  const names = Object.keys(fields)
  if (names.length === 0) throw new ParquetError('ARGUMENT_INVALID', 'expected a schema with at least one field, found none')
  const out: SchemaElement[] = [{ name: 'schema', num_children: names.length }]
  for (const name of names) addField(out, name, fields[name]!, [name])
  return out
}

/** The Schema tree for top-level `fields`. */
export function declareSchema(fields: FieldMap): Schema {
  return buildSchema(schemaElements(fields))
}

function repetition(field: Field): number {
  return field.repeated ? REPEATED : field.optional ? OPTIONAL : REQUIRED
}

function bad(path: string[], message: string): ParquetError {
  return new ParquetError('SCHEMA_INVALID', message, { column: path.join('.') })
}

function group(name: string, rep: number, children: number, field: Field | undefined): SchemaElement {
  const el: SchemaElement = { name, repetition_type: rep, num_children: children }
  if (field?.id !== undefined) el.field_id = field.id
  return el
}

function addField(out: SchemaElement[], name: string, field: Field, path: string[]): void {
  if (typeof name !== 'string' || name.length === 0) throw bad(path, `expected a non-empty field name, found ${JSON.stringify(name)}`)
  if (field === null || typeof field !== 'object' || !('kind' in field)) throw bad(path, 'expected a field declaration (int32(), string(), list(...) ...)')
  if (field.id !== undefined && !Number.isInteger(field.id)) throw bad(path, `expected an integer field id, found ${field.id}`)
  switch (field.kind) {
    case 'primitive':
      out.push(primitiveElement(name, field, path))
      return
    case 'struct': {
      const names = Object.keys(field.fields)
      if (names.length === 0) throw bad(path, 'expected a struct with at least one field, found none')
      out.push(group(name, repetition(field), names.length, field))
      for (const child of names) addField(out, child, field.fields[child]!, [...path, child])
      return
    }
    case 'list':
      if (field.repeated) throw bad(path, 'a LIST cannot itself be repeated: nest it in list() instead')
      out.push({ ...group(name, repetition(field), 1, field), converted_type: 3, logicalType: { LIST: {} } })
      out.push(group('list', REPEATED, 1, undefined))
      addField(out, 'element', field.element, [...path, 'list', 'element'])
      return
    case 'map':
      if (field.repeated) throw bad(path, 'a MAP cannot itself be repeated: nest it in list() instead')
      if (field.key.optional || field.key.repeated) throw bad(path, 'expected a required MAP key, found an optional or repeated one')
      out.push({ ...group(name, repetition(field), 1, field), converted_type: 1, logicalType: { MAP: {} } })
      out.push(group('key_value', REPEATED, 2, undefined))
      addField(out, 'key', field.key, [...path, 'key_value', 'key'])
      addField(out, 'value', field.value, [...path, 'key_value', 'value'])
      return
    default:
      throw bad(path, `unknown field kind ${String((field as { kind: unknown }).kind)}`)
  }
}

function primitiveElement(name: string, field: PrimitiveField, path: string[]): SchemaElement {
  const type = PHYSICAL_TYPES.indexOf(field.physical)
  if (type < 0) throw bad(path, `unknown physical type ${field.physical}`)
  const el: SchemaElement = { name, type, repetition_type: repetition(field) }
  if (field.physical === 'FIXED_LEN_BYTE_ARRAY') {
    const w = field.typeLength
    if (w === undefined || !Number.isInteger(w) || w < 1) throw bad(path, `expected a FIXED_LEN_BYTE_ARRAY width >= 1, found ${w}`)
    el.type_length = w
  }
  if (field.convertedType !== undefined) el.converted_type = field.convertedType
  if (field.logicalType) el.logicalType = field.logicalType
  if (field.logicalType?.DECIMAL) checkDecimal(field, path, el)
  if (field.logicalType?.UNKNOWN && !field.optional) throw bad(path, 'expected an optional field for a column of only nulls')
  if (field.id !== undefined) el.field_id = field.id
  return el
}

function checkDecimal(field: PrimitiveField, path: string[], el: SchemaElement): void {
  const { precision, scale } = field.logicalType!.DECIMAL!
  const max = field.physical === 'INT32' ? 9 : field.physical === 'INT64' ? 18 : field.physical === 'FIXED_LEN_BYTE_ARRAY'
    ? Math.floor(Math.log10(2) * (8 * (field.typeLength ?? 0) - 1)) : Number.POSITIVE_INFINITY
  if (!Number.isInteger(precision) || precision < 1 || precision > max) {
    throw bad(path, `expected a DECIMAL precision between 1 and ${max} for ${field.physical}, found ${precision}`)
  }
  if (!Number.isInteger(scale) || scale < 0 || scale > precision) {
    throw bad(path, `expected a DECIMAL scale between 0 and the precision ${precision}, found ${scale}`)
  }
  el.precision = precision
  el.scale = scale
}
