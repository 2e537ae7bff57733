/**
 * Record shredding: the mirror of assemble.ts. Turns nested JS values into
 * per-leaf definition levels, repetition levels and dense non-null values
 * (the Dremel encoding of the format README's "Nested Encoding"; LIST and MAP
 * per LogicalTypes.md, see plan.ts).
 *
 * Accepted shapes are the ones assembly produces: objects for structs (a
 * missing key is a null field), arrays (or typed arrays) for lists, arrays of
 * `[key, value]` entries for maps (a `Map` is accepted too), and `null` or
 * `undefined` for a missing optional value. A missing required value, or a
 * value of the wrong shape, is a ParquetError 'TYPE_INVALID' naming the
 * column and row. Leaf values are passed through unchecked: encoders check
 * them against the physical type.
 */
import { ParquetError } from '../errors.js'
import type { Schema, SchemaNode } from '../metadata/schema.js'
import { type Plan, planField } from './plan.js'

/** One leaf column's shredded data (usable directly as assemble.ts LeafData). */
export interface ShreddedColumn {
  column: SchemaNode
  /** Absent when the column's maxDefinitionLevel is 0. */
  definitionLevels?: Uint8Array
  /** Absent when the column's maxRepetitionLevel is 0. */
  repetitionLevels?: Uint8Array
  /** The non-null values, densely, in order. */
  values: unknown[]
  numLevels: number
}

interface Writer {
  column: SchemaNode
  def: Uint8Array | undefined
  rep: Uint8Array | undefined
  length: number
  values: unknown[]
}

/** Shreds row objects over every top-level field: one column per leaf, in column order. */
export function shredRows(schema: Schema, rows: readonly unknown[]): ShreddedColumn[] {
  const fields = schema.root.children
  if (fields.every(isFlat)) return shredFlatRows(fields, rows)
  const plans = fields.map(planField)
  const guarded = fields.map((f) => f.name in Object.prototype)
  const writers = makeWriters(schema.leaves, rows.length)
  for (let row = 0; row < rows.length; row++) {
    const obj = rows[row]
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      throw new ParquetError('TYPE_INVALID', `expected a row object, found ${describe(obj)}`, { row })
    }
    for (let f = 0; f < plans.length; f++) {
      writeValue(plans[f]!, writers, getField(obj as Record<string, unknown>, fields[f]!.name, guarded[f]!), 0, row)
    }
  }
  return writers.map(finishWriter)
}

/** Shreds one top-level field from one value per row: the field's leaves, in column order. */
export function shredField(field: SchemaNode, values: ArrayLike<unknown>): ShreddedColumn[] {
  const plan = planField(field)
  const leaves = collectLeaves(field, [])
  const all: Writer[] = []
  for (const w of makeWriters(leaves, values.length)) all[w.column.columnIndex] = w
  if (plan.kind === 'leaf') writeFlat(plan, all[field.columnIndex]!, values)
  else for (let row = 0; row < values.length; row++) writeValue(plan, all, values[row], 0, row)
  return leaves.map((leaf) => finishWriter(all[leaf.columnIndex]!))
}

/** A top-level primitive field that is not repeated: one value per row, no nesting. */
function isFlat(field: SchemaNode): boolean {
  return field.columnIndex >= 0 && field.repetition !== 'REPEATED'
}

/**
 * Fast path for a schema of flat fields: one pass over the rows writing
 * each value straight to its column (definition levels 0/1 only for
 * optional columns), with no plan walk per value. A row's keys are walked
 * with for-in and matched to the fields by position (objects of one shape
 * list their keys in one order); from the first key that does not match,
 * the row's remaining fields are read by name. Same results and errors as
 * the generic walk (with several bad values, which one is reported first
 * may differ).
 */
function shredFlatRows(fields: readonly SchemaNode[], rows: readonly unknown[]): ShreddedColumn[] {
  const n = rows.length
  const names = fields.map((f) => f.name)
  const cols = fields.map((column): FlatColumn => ({
    column, def: column.maxDefinitionLevel > 0 ? new Uint8Array(n) : undefined, values: new Array<unknown>(n), length: 0,
  }))
  const byKeys = !names.some((name) => name in Object.prototype)
  for (let row = 0; row < n; row++) {
    const obj = rows[row]
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
      throw new ParquetError('TYPE_INVALID', `expected a row object, found ${describe(obj)}`, { row })
    }
    const done = byKeys ? takeInOrder(obj as Record<string, unknown>, names, cols, row) : 0
    for (let f = done; f < cols.length; f++) {
      const name = names[f]!
      put(cols[f]!, byKeys || Object.hasOwn(obj, name) ? (obj as Record<string, unknown>)[name] : undefined, row)
    }
  }
  return cols.map((c) => {
    c.values.length = c.length
    const out: ShreddedColumn = { column: c.column, values: c.values, numLevels: n }
    if (c.def) out.definitionLevels = c.def
    return out
  })
}

interface FlatColumn {
  column: SchemaNode
  def: Uint8Array | undefined
  values: unknown[]
  length: number
}

/** Takes the row's values while its keys are the field names in order; returns how many fields were taken. */
function takeInOrder(obj: Record<string, unknown>, names: readonly string[], cols: FlatColumn[], row: number): number {
  let f = 0
  for (const key in obj) {
    if (key !== names[f]) break
    put(cols[f]!, obj[key], row)
    f++
  }
  return f
}

function put(c: FlatColumn, v: unknown, row: number): void {
  if (v === null || v === undefined) {
    if (c.def === undefined) throw missingFlat(c.column, row)
    return
  }
  if (c.def !== undefined) c.def[row] = 1
  c.values[c.length++] = v
}

