/**
 * Cutting a leaf column's decoded data to a range of rows. A row starts at
 * every repetition level 0 (format README, nested encoding); a value is
 * present where the definition level is the column's maximum.
 */
import type { LeafData } from '../dremel/assemble.js'
import { ParquetError } from '../errors.js'
import type { SchemaNode } from '../metadata/schema.js'

type Sliceable = ArrayLike<unknown> & { subarray?: (a: number, b: number) => ArrayLike<unknown>; slice?: (a: number, b: number) => ArrayLike<unknown> }

/** Rows [skip, skip + take) of `leaf`; returns `leaf` itself when that is all of it. */
export function trimLeaf(leaf: LeafData, node: SchemaNode, skip: number, take: number): LeafData {
  const levelStart = rowToLevel(leaf, node, skip)
  const levelEnd = rowToLevel(leaf, node, skip + take)
  if (levelStart === 0 && levelEnd === leaf.numLevels) return leaf
  const valueStart = countValues(leaf, node, 0, levelStart)
  const valueEnd = valueStart + countValues(leaf, node, levelStart, levelEnd)
  return {
    definitionLevels: leaf.definitionLevels?.subarray(levelStart, levelEnd),
    repetitionLevels: leaf.repetitionLevels?.subarray(levelStart, levelEnd),
    values: slice(leaf.values as Sliceable, valueStart, valueEnd),
    numLevels: levelEnd - levelStart,
  }
}

/** Index of the first level of row `row` (numLevels for the row after the last). */
function rowToLevel(leaf: LeafData, node: SchemaNode, row: number): number {
  const rep = leaf.repetitionLevels
  if (node.maxRepetitionLevel === 0 || !rep) {
    if (row > leaf.numLevels) throw outOfRange(row, leaf.numLevels, node)
    return row
  }
  let rows = -1
  for (let i = 0; i < leaf.numLevels; i++) {
    if (rep[i] === 0 && ++rows === row) return i
  }
  if (row === rows + 1) return leaf.numLevels
  throw outOfRange(row, rows + 1, node)
}

function countValues(leaf: LeafData, node: SchemaNode, from: number, to: number): number {
  const def = leaf.definitionLevels
  if (node.maxDefinitionLevel === 0 || !def) return to - from
  let n = 0
  for (let i = from; i < to; i++) if (def[i] === node.maxDefinitionLevel) n++
  return n
}

function slice(values: Sliceable, from: number, to: number): ArrayLike<unknown> {
  if (typeof values.subarray === 'function') return values.subarray(from, to)
  if (typeof values.slice === 'function') return values.slice(from, to)
  return Array.prototype.slice.call(values, from, to)
}

function outOfRange(row: number, rows: number, node: SchemaNode): ParquetError {
  return new ParquetError('LEVELS_INVALID', `expected at least ${row} rows in the decoded pages, found ${rows}`, { column: node.path.join('.') })
}
