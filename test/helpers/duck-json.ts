/**
 * Puts our reader's JS values into the textual forms DuckDB's
 * `getRowObjectsJson()` uses, so the two readings can be compared value for
 * value: BIGINT as decimal text, BLOB with \xHH escapes, DECIMAL with its
 * scale, timestamps as 'YYYY-MM-DD HH:MM:SS[.ffffff]', maps as [{key, value}].
 * The form comes from DuckDB's documented output, not from our own reader.
 */
import { type Plan, planField } from '../../src/dremel/plan.js'
import type { SchemaNode } from '../../src/metadata/schema.js'

export function blobText(bytes: Uint8Array): string {
  let s = ''
  // DuckDB escapes control bytes, bytes above 0x7E and both quote characters; a backslash stays as it is.
  for (const b of bytes) {
    const plain = b >= 0x20 && b <= 0x7e && b !== 0x22 && b !== 0x27
    s += plain ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return s
}

const pad = (n: number | bigint, w = 2) => String(n).padStart(w, '0')

/** 'YYYY-MM-DD HH:MM:SS[.fraction]' from a count of `perSecond` units since the epoch. */
export function timestampText(units: bigint, perSecond: bigint, digits: number): string {
  let seconds = units / perSecond
  let frac = units % perSecond
  if (frac < 0n) {
    frac += perSecond
    seconds -= 1n
  }
  const date = new Date(Number(seconds) * 1000)
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
  const fraction = frac === 0n ? '' : `.${pad(frac, digits)}`.replace(/0+$/, '')
  return `${day} ${time}${fraction}`
}

function timeText(units: bigint, perSecond: bigint, digits: number): string {
  const full = timestampText(units, perSecond, digits)
  return full.slice(11)
}

/** A value DuckDB cannot represent (it overflows); compared as "anything". */
export const INT64_OVERFLOW = Symbol('int64 overflow')

const UNIT = { MILLIS: [1000n, 3], MICROS: [1000000n, 6], NANOS: [1000000000n, 9] } as const

/** One leaf value in DuckDB's JSON text form. */
export function leafJson(value: unknown, node: SchemaNode): unknown {
  if (value === null || value === undefined) return null
  const logical = node.logicalType
  if (typeof value === 'bigint') {
    if (logical?.type === 'TIMESTAMP') {
      const [per, digits] = UNIT[logical.unit]
      // DuckDB keeps microseconds for MICROS and nanoseconds for NANOS.
      return timestampText(value, per, digits)
    }
    if (node.physicalType === 'INT96') {
      // DuckDB wraps INT96 values outside the 64-bit nanosecond range; ours stay exact. Marked, not compared.
      if (value < -(2n ** 63n) || value >= 2n ** 63n) return INT64_OVERFLOW
      return timestampText(value / 1000n, 1000000n, 6)
    }
    if (logical?.type === 'TIME') {
      const [per, digits] = UNIT[logical.unit]
      return timeText(value, per, digits)
    }
    return value.toString()
  }
  if (value instanceof Date) {
    if (logical?.type === 'DATE') return value.toISOString().slice(0, 10)
    return timestampText(BigInt(value.getTime()), 1000n, 3)
  }
  if (value instanceof Uint8Array) return blobText(value)
  if (logical?.type === 'DECIMAL') return typeof value === 'number' ? value.toFixed(logical.scale) : String(value)
  if (logical?.type === 'TIME' && typeof value === 'number') return timeText(BigInt(value), 1000n, 3)
  return value
}

/** A whole field value (nested included) in DuckDB's JSON form. */
export function fieldJson(value: unknown, field: SchemaNode): unknown {
  return planJson(value, planField(field))
}

function planJson(value: unknown, plan: Plan): unknown {
  if (value === null || value === undefined) return null
  switch (plan.kind) {
    case 'leaf':
      return leafJson(value, plan.node)
    case 'list':
      return (value as unknown[]).map((v) => planJson(v, plan.children[0]!))
    case 'map':
      return (value as [unknown, unknown][]).map(([k, v]) => ({
        key: planJson(k, plan.children[0]!),
        value: plan.children[1] ? planJson(v, plan.children[1]) : null,
      }))
    case 'struct': {
      const out: Record<string, unknown> = {}
      plan.names.forEach((name, i) => {
        out[name] = planJson((value as Record<string, unknown>)[name], plan.children[i]!)
      })
      return out
    }
  }
}
