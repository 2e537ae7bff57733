/**
 * Whether any row of a row group, page or row range can satisfy a filter,
 * from per-column bounds: min/max (column-chunk Statistics or a page's
 * ColumnIndex entry, parquet.thrift), null counts and NaN counts, and
 * optionally a bloom filter for equality.
 *
 * Rules (a wrong "no" would lose rows):
 * - min/max are only bounds, in the column's sort order (they may be
 *   truncated, PageIndex.md): every non-null, non-NaN value v has
 *   min <= v <= max. An unknown bound bounds nothing.
 * - min/max never include NaN: a floating-point column may hold NaNs unless a
 *   NaN count of 0 says otherwise. NaN makes a comparison false, so a range
 *   that could hold NaN may always make a comparison false (for `ne`, `not`).
 * - Null counts: without one, a range may hold nulls; a range whose null
 *   count equals its value count (or a null page) holds no value.
 * Each node answers two questions: may some row make it true, may some row
 * make it false (`not` swaps them; unknown rows make neither).
 */
import type { CompiledNode } from './filter.js'
import { compareKeys, type Key, keyStartsWith } from './keys.js'

export interface Bounds {
  /** A non-null value may be present. */
  hasValues: boolean
  /** A null may be present. */
  hasNulls: boolean
  min?: Key
  max?: Key
  /** A NaN may be present. */
  maybeNaN: boolean
  /** For eq/in: false when the key is certainly absent (bloom filter). */
  mayContain?: (key: Key) => boolean
}

/** Bit 1: some row may make the node true; bit 2: some row may make it false. */
export const MAY_TRUE = 1
export const MAY_FALSE = 2

/** MAY_TRUE | MAY_FALSE flags of `node` over a range whose columns have `bounds`. */
export function mayMatch(node: CompiledNode, bounds: readonly Bounds[]): number {
  switch (node.type) {
    case 'leaf': return leafFlags(node.op, node.keys, bounds[node.column]!)
    case 'not': {
      const f = mayMatch(node.child, bounds)
      return ((f & MAY_TRUE) !== 0 ? MAY_FALSE : 0) | ((f & MAY_FALSE) !== 0 ? MAY_TRUE : 0)
    }
    case 'and': {
      let t = true
      let f = false
      for (const child of node.children) {
        const c = mayMatch(child, bounds)
        t &&= (c & MAY_TRUE) !== 0
        f ||= (c & MAY_FALSE) !== 0
      }
      return (t ? MAY_TRUE : 0) | (f ? MAY_FALSE : 0)
    }
    case 'or': {
      let t = false
      let f = true
      for (const child of node.children) {
        const c = mayMatch(child, bounds)
        t ||= (c & MAY_TRUE) !== 0
        f &&= (c & MAY_FALSE) !== 0
      }
      return (t ? MAY_TRUE : 0) | (f ? MAY_FALSE : 0)
    }
  }
}

function flags(t: boolean, f: boolean): number {
  return (t ? MAY_TRUE : 0) | (f ? MAY_FALSE : 0)
}

function leafFlags(op: string, keys: readonly Key[], b: Bounds): number {
  if (op === 'isNull') return flags(b.hasNulls, b.hasValues)
  if (op === 'isNotNull') return flags(b.hasValues, b.hasNulls)
  if (!b.hasValues) return 0
  const x = keys[0]!
  switch (op) {
    case 'eq': return eqFlags(x, b)
    case 'ne': return swap(eqFlags(x, b))
    case 'in': {
      let t = false
      let f = true
      for (const k of keys) {
        const c = eqFlags(k, b)
        t ||= (c & MAY_TRUE) !== 0
        f &&= (c & MAY_FALSE) !== 0
      }
      return flags(t, f)
    }
    case 'lt': return flags(below(b.min, x, false), b.maybeNaN || !below(b.max, x, false) || b.max === undefined)
    case 'le': return flags(below(b.min, x, true), b.maybeNaN || !below(b.max, x, true) || b.max === undefined)
    case 'gt': return flags(above(b.max, x, false), b.maybeNaN || !above(b.min, x, false) || b.min === undefined)
    case 'ge': return flags(above(b.max, x, true), b.maybeNaN || !above(b.min, x, true) || b.min === undefined)
    case 'between': return betweenFlags(x, keys[1]!, b)
    default: return startsWithFlags(x, b)
  }
}

/** bound < x (or <= x); an unknown bound may be anything. */
function below(bound: Key | undefined, x: Key, orEqual: boolean): boolean {
  if (bound === undefined) return true
  const c = compareKeys(bound, x)
  return orEqual ? c <= 0 : c < 0
}

function above(bound: Key | undefined, x: Key, orEqual: boolean): boolean {
  if (bound === undefined) return true
  const c = compareKeys(bound, x)
  return orEqual ? c >= 0 : c > 0
}

function swap(f: number): number {
  return ((f & MAY_TRUE) !== 0 ? MAY_FALSE : 0) | ((f & MAY_FALSE) !== 0 ? MAY_TRUE : 0)
}

function eqFlags(x: Key, b: Bounds): number {
  const inRange = below(b.min, x, true) && above(b.max, x, true)
  const t = inRange && (b.mayContain ? b.mayContain(x) : true)
  const single = b.min !== undefined && b.max !== undefined && compareKeys(b.min, x) === 0 && compareKeys(b.max, x) === 0
  return flags(t, b.maybeNaN || !single)
}

function betweenFlags(lo: Key, hi: Key, b: Bounds): number {
  const ordered = compareKeys(lo, hi) <= 0
  const t = ordered && above(b.max, lo, true) && below(b.min, hi, true)
  const inside = b.min !== undefined && b.max !== undefined && compareKeys(b.min, lo) >= 0 && compareKeys(b.max, hi) <= 0
  return flags(t, b.maybeNaN || !ordered || !inside)
}

function startsWithFlags(p: Key, b: Bounds): number {
  // Values with prefix p are >= p, and the range below p's successor is contiguous.
  const t = above(b.max, p, true) && (b.min === undefined || compareKeys(b.min, p) <= 0 || keyStartsWith(b.min, p))
  const all = b.min !== undefined && b.max !== undefined && keyStartsWith(b.min, p) && keyStartsWith(b.max, p)
  return flags(t, !all)
}
