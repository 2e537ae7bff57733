/**
 * Schema inference for the writer when no schema is given: every value of
 * a column is looked at, and the column gets the one type that fits them all.
 *
 * Rules:
 * - number → DOUBLE (always: a JS number is a double, so this is lossless,
 *   keeps -0, and the type does not depend on which values happen to be
 *   integers; declare int32()/int64() for integer columns);
 * - bigint → INT64; string → STRING; boolean → BOOLEAN;
 * - Date → TIMESTAMP(MILLIS, isAdjustedToUTC = true);
 * - Uint8Array → BYTE_ARRAY (unannotated);
 * - an array → LIST of the element type (the elements' rules apply to their
 *   union); Int32Array → LIST<INT32>, Float32Array → LIST<FLOAT>,
 *   Float64Array → LIST<DOUBLE>, BigInt64Array → LIST<INT64>;
 * - a Map → MAP of its keys' type to its values' type (keys never null);
 * - a plain object → a struct of the union of its keys;
 * - null, undefined or a missing key anywhere → that field is optional
 *   (elements of a list: optional when one element is null);
 * - a field with only nulls (or a list that is always empty) → an optional
 *   INT32 annotated UNKNOWN (LogicalTypes.md's NullType), read back as null;
 * - two different kinds in one field (a number and a string) → TYPE_INVALID.
 * For column input (writeColumns), a typed array column is its element type:
 * Int32Array → INT32, Float64Array → DOUBLE, Float32Array → FLOAT,
 * BigInt64Array → INT64, BigUint64Array → UINT64, Int8Array/Int16Array →
 * INT(8|16), Uint8Array/Uint16Array/Uint32Array → UINT(8|16|32).
 */
import { ParquetError } from '../errors.js'
import * as f from './field.js'
import type { Field, FieldMap } from './field.js'

type Kind = 'none' | 'double' | 'float' | 'int32' | 'int64' | 'string' | 'boolean' | 'timestamp' | 'binary' | 'list' | 'map' | 'struct'

interface Shape {
  kind: Kind
  nullable: boolean
  element?: Shape
  key?: Shape
  value?: Shape
  fields?: Map<string, Shape>
  /** Struct: number of objects seen (a key seen fewer times is optional). */
  objects: number
  /** Number of parent objects holding this field (a struct's field). */
  seen: number
}

function emptyShape(): Shape {
  return { kind: 'none', nullable: false, objects: 0, seen: 0 }
}

/** The child shape `key` of `shape`, created on first use. */
function child(shape: Shape, key: 'element' | 'key' | 'value'): Shape {
  const found = shape[key]
  if (found) return found
  const made = emptyShape()
  shape[key] = made
  return made
}

const TYPED_ELEMENTS: [new (n: number) => ArrayBufferView, Kind][] = [
  [Int32Array, 'int32'], [Float64Array, 'double'], [Float32Array, 'float'], [BigInt64Array, 'int64'],
]

function kindOf(value: unknown, path: string): Kind {
  switch (typeof value) {
    case 'number': return 'double'
    case 'bigint': return 'int64'
    case 'string': return 'string'
    case 'boolean': return 'boolean'
  }
  if (value instanceof Date) return 'timestamp'
  if (value instanceof Uint8Array) return 'binary'
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return 'list'
  if (value instanceof Map) return 'map'
  if (typeof value === 'object' && value !== null) return 'struct'
  throw new ParquetError('TYPE_INVALID', `cannot infer a Parquet type for ${typeof value} in '${path}'`, { column: path })
}

function merge(shape: Shape, value: unknown, path: string): void {
  if (value === null || value === undefined) {
    shape.nullable = true
    return
  }
  const kind = kindOf(value, path)
  if (shape.kind === 'none') shape.kind = kind
  else if (shape.kind !== kind) {
    throw new ParquetError('TYPE_INVALID', `cannot infer one type for '${path}': found ${shape.kind} and ${kind} values (declare a schema)`, { column: path })
  }
  if (kind === 'list') mergeList(shape, value as ArrayLike<unknown>, path)
  else if (kind === 'map') mergeMap(shape, value as Map<unknown, unknown>, path)
  else if (kind === 'struct') mergeStruct(shape, value as Record<string, unknown>, path)
}

