/**
 * Values for `parquet-ts convert`: a CSV cell (text) or a JSON value turned
 * into what the writer takes for a declared field (schema/field.ts).
 * Text forms: integers and numbers as written (also NaN, Infinity),
 * booleans true/false/1/0, DECIMAL as decimal text, DATE 'YYYY-MM-DD',
 * TIMESTAMP and INT96 ISO-8601 ('2024-05-01T12:00:00.123456Z'; a space for
 * the T; UTC without a zone; up to 9 fraction digits kept) or an integer
 * count of the unit, TIME 'HH:MM:SS[.fraction]' or a count, binary as
 * base64, INTERVAL and nested columns (lists, structs, maps) as JSON.
 * JSON forms: the same texts, numbers, booleans, { "base64": "..." } or a
 * base64 string for bytes, arrays for lists, objects for structs, objects
 * or [key, value] arrays for maps.
 */
import { ParquetError } from '../errors.js'
import type { Field, FieldMap, PrimitiveField } from '../schema/field.js'

export type TextConverter = (text: string) => unknown

function bad(path: string, expected: string, text: string): ParquetError {
  return new ParquetError('TYPE_INVALID', `expected ${expected}, found '${text.slice(0, 80)}'`, { column: path })
}

const INTEGER = /^[+-]?\d+$/
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?Infinity$|^NaN$/
const UNITS = { MILLIS: [1000n, 3], MICROS: [1_000_000n, 6], NANOS: [1_000_000_000n, 9] } as const
type Unit = keyof typeof UNITS

function base64(text: string, path: string): Uint8Array {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
  } catch {
    throw bad(path, 'base64 bytes', text)
  }
}

