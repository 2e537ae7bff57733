/**
 * Filter literals to keys (keys.ts), by the column's type and the value
 * options of the read, so that hand-written values and JSON values both work:
 * - numbers: a number, a bigint or numeric text;
 * - INT64-like (INT64, UINT64, TIME MICROS/NANOS): a bigint, a number or
 *   integer text (compared exactly with the bigint values);
 * - columns read as Dates (DATE, TIMESTAMP(MILLIS), ...): a Date, ISO text or
 *   epoch milliseconds; DATE read as day numbers: a number of days, or a Date
 *   / ISO text; TIMESTAMP read as bigint units: a bigint / number / integer
 *   text of the unit, or a Date / ISO text (converted to the unit);
 * - DECIMAL: a number or decimal text (its value); a bigint is the value as
 *   the reader returns it (the unscaled integer under decimals: 'bigint', else
 *   the integer value). Text with more fraction digits than the scale is refused;
 * - strings: a string (UUID text in any letter case); bytes: a Uint8Array or
 *   a string (its UTF-8 bytes); booleans: a boolean.
 * NaN is refused (it equals nothing); so is an Invalid Date.
 */
import { MAX_DECIMAL_DIGITS } from '../logical/column-kind.js'
import { parseDecimal } from '../logical/decimal-write.js'
import { describe } from '../logical/describe.js'
import { unitsPerMilli } from '../logical/temporal.js'
import { invalidFilter, type Key, type KeySpec } from './keys.js'

const INTEGER_TEXT = /^[+-]?\d+$/
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** The literal `value` as a key of the column, or an ARGUMENT_INVALID error naming `where`. */
export function literalKey(value: unknown, spec: KeySpec, where: string): Key {
  const key = coerce(value, spec, where)
  if (key === undefined) throw invalidFilter(where, `expected ${expected(spec)}, found ${describe(value)}`)
  if (typeof key === 'number' && Number.isNaN(key)) throw invalidFilter(where, `expected a value that is not NaN, found ${describe(value)}`)
  return key
}

function coerce(v: unknown, spec: KeySpec, where: string): Key | undefined {
  switch (spec.literal) {
    case 'number': case 'decimalNumber': return toNumber(v)
    case 'int64': return toInteger(v) ?? toNumber(v)
    case 'dateMs': return toMillis(v) ?? (typeof v === 'number' ? v : undefined)
    case 'days': {
      if (typeof v === 'number') return v
      const ms = toMillis(v)
      return ms === undefined ? undefined : ms / 86_400_000
    }
    case 'units': return toUnits(v, spec)
    case 'decimalUnscaled': case 'decimalBigint': return toUnscaled(v, spec, where)
    case 'string': return typeof v === 'string' ? v : undefined
    case 'uuid': return typeof v === 'string' ? v.toLowerCase() : undefined
    case 'boolean': return typeof v === 'boolean' ? v : undefined
    case 'bytes': return v instanceof Uint8Array ? v : typeof v === 'string' ? new TextEncoder().encode(v) : undefined
    default: return undefined
  }
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v
  if (typeof v === 'bigint') return Number(v)
  if (typeof v === 'string' && NUMBER_TEXT.test(v.trim())) return Number(v)
  return undefined
}

function toInteger(v: unknown): bigint | undefined {
  if (typeof v === 'bigint') return v
  if (typeof v === 'string' && INTEGER_TEXT.test(v.trim())) return BigInt(v.trim())
  return undefined
}

function toMillis(v: unknown): number | undefined {
  if (v instanceof Date) return v.getTime()
  if (typeof v === 'string' && !NUMBER_TEXT.test(v.trim())) {
    const ms = Date.parse(v)
    return Number.isNaN(ms) ? undefined : ms
  }
  return undefined
}

function toUnits(v: unknown, spec: KeySpec): Key | undefined {
  const ms = toMillis(v)
  if (ms === undefined) return toInteger(v) ?? toNumber(v)
  const kind = spec.kind
  const unit = kind.kind === 'TIMESTAMP' ? kind.unit : 'NANOS'
  return Number.isInteger(ms) ? BigInt(ms) * BigInt(unitsPerMilli(unit)) : undefined
}

function toUnscaled(v: unknown, spec: KeySpec, where: string): Key | undefined {
  if (typeof v === 'bigint') return spec.literal === 'decimalBigint' ? v : v * 10n ** BigInt(spec.scale)
  let text: string
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return v
    text = String(v)
  } else if (typeof v === 'string') text = v
  else return undefined
  const parsed = parseDecimal(text, spec.scale, MAX_DECIMAL_DIGITS)
  if (typeof parsed === 'bigint') return parsed
  if (parsed.includes('fraction')) {
    throw invalidFilter(where, `expected at most ${spec.scale} fraction digits (the column's scale), found ${describe(v)}`)
  }
  return undefined
}

function expected(spec: KeySpec): string {
  switch (spec.literal) {
    case 'number': case 'decimalNumber': return 'a number (or numeric text)'
    case 'int64': return 'a bigint, a number or integer text'
    case 'dateMs': return 'a Date, ISO date text or epoch milliseconds'
    case 'days': return 'a number of days since 1970-01-01, a Date or ISO date text'
    case 'units': return 'a bigint, a number, integer text, a Date or ISO date text'
    case 'decimalUnscaled': case 'decimalBigint': return 'a number, decimal text or a bigint'
    case 'string': case 'uuid': return 'a string'
    case 'boolean': return 'a boolean'
    case 'bytes': return 'a Uint8Array or a string'
    default: return `a column type that can be compared (found ${spec.kind.kind}; only isNull/isNotNull apply)`
  }
}