function mergeList(shape: Shape, list: ArrayLike<unknown>, path: string): void {
  const element = child(shape, 'element')
  const typed = ArrayBuffer.isView(list) ? TYPED_ELEMENTS.find(([ctor]) => list instanceof ctor) : undefined
  if (ArrayBuffer.isView(list)) {
    if (!typed) throw new ParquetError('TYPE_INVALID', `cannot infer a list type from a ${list.constructor.name} in '${path}'`, { column: path })
    if (element.kind !== 'none' && element.kind !== typed[1]) {
      throw new ParquetError('TYPE_INVALID', `cannot infer one type for '${path}.element': found ${element.kind} and ${typed[1]} values`, { column: path })
    }
    if (list.length > 0) element.kind = typed[1]
    return
  }
  for (let i = 0; i < list.length; i++) merge(element, list[i], `${path}.element`)
}

function mergeMap(shape: Shape, m: Map<unknown, unknown>, path: string): void {
  const key = child(shape, 'key')
  const value = child(shape, 'value')
  for (const [k, v] of m) {
    if (k === null || k === undefined) throw new ParquetError('TYPE_INVALID', `expected non-null MAP keys in '${path}', found ${k}`, { column: path })
    merge(key, k, `${path}.key`)
    merge(value, v, `${path}.value`)
  }
}

function mergeStruct(shape: Shape, obj: Record<string, unknown>, path: string): void {
  if (!shape.fields) shape.fields = new Map()
  const fields = shape.fields
  shape.objects++
  for (const name in obj) {
    if (!Object.hasOwn(obj, name)) continue
    let field = fields.get(name)
    if (!field) {
      field = emptyShape()
      fields.set(name, field)
    }
    field.seen++
    merge(field, obj[name], path ? `${path}.${name}` : name)
  }
}

function toField(shape: Shape, path: string): Field {
  const o = { optional: shape.nullable }
  switch (shape.kind) {
    case 'none': return f.nullType()
    case 'double': return f.double(o)
    case 'float': return f.float(o)
    case 'int32': return f.int32(o)
    case 'int64': return f.int64(o)
    case 'string': return f.string(o)
    case 'boolean': return f.boolean(o)
    case 'timestamp': return f.timestamp('MILLIS', { ...o, utc: true })
    case 'binary': return f.binary(o)
    case 'list': return f.list(toField(shape.element!, `${path}.element`), o)
    case 'map': return f.map(toField(shape.key!, `${path}.key`), toField(shape.value!, `${path}.value`), o)
    case 'struct': return f.struct(structFields(shape, path), o)
  }
}

function structFields(shape: Shape, path: string): FieldMap {
  const out: Record<string, Field> = {}
  for (const [name, field] of shape.fields!) {
    if (field.seen < shape.objects) field.nullable = true
    out[name] = toField(field, path ? `${path}.${name}` : name)
  }
  if (shape.kind === 'struct' && Object.keys(out).length === 0 && path) {
    throw new ParquetError('TYPE_INVALID', `cannot infer a struct without fields for '${path}' (every object is empty)`, { column: path })
  }
  return out
}

/**
 * Infers the top-level fields of `rows` (row objects). Rows whose keys are
 * the fields seen so far, in the same order (plain objects of one shape),
 * take a short path: each value is checked against its field's kind and
 * merged only when it does not simply match; other rows are merged key by
 * key. Both give the same result.
 */
export function inferSchema(rows: readonly unknown[]): FieldMap {
  const root = emptyShape()
  root.kind = 'struct'
  root.fields = new Map()
  const walk: RowWalk = { names: [], shapes: [], values: [], pending: 0 }
  const plain = plainPrototype()
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new ParquetError('TYPE_INVALID', `expected a row object, found ${row === null ? 'null' : typeof row}`, { row: r })
    }
    if (plain && Object.getPrototypeOf(row) === Object.prototype && keysInOrder(row as Record<string, unknown>, walk)) {
      mergeValues(walk)
      continue
    }
    settle(root, walk)
    mergeStruct(root, row as Record<string, unknown>, '')
    if (root.fields.size !== walk.names.length) {
      walk.names = [...root.fields.keys()]
      walk.shapes = [...root.fields.values()]
    }
  }
  settle(root, walk)
  if (root.fields.size === 0) {
    throw new ParquetError('ARGUMENT_INVALID', 'cannot infer a schema from rows without fields: pass options.schema')
  }
  return structFields(root, '')
}

