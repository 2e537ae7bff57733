/**
 * Comparable keys for filters: the reader's JS value of a column (to-js.ts),
 * a filter literal and a statistic bound are all mapped into one key domain
 * per column, ordered as the column's sort order (LogicalTypes.md "Sort
 * Order"): numbers and bigints by value (mixed comparison is exact), Dates by
 * epoch milliseconds, DECIMAL text by its unscaled integer, strings by Unicode
 * code point (the order of their UTF-8 bytes, which is how STRING statistics
 * are ordered: unsigned bytes), bytes as unsigned bytes, false < true.
 *
 * Statistic bounds go through the same JS mapping as the rows: every mapping
 * is monotonic, so a bound of the physical values stays a bound of the keys.
 */
import { ParquetError } from '../errors.js'
import { type ColumnKind, columnKind } from '../logical/column-kind.js'
import { type PhysicalValue, toJsValue, type ValueOptions } from '../logical/to-js.js'
import type { SchemaNode } from '../metadata/schema.js'

export type Key = number | bigint | string | boolean | Uint8Array

/** How literals are read and keys are compared for one column. */
export type KeyClass = 'numeric' | 'string' | 'boolean' | 'bytes' | 'none'

/** How a reader value becomes a key. */
export type KeyMode = 'plain' | 'date' | 'decimalText'

export interface KeySpec {
  cls: KeyClass
  mode: KeyMode
  kind: ColumnKind
  /** Values may be NaN (floating point). */
  floating: boolean
  /** DECIMAL scale (decimalText / unscaled literals). */
  scale: number
  /** What the reader returns, which decides how literals are coerced. */
  literal: LiteralMode
}

export type LiteralMode =
  | 'number' | 'int64' | 'dateMs' | 'days' | 'units' | 'decimalUnscaled' | 'decimalBigint' | 'decimalNumber'
  | 'string' | 'uuid' | 'boolean' | 'bytes' | 'none'

/** The key spec of a leaf column read with `options`. */
export function keySpec(node: SchemaNode, options: ValueOptions): KeySpec {
  const kind = columnKind(node)
  const base = { kind, floating: false, scale: 0, mode: 'plain' as KeyMode }
  switch (kind.kind) {
    case 'BOOLEAN': return { ...base, cls: 'boolean', literal: 'boolean' }
    case 'INT32': case 'UINT32': return { ...base, cls: 'numeric', literal: 'number' }
    case 'FLOAT': case 'DOUBLE': case 'FLOAT16': return { ...base, cls: 'numeric', literal: 'number', floating: true }
    case 'INT64': case 'UINT64': return { ...base, cls: 'numeric', literal: 'int64' }
    case 'TIME': return { ...base, cls: 'numeric', literal: kind.unit === 'MILLIS' ? 'number' : 'int64' }
    case 'DATE':
      return options.dates === 'number' ? { ...base, cls: 'numeric', literal: 'days' } : { ...base, cls: 'numeric', mode: 'date', literal: 'dateMs' }
    case 'TIMESTAMP': case 'INT96': {
      const mode = options.timestamps ?? 'auto'
      const asDate = mode === 'date' || (mode === 'auto' && kind.kind === 'TIMESTAMP' && kind.unit === 'MILLIS')
      return asDate ? { ...base, cls: 'numeric', mode: 'date', literal: 'dateMs' } : { ...base, cls: 'numeric', literal: 'units' }
    }
    case 'DECIMAL': return decimalSpec(kind, options, base)
    case 'TEXT': return { ...base, cls: 'string', literal: 'string' }
    case 'UUID': return { ...base, cls: 'string', literal: 'uuid' }
    case 'BINARY': return options.binaryAsString ? { ...base, cls: 'string', literal: 'string' } : { ...base, cls: 'bytes', literal: 'bytes' }
    case 'BYTES': return { ...base, cls: 'bytes', literal: 'bytes' }
    default: return { ...base, cls: 'none', literal: 'none' }
  }
}

function decimalSpec(kind: ColumnKind & { kind: 'DECIMAL' }, options: ValueOptions, base: Omit<KeySpec, 'cls' | 'literal'>): KeySpec {
  let mode = options.decimals ?? 'auto'
  if (mode === 'auto') mode = kind.physical === 'INT32' || (kind.precision >= 1 && kind.precision <= 15) ? 'number' : 'string'
  const scale = kind.scale
  if (mode === 'number') return { ...base, scale, cls: 'numeric', literal: 'decimalNumber' }
  if (mode === 'bigint') return { ...base, scale, cls: 'numeric', literal: 'decimalBigint' }
  return { ...base, scale, cls: 'numeric', mode: 'decimalText', literal: 'decimalUnscaled' }
}

/** The key of a non-null reader value. */
export function keyOf(mode: KeyMode, value: unknown): Key {
  if (mode === 'date') return (value as Date).getTime()
  if (mode === 'decimalText') return BigInt((value as string).replace('.', ''))
  return value as Key
}

/** A statistic bound as a key; undefined when it cannot serve as one. */
export function boundKey(value: PhysicalValue, node: SchemaNode, spec: KeySpec, options: ValueOptions): Key | undefined {
  let js: unknown
  try {
    js = toJsValue(value, node, options)
  } catch {
    return undefined
  }
  if (js === null || js === undefined) return undefined
  const key = keyOf(spec.mode, js)
  // Invalid UTF-8 decodes to U+FFFD, which breaks the byte order: such a bound is not used.
  if (typeof key === 'string' && key.includes('\uFFFD')) return undefined
  if (typeof key === 'number' && Number.isNaN(key)) return undefined
  return key
}

/** Unicode code point order of two strings (equal to the order of their UTF-8 bytes). */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointRank(x) - codePointRank(y)
  }
  return a.length - b.length
}

/** Surrogates (code points over U+FFFF) rank above U+E000..U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000
  if (unit >= 0xe000) return unit - 0x800
  return unit
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!
  return a.length - b.length
}

/** Negative, 0 or positive; NaN when the keys are unordered (a NaN value). */
export function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'string') return compareStrings(a, b as string)
  if (typeof a === 'boolean') return (a ? 1 : 0) - (b ? 1 : 0)
  if (a instanceof Uint8Array) return compareBytes(a, b as Uint8Array)
  const y = b as number | bigint
  if (a < y) return -1
  if (a > y) return 1
  return a <= y ? 0 : Number.NaN
}

/** True when `a` starts with `prefix` (strings by code units, bytes by bytes). */
export function keyStartsWith(a: Key, prefix: Key): boolean {
  if (typeof a === 'string') return a.startsWith(prefix as string)
  if (!(a instanceof Uint8Array) || !(prefix instanceof Uint8Array) || prefix.length > a.length) return false
  for (let i = 0; i < prefix.length; i++) if (a[i] !== prefix[i]) return false
  return true
}

export function invalidFilter(where: string, message: string): ParquetError {
  return new ParquetError('ARGUMENT_INVALID', `filter ${where}: ${message}`, { filter: where })
}
