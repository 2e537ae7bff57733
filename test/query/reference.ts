/**
 * An independent, deliberately plain evaluation of the filter language on
 * row objects (as readRows returns them), written for the tests: SQL
 * three-valued logic, NaN unordered, strings compared as UTF-8 bytes
 * (Buffer.compare), Dates by time, DECIMAL text by Number.
 */
import type { Filter } from '../../src/query/filter.js'

type Tri = boolean | null

function get(row: Record<string, unknown>, path: string): unknown {
  let v: unknown = row
  for (const part of path.split('.')) {
    if (v === null || v === undefined) return null
    v = (v as Record<string, unknown>)[part]
  }
  return v ?? null
}

/** -1, 0, 1, or NaN when unordered; the literal is read in the row value's type. */
function cmp(v: unknown, lit: unknown): number {
  if (v instanceof Date) {
    const t = lit instanceof Date ? lit.getTime() : typeof lit === 'string' ? Date.parse(lit) : Number(lit)
    return sign(v.getTime() - t)
  }
  if (typeof v === 'string') {
    if (/^-?\d+\.\d+$/.test(v) && (typeof lit === 'number' || /^-?\d+(\.\d+)?$/.test(String(lit)))) return sign(Number(v) - Number(lit))
    return Buffer.compare(Buffer.from(v), Buffer.from(String(lit)))
  }
  if (typeof v === 'bigint') {
    const l = lit instanceof Date ? BigInt(lit.getTime()) * 1000n : typeof lit === 'string' ? BigInt(lit) : lit
    return v < (l as bigint) ? -1 : v > (l as bigint) ? 1 : 0
  }
  if (typeof v === 'boolean') return Number(v) - Number(lit)
  const n = v as number
  const l = Number(lit)
  return n < l ? -1 : n > l ? 1 : n === l ? 0 : Number.NaN
}

function sign(x: number): number {
  return x < 0 ? -1 : x > 0 ? 1 : x === 0 ? 0 : Number.NaN
}

export function refEval(f: Filter, row: Record<string, unknown>): Tri {
  if ('and' in f) {
    const vs = f.and.map((c) => refEval(c, row))
    return vs.includes(false) ? false : vs.includes(null) ? null : true
  }
  if ('or' in f) {
    const vs = f.or.map((c) => refEval(c, row))
    return vs.includes(true) ? true : vs.includes(null) ? null : false
  }
  if ('not' in f) {
    const v = refEval(f.not, row)
    return v === null ? null : !v
  }
  const v = get(row, f.column)
  if (f.op === 'isNull') return v === null
  if (f.op === 'isNotNull') return v !== null
  if (v === null) return null
  const x = (f as { value: unknown }).value
  switch (f.op) {
    case 'eq': return cmp(v, x) === 0
    case 'ne': return !(cmp(v, x) === 0)
    case 'lt': return cmp(v, x) < 0
    case 'le': return cmp(v, x) <= 0
    case 'gt': return cmp(v, x) > 0
    case 'ge': return cmp(v, x) >= 0
    case 'between': return cmp(v, (x as unknown[])[0]) >= 0 && cmp(v, (x as unknown[])[1]) <= 0
    case 'in': return (x as unknown[]).some((y) => cmp(v, y) === 0)
    case 'startsWith': return typeof v === 'string' ? v.startsWith(x as string) : false
  }
}

export function refFilter(rows: Record<string, unknown>[], f: Filter): Record<string, unknown>[] {
  return rows.filter((r) => refEval(f, r) === true)
}
