/**
 * Record assembly: rebuilds nested JS values from the definition levels,
 * repetition levels and dense non-null values of leaf columns (the Dremel
 * encoding of the format README's "Nested Encoding"; LIST and MAP per
 * LogicalTypes.md, see plan.ts for the rules).
 *
 * JS shapes:
 * - a primitive column: its value, or `null`;
 * - a struct (unannotated group): a plain object with every field as a key;
 *   a null optional struct is `null`, not an object of nulls;
 * - a list (LIST, its legacy forms, or an unannotated repeated field): an
 *   array; null list, empty list and list of null elements stay distinct;
 * - a map (MAP / MAP_KEY_VALUE): an array of `[key, value]` entries in file
 *   order. This is lossless (keys of any type, repeated keys and order are
 *   kept), JSON-friendly, and converts directly: `new Map(entries)`, or
 *   `Object.fromEntries(entries)` for string keys. A map without a value
 *   column gives `[key, null]` entries.
 *
 * Levels are validated as they are consumed: every entry's repetition level
 * must be the one its position implies, sibling columns must agree, and every
 * level and value must be used exactly once. Any mismatch is a ParquetError
 * 'LEVELS_INVALID' naming the column.
 */
import { ParquetError } from '../errors.js'
import type { Schema, SchemaNode } from '../metadata/schema.js'
import { type Plan, planField } from './plan.js'
import { setField } from './set-field.js'

export { setField }

export type LevelArray = Uint8Array | Uint16Array | Int32Array

/** One leaf column's decoded data. */
export interface LeafData {
  /** Absent when the column's maxDefinitionLevel is 0 (ignored then). */
  definitionLevels?: LevelArray
  /** Absent when the column's maxRepetitionLevel is 0 (ignored then). */
  repetitionLevels?: LevelArray
  /** The non-null values only, densely, in order. */
  values: ArrayLike<unknown>
  /** Number of level entries (rows, for a flat column). */
  numLevels: number
}

/** Leaf data indexed by SchemaNode.columnIndex; only the needed leaves must be set. */
export type LeafColumns = readonly (LeafData | undefined)[]

interface Cursor {
  def: LevelArray | undefined
  rep: LevelArray | undefined
  values: ArrayLike<unknown>
  numLevels: number
  maxDef: number
  pos: number
  valuePos: number
  path: string
}

export interface AssembleOptions {
  /** Top-level field names to assemble; all fields of the root when absent. */
  fields?: readonly string[]
  /** Expected row count (e.g. the row group's num_rows): checked when given. */
  numRows?: number
}

/** Assembles every requested top-level field into row objects. */
export function assembleRows(schema: Schema, columns: LeafColumns, options: AssembleOptions = {}): Record<string, unknown>[] {
  const fields = selectFields(schema, options.fields)
  const data = fields.map((f) => assembleField(f, columns, options.numRows))
  const numRows = data.length > 0 ? data[0]!.length : (options.numRows ?? 0)
  for (let f = 1; f < fields.length; f++) {
    if (data[f]!.length !== numRows) {
      throw new ParquetError('LEVELS_INVALID', `expected ${numRows} rows in every field, found ${data[f]!.length}`, {
        column: fields[f]!.name,
      })
    }
  }
  const rows: Record<string, unknown>[] = new Array(numRows)
  for (let i = 0; i < numRows; i++) {
    const row: Record<string, unknown> = {}
    for (let f = 0; f < fields.length; f++) setField(row, fields[f]!.name, data[f]![i])
    rows[i] = row
  }
  return rows
}

function selectFields(schema: Schema, names: readonly string[] | undefined): SchemaNode[] {
  if (!names) return schema.root.children
  return names.map((name) => {
    const node = schema.root.children.find((c) => c.name === name)
    if (!node) throw new ParquetError('ARGUMENT_INVALID', `expected a top-level field name, found '${name}'`, { column: name })
    return node
  })
}

/** Assembles one top-level field (a child of the root): one JS value per row. */
export function assembleField(field: SchemaNode, columns: LeafColumns, numRows?: number): unknown[] {
  const plan = planField(field)
  const cursors = openCursors(field, plan, columns)
  const out = plan.kind === 'leaf' ? readFlat(cursors[plan.leaves[0]!]!) : readNested(plan, cursors)
  for (const leaf of plan.leaves) finishCursor(cursors[leaf]!)
  if (numRows !== undefined && out.length !== numRows) {
    throw new ParquetError('LEVELS_INVALID', `expected ${numRows} rows, found ${out.length}`, { column: plan.path })
  }
  return out
}

