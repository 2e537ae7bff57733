/**
 * Exact row filtering: a compiled filter evaluated on decoded rows with
 * three-valued logic (filter.ts). Filter columns are flat leaves (no
 * repetition), so row r of a leaf is level r: present where the definition
 * level is the maximum, null otherwise.
 */
import type { LeafData } from '../dremel/assemble.js'
import type { CompiledFilter, CompiledNode } from './filter.js'
import { compareKeys, type Key, keyOf, keyStartsWith } from './keys.js'

const FALSE = 0
const TRUE = 1
const UNKNOWN = 2

/** One key per row (null for a null value) of a filter column's leaf. */
export function leafKeys(leaf: LeafData, maxDefinitionLevel: number, mode: Parameters<typeof keyOf>[0], numRows: number): (Key | null)[] {
  const out = new Array<Key | null>(numRows)
  const def = leaf.definitionLevels
  const values = leaf.values
  for (let r = 0, v = 0; r < numRows; r++) {
    out[r] = maxDefinitionLevel === 0 || !def || def[r] === maxDefinitionLevel ? keyOf(mode, values[v++]) : null
  }
  return out
}

/** Row indexes in [0, numRows) where the filter is true; `leaves` are indexed by column index. */
export function matchingRows(filter: CompiledFilter, leaves: readonly (LeafData | undefined)[], numRows: number): number[] {
  const keys = filter.columns.map((c) => leafKeys(leaves[c.node.columnIndex]!, c.node.maxDefinitionLevel, c.spec.mode, numRows))
  const out: number[] = []
  for (let r = 0; r < numRows; r++) if (evaluate(filter.root, keys, r) === TRUE) out.push(r)
  return out
}

/** TRUE, FALSE or UNKNOWN for row `r`. */
export function evaluate(node: CompiledNode, keys: readonly (Key | null)[][], r: number): number {
  switch (node.type) {
    case 'leaf': return evaluateLeaf(node, keys[node.column]![r]!)
    case 'not': {
      const v = evaluate(node.child, keys, r)
      return v === UNKNOWN ? UNKNOWN : v === TRUE ? FALSE : TRUE
    }
    case 'and': {
      let result = TRUE
      for (const child of node.children) {
        const v = evaluate(child, keys, r)
        if (v === FALSE) return FALSE
        if (v === UNKNOWN) result = UNKNOWN
      }
      return result
    }
    case 'or': {
      let result = FALSE
      for (const child of node.children) {
        const v = evaluate(child, keys, r)
        if (v === TRUE) return TRUE
        if (v === UNKNOWN) result = UNKNOWN
      }
      return result
    }
  }
}

function evaluateLeaf(node: CompiledNode & { type: 'leaf' }, key: Key | null): number {
  if (node.op === 'isNull') return key === null ? TRUE : FALSE
  if (node.op === 'isNotNull') return key === null ? FALSE : TRUE
  if (key === null) return UNKNOWN
  return compareOp(node.op, key, node.keys) ? TRUE : FALSE
}

function compareOp(op: string, key: Key, values: readonly Key[]): boolean {
  const x = values[0]!
  switch (op) {
    case 'eq': return compareKeys(key, x) === 0
    case 'ne': return compareKeys(key, x) !== 0
    case 'lt': return compareKeys(key, x) < 0
    case 'le': return compareKeys(key, x) <= 0
    case 'gt': return compareKeys(key, x) > 0
    case 'ge': return compareKeys(key, x) >= 0
    case 'between': return compareKeys(key, x) >= 0 && compareKeys(key, values[1]!) <= 0
    case 'startsWith': return keyStartsWith(key, x)
    default: // in
      for (const v of values) if (compareKeys(key, v) === 0) return true
      return false
  }
}
