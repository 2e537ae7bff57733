/**
 * The filter language: plain objects, easy to write by hand and to send as JSON.
 *
 *   { column: 'price', op: 'gt', value: 10 }
 *   { column: 'name', op: 'in', value: ['a', 'b'] }
 *   { column: 'day', op: 'between', value: ['2024-01-01', '2024-01-31'] }   // inclusive
 *   { column: 'note', op: 'isNull' }
 *   { and: [f1, f2, ...] }   { or: [f1, f2, ...] }   { not: f }
 *
 * Operators: eq ne lt le gt ge (one value), in (a non-empty array),
 * between (an array [low, high], both ends included), startsWith (text or
 * bytes), isNull / isNotNull (no value). `column` is a top-level column name
 * or a dotted path into structs (a.b.c); columns inside lists or maps cannot
 * be filtered on. Values are of the type the reader returns for the column;
 * literals.ts says which other forms (JSON numbers and text) are accepted.
 *
 * Null semantics are SQL's three-valued logic: a comparison with a null value
 * is unknown, `not` of unknown is unknown, `and` is false when any part is
 * false, `or` is true when any part is true, and only rows where the whole
 * filter is true are returned. isNull/isNotNull are never unknown; a null
 * struct makes every field below it null. NaN is unordered: every comparison
 * with NaN is false, so NaN satisfies `ne x` and `not (lt x)`. Strings compare
 * by Unicode code point (their UTF-8 byte order), bytes as unsigned bytes.
 *
 * Mistakes (unknown column, wrong operator, value of the wrong type) throw
 * ParquetError ARGUMENT_INVALID naming the bad part by its place in the
 * filter, e.g. `and[1].value`.
 */
import type { ValueOptions } from '../logical/to-js.js'
import { findNode } from '../metadata/find-node.js'
import type { Schema, SchemaNode } from '../metadata/schema.js'
import { invalidFilter, type Key, type KeySpec, keySpec } from './keys.js'
import { literalKey } from './literals.js'

/** A value a filter compares column values with. */
export type FilterValue = number | bigint | string | boolean | Date | Uint8Array

/** The comparisons a filter leaf can make. */
export type CompareOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'startsWith'

/** A row filter: comparisons on columns combined with and/or/not. */
export type Filter =
  | { column: string; op: CompareOp; value: FilterValue }
  | { column: string; op: 'in'; value: readonly FilterValue[] }
  | { column: string; op: 'between'; value: readonly [FilterValue, FilterValue] }
  | { column: string; op: 'isNull' | 'isNotNull' }
  | { and: readonly Filter[] }
  | { or: readonly Filter[] }
  | { not: Filter }

/** Every operator a filter leaf can hold: comparisons, set membership, ranges and null tests. */
export type LeafOp = CompareOp | 'in' | 'between' | 'isNull' | 'isNotNull'

/** A column a filter reads. */
export interface FilterColumn {
  path: string
  node: SchemaNode
  spec: KeySpec
}

export type CompiledNode =
  | { type: 'leaf'; column: number; op: LeafOp; keys: Key[] }
  | { type: 'and' | 'or'; children: CompiledNode[] }
  | { type: 'not'; child: CompiledNode }

export interface CompiledFilter {
  root: CompiledNode
  /** The columns the filter reads; leaves refer to them by index. */
  columns: FilterColumn[]
}

const OPS: readonly LeafOp[] = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'startsWith', 'in', 'between', 'isNull', 'isNotNull']
const ORDERED: readonly LeafOp[] = ['lt', 'le', 'gt', 'ge', 'between']
const MAX_DEPTH = 100

/** Validates `filter` against `schema` and turns its values into keys. */
export function compileFilter(filter: unknown, schema: Schema, options: ValueOptions = {}): CompiledFilter {
  const columns: FilterColumn[] = []
  const root = compileNode(filter, 'filter', 0, { schema, options, columns })
  return { root, columns }
}

interface CompileContext {
  schema: Schema
  options: ValueOptions
  columns: FilterColumn[]
}

