/**
 * Test helpers: a small notation for schemas (turned into the footer's flat
 * SchemaElement list and fed to buildSchema) and for hand-written leaf data.
 */
import type { LeafColumns, LeafData } from '../../src/dremel/assemble.js'
import type { SchemaElement } from '../../src/format/parquet.gen.js'
import { findNode } from '../../src/metadata/find-node.js'
import { buildSchema, type Schema, type SchemaNode } from '../../src/metadata/schema.js'

export type Rep = 'required' | 'optional' | 'repeated'
export type Annotation = 'LIST' | 'MAP' | 'MAP_KEY_VALUE' | 'LIST_CONVERTED' | 'MAP_CONVERTED'

export interface Field {
  name: string
  rep: Rep
  /** Physical type id (parquet.thrift Type) for a leaf. */
  type?: number
  children?: Field[]
  annotation?: Annotation
}

export const INT32 = 1
export const INT64 = 2
export const BYTE_ARRAY = 6

const REPS: Record<Rep, number> = { required: 0, optional: 1, repeated: 2 }

export const leaf = (name: string, rep: Rep, type = INT32): Field => ({ name, rep, type })
export const group = (name: string, rep: Rep, children: Field[], annotation?: Annotation): Field => ({
  name,
  rep,
  children,
  annotation,
})

function annotate(el: SchemaElement, annotation: Annotation | undefined): void {
  if (annotation === 'LIST') {
    el.logicalType = { LIST: {} }
    el.converted_type = 3
  } else if (annotation === 'LIST_CONVERTED') el.converted_type = 3
  else if (annotation === 'MAP') {
    el.logicalType = { MAP: {} }
    el.converted_type = 1
  } else if (annotation === 'MAP_CONVERTED') el.converted_type = 1
  else if (annotation === 'MAP_KEY_VALUE') el.converted_type = 2
}

function flatten(field: Field, out: SchemaElement[]): void {
  const el: SchemaElement = { name: field.name, repetition_type: REPS[field.rep] }
  if (field.children) el.num_children = field.children.length
  else el.type = field.type ?? INT32
  annotate(el, field.annotation)
  out.push(el)
  for (const child of field.children ?? []) flatten(child, out)
}

/** A schema whose root holds `fields`. */
export function schemaOf(...fields: Field[]): Schema {
  const elements: SchemaElement[] = [{ name: 'root', num_children: fields.length }]
  for (const f of fields) flatten(f, elements)
  return buildSchema(elements)
}

/** The node at a dotted path; throws when absent. */
export function node(schema: Schema, path: string): SchemaNode {
  const n = findNode(schema, path)
  if (!n) throw new Error(`no node ${path}`)
  return n
}

/** Leaf data from (repetition, definition, value) triples as the papers write them; null value = no value. */
export function triples(entries: readonly [r: number, d: number, v?: unknown][]): LeafData {
  const values: unknown[] = []
  for (const [, , v] of entries) if (v !== undefined && v !== null) values.push(v)
  return {
    repetitionLevels: Uint8Array.from(entries.map((e) => e[0])),
    definitionLevels: Uint8Array.from(entries.map((e) => e[1])),
    values,
    numLevels: entries.length,
  }
}

/** Leaf columns indexed by columnIndex, from a dotted path -> data record. */
export function columns(schema: Schema, byPath: Record<string, LeafData>): LeafColumns {
  const out: LeafData[] = []
  for (const [path, data] of Object.entries(byPath)) out[node(schema, path).columnIndex] = data
  return out
}

/** The (r, d) pairs of a leaf's levels, for comparing with written-down tables. */
export function levelPairs(data: { repetitionLevels?: ArrayLike<number>; definitionLevels?: ArrayLike<number>; numLevels: number }): [number, number][] {
  const out: [number, number][] = []
  for (let i = 0; i < data.numLevels; i++) out.push([data.repetitionLevels?.[i] ?? 0, data.definitionLevels?.[i] ?? 0])
  return out
}