/** An ISO-8601 date-time as a count of `unit` since the epoch (UTC when it has no zone). */
export function isoToUnits(text: string, unit: Unit, path: string): bigint {
  const m = /^(\d{4,}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text.trim())
  if (!m) throw bad(path, 'an ISO-8601 timestamp', text)
  const zone = m[4] ? (m[4].toUpperCase() === 'Z' ? 'Z' : m[4].length === 3 ? `${m[4]}:00` : m[4].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : 'Z'
  const ms = Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}${zone}`)
  if (Number.isNaN(ms)) throw bad(path, 'an ISO-8601 timestamp', text)
  const [perSecond, digits] = UNITS[unit]
  const fraction = BigInt((m[3] ?? '').slice(0, digits).padEnd(digits, '0'))
  return (BigInt(ms) / 1000n) * perSecond + fraction
}

function timeToUnits(text: string, unit: Unit, path: string): bigint {
  const m = /^(\d{2}):(\d{2})(?::(\d{2}))?(?:\.(\d+))?$/.exec(text.trim())
  if (!m) throw bad(path, "a time 'HH:MM:SS[.fraction]'", text)
  const [perSecond, digits] = UNITS[unit]
  const seconds = BigInt(Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0))
  return seconds * perSecond + BigInt((m[4] ?? '').slice(0, digits).padEnd(digits, '0'))
}

function integer(path: string, wide: boolean): TextConverter {
  return (text) => {
    if (!INTEGER.test(text)) throw bad(path, 'an integer', text)
    return wide && text.length > 15 ? BigInt(text) : Number(text)
  }
}

function logicalConverter(field: PrimitiveField, path: string): TextConverter | undefined {
  const lt = field.logicalType
  if (lt?.DECIMAL) return (text) => (NUMBER.test(text) ? text.trim() : fail(bad(path, 'a decimal number', text)))
  if (lt?.DATE) {
    return (text) => {
      if (INTEGER.test(text)) return Number(text)
      const ms = /^\d{4,}-\d{2}-\d{2}$/.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN
      return Number.isNaN(ms) ? fail(bad(path, "a date 'YYYY-MM-DD'", text)) : new Date(ms)
    }
  }
  if (lt?.TIMESTAMP) {
    const unit = unitOf(lt.TIMESTAMP.unit)
    return (text) => (INTEGER.test(text) ? BigInt(text) : isoToUnits(text, unit, path))
  }
  if (lt?.TIME) {
    const unit = unitOf(lt.TIME.unit)
    return (text) => {
      const v = INTEGER.test(text) ? BigInt(text) : timeToUnits(text, unit, path)
      return unit === 'MILLIS' ? Number(v) : v
    }
  }
  if (lt?.STRING || lt?.ENUM || lt?.JSON || lt?.UUID) return (text) => text
  return undefined
}

function unitOf(u: { MILLIS?: unknown; MICROS?: unknown; NANOS?: unknown }): Unit {
  return u.NANOS ? 'NANOS' : u.MICROS ? 'MICROS' : 'MILLIS'
}

function fail(e: ParquetError): never {
  throw e
}

function primitiveConverter(field: PrimitiveField, path: string): TextConverter {
  const logical = logicalConverter(field, path)
  if (logical) return logical
  if (field.convertedType === 21) return (text) => parseJson(text, path)
  switch (field.physical) {
    case 'BOOLEAN':
      return (text) => {
        const t = text.toLowerCase()
        if (t === 'true' || t === '1') return true
        if (t === 'false' || t === '0') return false
        throw bad(path, 'true or false', text)
      }
    case 'INT32': return integer(path, false)
    case 'INT64': return integer(path, true)
    case 'FLOAT':
    case 'DOUBLE': return (text) => (NUMBER.test(text) ? Number(text) : fail(bad(path, 'a number', text)))
    case 'INT96': return (text) => (INTEGER.test(text) ? BigInt(text) : isoToUnits(text, 'NANOS', path))
    default:
      if (field.logicalType?.FLOAT16) return (text) => (NUMBER.test(text) ? Number(text) : fail(bad(path, 'a number', text)))
      return (text) => base64(text, path)
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw bad(path, 'JSON', text)
  }
}

/** The converter of one field's text (a CSV cell); nested fields take JSON text. */
export function textConverter(field: Field, path: string): TextConverter {
  if (field.kind === 'primitive' && !field.repeated) return primitiveConverter(field, path)
  const json = jsonConverter(field, path)
  return (text) => json(parseJson(text, path))
}

export type JsonConverter = (value: unknown) => unknown

/** The converter of one field's JSON value. */
export function jsonConverter(field: Field, path: string): JsonConverter {
  const one = jsonOne(field, path)
  if (!field.repeated) return one
  return (v) => (Array.isArray(v) ? v.map(one) : fail(bad(path, 'an array', JSON.stringify(v) ?? '')))
}

function jsonOne(field: Field, path: string): JsonConverter {
  switch (field.kind) {
    case 'primitive': {
      const text = primitiveConverter(field, path)
      const bytes = field.physical === 'BYTE_ARRAY' || field.physical === 'FIXED_LEN_BYTE_ARRAY'
      return (v) => {
        if (v === null || v === undefined) return null
        if (typeof v === 'string') return text(v)
        if (bytes && typeof v === 'object' && typeof (v as { base64?: unknown }).base64 === 'string') return base64((v as { base64: string }).base64, path)
        return v
      }
    }
    case 'list': {
      const element = jsonConverter(field.element, `${path}.element`)
      return (v) => (v === null || v === undefined ? null : Array.isArray(v) ? v.map(element) : fail(bad(path, 'an array', JSON.stringify(v))))
    }
    case 'struct': {
      const convert = rowConverter(field.fields, path)
      return (v) => (v === null || v === undefined ? null : typeof v === 'object' ? convert(v as Record<string, unknown>) : fail(bad(path, 'an object', JSON.stringify(v))))
    }
    case 'map': {
      const key = jsonConverter(field.key, `${path}.key`)
      const value = jsonConverter(field.value, `${path}.value`)
      return (v) => {
        if (v === null || v === undefined) return null
        const entries = Array.isArray(v) ? (v as [unknown, unknown][]) : Object.entries(v as object)
        return entries.map((e) => (Array.isArray(e) ? [key(e[0]), value(e[1])] : fail(bad(path, 'a [key, value] entry', JSON.stringify(e)))))
      }
    }
  }
}

/** Converts an object's JSON values field by field (missing keys stay missing). */
export function rowConverter(fields: FieldMap, path = ''): (row: Record<string, unknown>) => Record<string, unknown> {
  const names = Object.keys(fields)
  const converters = names.map((n) => jsonConverter(fields[n]!, path ? `${path}.${n}` : n))
  return (row) => {
    const out: Record<string, unknown> = {}
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!
      if (name in row) out[name] = converters[i]!(row[name])
    }
    return out
  }
}