function openCursors(field: SchemaNode, plan: Plan, columns: LeafColumns): Cursor[] {
  const cursors: Cursor[] = []
  const nodes = collectLeaves(field, [])
  for (const node of nodes) {
    const data = columns[node.columnIndex]
    const path = node.path.join('.')
    if (!data) throw new ParquetError('ARGUMENT_INVALID', `expected data for leaf column '${path}', found none`, { column: path })
    cursors[node.columnIndex] = makeCursor(node, data, path)
  }
  if (nodes.length !== plan.leaves.length) {
    throw new ParquetError('SCHEMA_INVALID', `expected ${nodes.length} leaves under '${plan.path}', found ${plan.leaves.length}`)
  }
  return cursors
}

function collectLeaves(node: SchemaNode, out: SchemaNode[]): SchemaNode[] {
  if (node.columnIndex >= 0) out.push(node)
  for (const child of node.children) collectLeaves(child, out)
  return out
}

function makeCursor(node: SchemaNode, data: LeafData, path: string): Cursor {
  const n = data.numLevels
  if (!Number.isInteger(n) || n < 0) {
    throw new ParquetError('ARGUMENT_INVALID', `expected numLevels to be an integer >= 0, found ${n}`, { column: path })
  }
  const def = node.maxDefinitionLevel > 0 ? data.definitionLevels : undefined
  const rep = node.maxRepetitionLevel > 0 ? data.repetitionLevels : undefined
  checkLevels(def, node.maxDefinitionLevel, n, 'definition', path)
  checkLevels(rep, node.maxRepetitionLevel, n, 'repetition', path)
  if (!data.values || typeof data.values.length !== 'number') {
    throw new ParquetError('ARGUMENT_INVALID', 'expected an array of values, found none', { column: path })
  }
  return { def, rep, values: data.values, numLevels: n, maxDef: node.maxDefinitionLevel, pos: 0, valuePos: 0, path }
}

function checkLevels(levels: LevelArray | undefined, max: number, n: number, kind: string, path: string): void {
  if (max > 0 && !levels) {
    throw new ParquetError('ARGUMENT_INVALID', `expected ${kind} levels (max level ${max}), found none`, { column: path })
  }
  if (levels && levels.length < n) {
    throw new ParquetError('LEVELS_INVALID', `expected ${n} ${kind} levels, found ${levels.length}`, { column: path })
  }
}

function finishCursor(c: Cursor): void {
  if (c.pos !== c.numLevels) {
    throw new ParquetError('LEVELS_INVALID', `expected ${c.numLevels} level entries to be used, found ${c.pos} used`, {
      column: c.path,
      levelIndex: c.pos,
    })
  }
  if (c.valuePos !== c.values.length) {
    throw new ParquetError('LEVELS_INVALID', `expected ${c.values.length} values (one per defined entry), found ${c.valuePos} defined entries`, {
      column: c.path,
    })
  }
}

/** Fast path: a top-level primitive (maxRepetitionLevel 0, maxDefinitionLevel 0 or 1). */
function readFlat(c: Cursor): unknown[] {
  const n = c.numLevels
  const values = c.values
  const def = c.def
  // n is bounded by the level array (checked in makeCursor) or, below, by the values
  if (!def && values.length < n) throw levelsError(c, `expected ${n} values for a required column, found ${values.length}`)
  const out: unknown[] = new Array(n)
  if (!def) {
    for (let i = 0; i < n; i++) out[i] = values[i]
    c.valuePos = n
  } else {
    const nv = values.length
    let vp = 0
    for (let i = 0; i < n; i++) {
      const d = def[i]!
      if (d === 1) {
        if (vp >= nv) throw levelsError(c, `expected more than ${nv} values, found the end of the values`, i)
        out[i] = values[vp++]
      } else if (d === 0) out[i] = null
      else throw levelsError(c, `expected definition level 0 or 1, found ${d}`, i)
    }
    c.valuePos = vp
  }
  c.pos = n
  return out
}

function readNested(plan: Plan, cursors: Cursor[]): unknown[] {
  const first = cursors[plan.leaves[0]!]!
  const out: unknown[] = new Array(countRows(first))
  for (let i = 0; i < out.length; i++) out[i] = readValue(plan, cursors, 0)
  return out
}

/** Rows = entries starting with repetition level 0. */
function countRows(c: Cursor): number {
  const rep = c.rep
  if (!rep) return c.numLevels
  let rows = 0
  for (let i = 0; i < c.numLevels; i++) if (rep[i] === 0) rows++
  return rows
}