function compileNode(f: unknown, where: string, depth: number, ctx: CompileContext): CompiledNode {
  if (depth > MAX_DEPTH) throw invalidFilter(where, `expected at most ${MAX_DEPTH} levels of nesting`)
  if (typeof f !== 'object' || f === null || Array.isArray(f)) throw invalidFilter(where, `expected an object, found ${show(f)}`)
  const keys = Object.keys(f)
  if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or')) {
    const type = keys[0]
    const list = (f as Record<string, unknown>)[type]
    if (!Array.isArray(list) || list.length === 0) throw invalidFilter(`${where}.${type}`, `expected a non-empty array of filters, found ${show(list)}`)
    return { type, children: list.map((c, i) => compileNode(c, `${where}.${type}[${i}]`, depth + 1, ctx)) }
  }
  if (keys.length === 1 && keys[0] === 'not') return { type: 'not', child: compileNode((f as { not: unknown }).not, `${where}.not`, depth + 1, ctx) }
  if ('column' in f) return compileLeaf(f as Record<string, unknown>, where, ctx)
  throw invalidFilter(where, `expected { column, op, value }, { and: [...] }, { or: [...] } or { not: ... }, found keys ${keys.join(', ') || '(none)'}`)
}

function compileLeaf(f: Record<string, unknown>, where: string, ctx: CompileContext): CompiledNode {
  const extra = Object.keys(f).filter((k) => k !== 'column' && k !== 'op' && k !== 'value')
  if (extra.length > 0) throw invalidFilter(where, `expected only column, op and value, found ${extra.join(', ')}`)
  const column = resolveColumn(f.column, `${where}.column`, ctx)
  const op = f.op as LeafOp
  if (!OPS.includes(op)) throw invalidFilter(`${where}.op`, `expected one of ${OPS.join(' ')}, found ${show(f.op)}`)
  const spec = ctx.columns[column]!.spec
  const path = ctx.columns[column]!.path
  if (op !== 'isNull' && op !== 'isNotNull' && spec.cls === 'none') {
    throw invalidFilter(`${where}.op`, `expected isNull or isNotNull for column '${path}' (${spec.kind.kind} values cannot be compared), found ${op}`)
  }
  if (ORDERED.includes(op) && spec.cls === 'boolean') throw invalidFilter(`${where}.op`, `expected eq, ne, in, isNull or isNotNull for boolean column '${path}', found ${op}`)
  if (op === 'startsWith' && spec.cls !== 'string' && spec.cls !== 'bytes') {
    throw invalidFilter(`${where}.op`, `expected a text or binary column for startsWith, found '${path}' (${spec.kind.kind})`)
  }
  return { type: 'leaf', column, op, keys: leafKeys(op, f, `${where}.value`, spec) }
}

function leafKeys(op: LeafOp, f: Record<string, unknown>, where: string, spec: KeySpec): Key[] {
  const value = f.value
  if (op === 'isNull' || op === 'isNotNull') {
    if (value !== undefined) throw invalidFilter(where, `expected no value for ${op}, found ${show(value)}`)
    return []
  }
  if (op === 'in' || op === 'between') {
    const ok = Array.isArray(value) && (op === 'in' ? value.length > 0 : value.length === 2)
    if (!ok) throw invalidFilter(where, `expected ${op === 'in' ? 'a non-empty array' : 'an array [low, high]'}, found ${show(value)}`)
    return value.map((v, i) => literalKey(v, spec, `${where}[${i}]`))
  }
  if (value === undefined || value === null) throw invalidFilter(where, `expected a value for ${op} (use isNull to find nulls), found ${show(value)}`)
  return [literalKey(value, spec, where)]
}

function resolveColumn(name: unknown, where: string, ctx: CompileContext): number {
  if (typeof name !== 'string' || name === '') throw invalidFilter(where, `expected a column name or dotted path, found ${show(name)}`)
  const known = ctx.columns.findIndex((c) => c.path === name)
  if (known >= 0) return known
  const node = findNode(ctx.schema, name)
  if (!node || node === ctx.schema.root) {
    const top = ctx.schema.root.children.map((c) => c.name).join(', ')
    throw invalidFilter(where, `expected a column name or dotted path (top level: ${top}), found '${name}'`)
  }
  if (!node.physicalType) throw invalidFilter(where, `expected a primitive column, found the group '${name}' (name one of its fields with a dotted path)`)
  if (node.maxRepetitionLevel > 0) throw invalidFilter(where, `expected a column outside lists and maps, found '${name}' (repeated)`)
  ctx.columns.push({ path: name, node, spec: keySpec(node, ctx.options) })
  return ctx.columns.length - 1
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing'
  try {
    const s = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x))
    return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 60)}…` : s
  } catch {
    return String(v)
  }
}