function missingFlat(column: SchemaNode, row: number): ParquetError {
  const path = column.path.join('.')
  return new ParquetError('TYPE_INVALID', `expected a value for required field '${path}', found none`, { column: path, row })
}

function collectLeaves(node: SchemaNode, out: SchemaNode[]): SchemaNode[] {
  if (node.columnIndex >= 0) out.push(node)
  for (const child of node.children) collectLeaves(child, out)
  return out
}

function makeWriters(leaves: readonly SchemaNode[], rows: number): Writer[] {
  const capacity = Math.max(16, rows)
  return leaves.map((column) => ({
    column,
    def: column.maxDefinitionLevel > 0 ? new Uint8Array(capacity) : undefined,
    rep: column.maxRepetitionLevel > 0 ? new Uint8Array(capacity) : undefined,
    length: 0,
    values: [],
  }))
}

function finishWriter(w: Writer): ShreddedColumn {
  const out: ShreddedColumn = { column: w.column, values: w.values, numLevels: w.length }
  if (w.def) out.definitionLevels = w.def.subarray(0, w.length)
  if (w.rep) out.repetitionLevels = w.rep.subarray(0, w.length)
  return out
}

/** Fast path: a top-level primitive column. */
function writeFlat(plan: Plan, w: Writer, values: ArrayLike<unknown>): void {
  const n = values.length
  const def = w.def
  for (let row = 0; row < n; row++) {
    const v = values[row]
    if (v === null || v === undefined) {
      if (!def) throw missingValue(plan, row)
      def[row] = 0
    } else {
      if (def) def[row] = 1
      w.values.push(v)
    }
  }
  w.length = n
}

/** Writes one value of `plan`; its first entry gets repetition level `rep`. */
function writeValue(plan: Plan, writers: Writer[], value: unknown, rep: number, row: number): void {
  if (value === null || value === undefined) {
    if (!plan.nullable) throw missingValue(plan, row)
    writeEmpty(plan, writers, plan.parentDef, rep)
  } else if (plan.kind === 'leaf') {
    const w = writers[plan.leaves[0]!]!
    pushLevels(w, plan.nullDef, rep)
    w.values.push(value)
  } else if (plan.kind === 'struct') {
    if (typeof value !== 'object' || isList(value) || value instanceof Map) throw wrongShape(plan, row, 'an object', value)
    const children = plan.children
    for (let i = 0; i < children.length; i++) {
      const v = getField(value as Record<string, unknown>, plan.names[i]!, plan.guarded[i]!)
      writeValue(children[i]!, writers, v, rep, row)
    }
  } else if (plan.kind === 'list') {
    if (!isList(value)) throw wrongShape(plan, row, 'an array', value)
    writeList(plan, writers, value, rep, row)
  } else if (Array.isArray(value)) writeMapEntries(plan, writers, value, rep, row)
  else if (value instanceof Map) writeMapEntries(plan, writers, Array.from(value), rep, row)
  else throw wrongShape(plan, row, 'an array of [key, value] entries or a Map', value)
}

function writeList(plan: Plan, writers: Writer[], list: ArrayLike<unknown>, rep: number, row: number): void {
  if (list.length === 0) {
    writeEmpty(plan, writers, plan.nullDef, rep)
    return
  }
  const element = plan.children[0]!
  writeValue(element, writers, list[0], rep, row)
  for (let i = 1; i < list.length; i++) writeValue(element, writers, list[i], plan.repLevel, row)
}

function writeMapEntries(plan: Plan, writers: Writer[], entries: readonly unknown[], rep: number, row: number): void {
  if (entries.length === 0) {
    writeEmpty(plan, writers, plan.nullDef, rep)
    return
  }
  const key = plan.children[0]!
  const value = plan.children[1]
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]
    if (!Array.isArray(entry)) throw wrongShape(plan, row, 'a [key, value] entry', entry)
    const r = i === 0 ? rep : plan.repLevel
    writeValue(key, writers, entry[0], r, row)
    if (value) writeValue(value, writers, entry[1], r, row)
    else if (entry[1] !== null && entry[1] !== undefined) throw wrongShape(plan, row, 'a null value (the map has no value column)', entry[1])
  }
}

/** A null or empty value: one entry with definition level `def` in every leaf below. */
function writeEmpty(plan: Plan, writers: Writer[], def: number, rep: number): void {
  const leaves = plan.leaves
  for (let i = 0; i < leaves.length; i++) pushLevels(writers[leaves[i]!]!, def, rep)
}

function pushLevels(w: Writer, def: number, rep: number): void {
  const i = w.length
  if (w.def) {
    if (i === w.def.length) w.def = grow(w.def)
    w.def[i] = def
  }
  if (w.rep) {
    if (i === w.rep.length) w.rep = grow(w.rep)
    w.rep[i] = rep
  }
  w.length = i + 1
}

function grow(levels: Uint8Array): Uint8Array {
  const next = new Uint8Array(levels.length * 2)
  next.set(levels)
  return next
}

function isList(value: unknown): value is ArrayLike<unknown> {
  return Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView))
}

/** A field of a row or struct object; names inherited from Object.prototype count only when own. */
function getField(obj: Record<string, unknown>, name: string, guarded: boolean): unknown {
  if (guarded && !Object.hasOwn(obj, name)) return undefined
  return obj[name]
}

function missingValue(plan: Plan, row: number): ParquetError {
  return new ParquetError('TYPE_INVALID', `expected a value for required field '${plan.path}', found none`, { column: plan.path, row })
}

function wrongShape(plan: Plan, row: number, expected: string, found: unknown): ParquetError {
  return new ParquetError('TYPE_INVALID', `expected ${expected} for '${plan.path}', found ${describe(found)}`, { column: plan.path, row })
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return `an array of length ${value.length}`
  if (value instanceof Map) return 'a Map'
  return typeof value
}