/** Reads one value of `plan` whose first entry has repetition level `expRep`. */
function readValue(plan: Plan, cursors: Cursor[], expRep: number): unknown {
  const c = cursors[plan.leaves[0]!]!
  if (c.pos >= c.numLevels) throw levelsError(c, `expected more than ${c.numLevels} level entries, found the end`)
  const def = c.def ? c.def[c.pos]! : c.maxDef
  if (def < plan.nullDef) {
    if (def < plan.parentDef) {
      throw levelsError(c, `expected definition level >= ${plan.parentDef} under present '${plan.path}', found ${def}`)
    }
    skipValue(plan, cursors, def, expRep)
    return null
  }
  if (plan.kind === 'leaf') return readLeaf(c, def, expRep)
  if (plan.kind === 'struct') return readStruct(plan, cursors, expRep)
  return readRepeated(plan, cursors, def, expRep)
}

function readLeaf(c: Cursor, def: number, expRep: number): unknown {
  if (def !== c.maxDef) throw levelsError(c, `expected definition level <= ${c.maxDef}, found ${def}`)
  checkRep(c, expRep)
  c.pos++
  if (c.valuePos >= c.values.length) {
    throw levelsError(c, `expected more than ${c.values.length} values, found the end of the values`)
  }
  return c.values[c.valuePos++]
}

function readStruct(plan: Plan, cursors: Cursor[], expRep: number): Record<string, unknown> {
  const obj: Record<string, unknown> = {}
  const children = plan.children
  for (let i = 0; i < children.length; i++) setField(obj, plan.names[i]!, readValue(children[i]!, cursors, expRep))
  return obj
}

function readRepeated(plan: Plan, cursors: Cursor[], def: number, expRep: number): unknown[] {
  if (def < plan.elemDef) {
    skipValue(plan, cursors, def, expRep)
    return []
  }
  const out: unknown[] = []
  const c = cursors[plan.leaves[0]!]!
  const rep = c.rep!
  const element = plan.children[0]!
  if (plan.kind === 'list' && element.kind === 'leaf') {
    readLeafElements(plan, element, c, out, expRep)
    return out
  }
  const value = plan.kind === 'map' ? plan.children[1] : undefined
  let r = expRep
  for (;;) {
    if (plan.kind === 'list') out.push(readValue(element, cursors, r))
    else out.push([readValue(element, cursors, r), value ? readValue(value, cursors, r) : null])
    if (c.pos >= c.numLevels || rep[c.pos] !== plan.repLevel) return out
    r = plan.repLevel
  }
}

/** Fast path of readRepeated for a list of primitives: one entry per element, no recursion. */
function readLeafElements(plan: Plan, element: Plan, c: Cursor, out: unknown[], expRep: number): void {
  const def = c.def!
  const rep = c.rep!
  const values = c.values
  const maxDef = c.maxDef
  const nullAt = element.nullable ? element.parentDef : -1
  let r = expRep
  for (;;) {
    const d = def[c.pos]!
    if (rep[c.pos] !== r) throw levelsError(c, `expected repetition level ${r}, found ${rep[c.pos]}`)
    if (d === maxDef) {
      if (c.valuePos >= values.length) throw levelsError(c, `expected more than ${values.length} values, found the end of the values`)
      out.push(values[c.valuePos++])
    } else if (d === nullAt) out.push(null)
    else throw levelsError(c, `expected definition level ${element.nullable ? `${nullAt} or ` : ''}${maxDef} for an element of '${plan.path}', found ${d}`)
    c.pos++
    if (c.pos >= c.numLevels || rep[c.pos] !== plan.repLevel) return
    r = plan.repLevel
  }
}

/** A null or empty value: every leaf below holds exactly one entry with the same levels. */
function skipValue(plan: Plan, cursors: Cursor[], def: number, expRep: number): void {
  const leaves = plan.leaves
  for (let i = 0; i < leaves.length; i++) {
    const c = cursors[leaves[i]!]!
    if (c.pos >= c.numLevels) throw levelsError(c, `expected more than ${c.numLevels} level entries, found the end`)
    const d = c.def ? c.def[c.pos]! : c.maxDef
    if (d !== def) throw levelsError(c, `expected definition level ${def} like the sibling columns of '${plan.path}', found ${d}`)
    checkRep(c, expRep)
    c.pos++
  }
}

function checkRep(c: Cursor, expRep: number): void {
  const r = c.rep ? c.rep[c.pos]! : 0
  if (r !== expRep) throw levelsError(c, `expected repetition level ${expRep}, found ${r}`)
}

function levelsError(c: Cursor, message: string, index = c.pos): ParquetError {
  return new ParquetError('LEVELS_INVALID', message, { column: c.path, levelIndex: index })
}