/** The top-level fields in first-seen order, and rows taken on the short path not yet counted. */
interface RowWalk {
  names: string[]
  shapes: Shape[]
  /** The current row's values, by field. */
  values: unknown[]
  pending: number
}

/** Whether Object.prototype has no enumerable keys (for-in over a plain object then lists only its own keys). */
function plainPrototype(): boolean {
  for (const _ in Object.prototype) return false
  return true
}

/** Collects the row's values when its keys are exactly `walk.names`, in order. */
function keysInOrder(row: Record<string, unknown>, walk: RowWalk): boolean {
  const { names, values } = walk
  let f = 0
  for (const key in row) {
    if (key !== names[f]) return false
    values[f++] = row[key]
  }
  return f === names.length
}

function mergeValues(walk: RowWalk): void {
  const { names, shapes, values } = walk
  for (let f = 0; f < shapes.length; f++) {
    const v = values[f]
    const shape = shapes[f]!
    if (v === null || v === undefined) shape.nullable = true
    else if (!sameKind(shape.kind, v)) merge(shape, v, names[f]!)
  }
  walk.pending++
}

/** A value whose merge would change nothing (a scalar of the field's kind). */
function sameKind(kind: Kind, v: unknown): boolean {
  switch (kind) {
    case 'double': return typeof v === 'number'
    case 'string': return typeof v === 'string'
    case 'int64': return typeof v === 'bigint'
    case 'boolean': return typeof v === 'boolean'
    case 'timestamp': return v instanceof Date
    case 'binary': return v instanceof Uint8Array
    default: return false
  }
}

/** Counts the short-path rows: each was an object holding every field then known. */
function settle(root: Shape, walk: RowWalk): void {
  root.objects += walk.pending
  for (const shape of walk.shapes) shape.seen += walk.pending
  walk.pending = 0
}

const TYPED_COLUMNS: [new (n: number) => ArrayBufferView, () => Field][] = [
  [Int32Array, () => f.int32()], [Float64Array, () => f.double()], [Float32Array, () => f.float()],
  [BigInt64Array, () => f.int64()], [BigUint64Array, () => f.uint64()], [Int8Array, () => f.int8()],
  [Int16Array, () => f.int16()], [Uint8Array, () => f.uint8()], [Uint16Array, () => f.uint16()], [Uint32Array, () => f.uint32()],
]

/** Infers one column's field from its values (one per row); `nullable` forces optional. */
export function inferColumn(name: string, values: ArrayLike<unknown>, nullable: boolean): Field {
  if (ArrayBuffer.isView(values)) {
    const hit = TYPED_COLUMNS.find(([ctor]) => values instanceof ctor)
    if (!hit) throw new ParquetError('TYPE_INVALID', `cannot infer a column type from a ${values.constructor.name}`, { column: name })
    const field = hit[1]()
    return nullable ? { ...field, optional: true } : field
  }
  const shape = emptyShape()
  let i = 0
  while (i < values.length && shape.kind === 'none') merge(shape, values[i++], name)
  i = scanScalars(shape, values, i)
  for (; i < values.length; i++) merge(shape, values[i], name)
  if (nullable) shape.nullable = true
  return toField(shape, name)
}

/** Skips values from `start` that merge would not change (nulls only mark the shape nullable); returns where it stopped. */
function scanScalars(shape: Shape, values: ArrayLike<unknown>, start: number): number {
  const kind = shape.kind
  let i = start
  for (; i < values.length; i++) {
    const v = values[i]
    if (v === null || v === undefined) shape.nullable = true
    else if (!sameKind(kind, v)) break
  }
  return i
}
