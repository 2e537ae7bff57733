/**
 * Column input for writeColumns: one entry per row for each top-level field,
 * as an array or a typed array, with an optional null mask (1 = null, the
 * shape readColumns returns). Flat primitive fields given as a typed array of
 * the field's physical type go to the encoders without boxing a value; every
 * other field is shredded (dremel/shred.ts) from its per-row values.
 */
import type { LeafInput } from '../column/column-write.js'
import { shredField } from '../dremel/shred.js'
import { ParquetError } from '../errors.js'
import { fromJsValues } from '../logical/from-js.js'
import type { SchemaNode } from '../metadata/schema.js'

/** Column values with an optional null mask (1 = null) of the same length. */
export interface ColumnValues {
  values: ArrayLike<unknown>
  /** 1 where the row's value is null. */
  nulls?: Uint8Array
}

/** One column for `writeColumns`: an array or typed array of values, or values with a null mask. */
export type ColumnInput = ArrayLike<unknown> | ColumnValues

/** The values and mask of one column input. */
export function columnParts(input: ColumnInput, name: string): ColumnValues {
  if (input !== null && typeof input === 'object' && !Array.isArray(input) && !ArrayBuffer.isView(input) && 'values' in input) {
    const { values, nulls } = input as ColumnValues
    if (nulls !== undefined && !(nulls instanceof Uint8Array && nulls.length === values.length)) {
      throw new ParquetError('ARGUMENT_INVALID', `expected a Uint8Array null mask of ${values.length} entries, found ${nulls?.length}`, { column: name })
    }
    return { values, nulls }
  }
  if (input === null || typeof input !== 'object' || typeof (input as ArrayLike<unknown>).length !== 'number') {
    throw new ParquetError('ARGUMENT_INVALID', `expected an array, a typed array or { values, nulls } for column '${name}'`, { column: name })
  }
  return { values: input as ArrayLike<unknown> }
}

type Typed = Int32Array | Float64Array | Float32Array | BigInt64Array

/** The typed array a flat leaf can take unboxed, or undefined. */
function direct(node: SchemaNode, values: ArrayLike<unknown>): Typed | undefined {
  if (!ArrayBuffer.isView(values) || node.repetition === 'REPEATED' || node.physicalType === undefined) return undefined
  const logical = node.logicalType
  switch (node.physicalType) {
    case 'INT32':
      if (values instanceof Int32Array && !(logical?.type === 'INTEGER' && logical.bitWidth < 32)) return values
      if (values instanceof Uint32Array && logical?.type === 'INTEGER' && !logical.isSigned && logical.bitWidth === 32) {
        return new Int32Array(values.buffer, values.byteOffset, values.length)
      }
      return undefined
    case 'INT64':
      if (values instanceof BigInt64Array && !(logical?.type === 'INTEGER' && !logical.isSigned)) return values
      if (values instanceof BigUint64Array && logical?.type === 'INTEGER' && !logical.isSigned) return new BigInt64Array(values.buffer, values.byteOffset, values.length)
      return undefined
    case 'DOUBLE': return values instanceof Float64Array ? values : undefined
    case 'FLOAT': return values instanceof Float32Array ? values : undefined
    default: return undefined
  }
}

/** Dense values and definition levels of a flat typed column over rows [start, end). */
function directLeaf(node: SchemaNode, typed: Typed, nulls: Uint8Array | undefined, start: number, end: number): LeafInput {
  const n = end - start
  const slice = typed.subarray(start, end) as Typed
  if (node.maxDefinitionLevel === 0) {
    if (nulls?.subarray(start, end).includes(1)) {
      throw new ParquetError('TYPE_INVALID', `expected a value for required column '${node.name}', found a null`, { column: node.name })
    }
    return { column: node, numLevels: n, values: slice }
  }
  const def = new Uint8Array(n)
  if (!nulls) return { column: node, numLevels: n, definitionLevels: def.fill(1), values: slice }
  let count = 0
  for (let i = 0; i < n; i++) if (nulls[start + i] === 0) count++
  const dense = new (slice.constructor as new (k: number) => Typed)(count)
  for (let i = 0, k = 0; i < n; i++) {
    if (nulls[start + i] !== 0) continue
    def[i] = 1
    dense[k++] = slice[i] as never
  }
  return { column: node, numLevels: n, definitionLevels: def, values: dense }
}

/**
 * Dense values and definition levels of a flat primitive column over rows
 * [start, end) from its per-row values (the shredder's result for a leaf at
 * the top level, without building a row array first).
 */
function flatLeaf(node: SchemaNode, input: ColumnValues, start: number, end: number): LeafInput {
  const { values, nulls } = input
  const n = end - start
  const def = node.maxDefinitionLevel > 0 ? new Uint8Array(n) : undefined
  if (nulls === undefined && start === 0 && end === values.length && !hasMissing(values)) {
    // Every row has a value: the input is already the dense values.
    return { column: node, numLevels: n, definitionLevels: def?.fill(1), values: fromJsValues(values, node) }
  }
  const dense = new Array<unknown>(n)
  let k = 0
  for (let i = 0; i < n; i++) {
    const v = nulls !== undefined && nulls[start + i] !== 0 ? null : values[start + i]
    if (v === null || v === undefined) {
      if (def === undefined) {
        const path = node.path.join('.')
        throw new ParquetError('TYPE_INVALID', `expected a value for required field '${path}', found none`, { column: path, row: i })
      }
      continue
    }
    if (def !== undefined) def[i] = 1
    dense[k++] = v
  }
  dense.length = k
  return { column: node, numLevels: n, definitionLevels: def, values: fromJsValues(dense, node) }
}

function hasMissing(values: ArrayLike<unknown>): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] === null || values[i] === undefined) return true
  return false
}

/** The leaves of top-level `field` for rows [start, end) of its column input. */
export function columnLeaves(field: SchemaNode, input: ColumnValues, start: number, end: number): LeafInput[] {
  const typed = direct(field, input.values)
  if (typed) return [directLeaf(field, typed, input.nulls, start, end)]
  if (field.columnIndex >= 0 && field.repetition !== 'REPEATED') return [flatLeaf(field, input, start, end)]
  const rows = new Array<unknown>(end - start)
  const { values, nulls } = input
  for (let r = start; r < end; r++) rows[r - start] = nulls && nulls[r] !== 0 ? null : values[r]
  return shredField(field, rows).map((s) => ({
    column: s.column,
    numLevels: s.numLevels,
    definitionLevels: s.definitionLevels,
    repetitionLevels: s.repetitionLevels,
    values: fromJsValues(s.values, s.column),
  }))
}

