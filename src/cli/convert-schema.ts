/**
 * Schemas for `parquet-ts convert`: the JSON schema file form, inference
 * from the first rows of a CSV or JSON Lines input, and turning CSV cells
 * and JSON values into the values the writer takes for a field.
 *
 * Schema file: an object of top-level columns, in order. A column is
 * - a type name: "int64"; a trailing "?" makes it optional: "string?";
 * - { "type": "string", "optional": true, "id": 3, "utc": false };
 * - { "list": <column> }, { "map": { "key": <column>, "value": <column> } },
 *   { "struct": { "name": <column>, ... } }, each with "optional" too.
 * Type names: boolean, int8, int16, int32, int64, uint8, uint16, uint32,
 * uint64, float, double, float16, string, enum, json, bson, binary, uuid,
 * date, interval, int96, time_ms, time_us, time_ns, timestamp_ms,
 * timestamp_us, timestamp_ns (UTC unless "utc": false), decimal(P,S),
 * fixed(N).
 */
import { ParquetError } from '../errors.js'
import * as f from '../schema/field.js'
import type { Field, FieldMap } from '../schema/field.js'
import { inferSchema } from '../schema/infer.js'

type Options = { optional?: boolean; id?: number; utc?: boolean }

const SIMPLE: Record<string, (o: Options) => Field> = {
  boolean: f.boolean, int8: f.int8, int16: f.int16, int32: f.int32, int64: f.int64, uint8: f.uint8, uint16: f.uint16,
  uint32: f.uint32, uint64: f.uint64, float: f.float, double: f.double, float16: f.float16, string: f.string,
  enum: f.enumString, json: f.json, bson: f.bson, binary: f.binary, uuid: f.uuid, date: f.date, interval: f.interval,
  int96: f.int96,
  time_ms: (o) => f.time('MILLIS', o), time_us: (o) => f.time('MICROS', o), time_ns: (o) => f.time('NANOS', o),
  timestamp_ms: (o) => f.timestamp('MILLIS', o), timestamp_us: (o) => f.timestamp('MICROS', o),
  timestamp_ns: (o) => f.timestamp('NANOS', o),
}

function bad(path: string, message: string): ParquetError {
  return new ParquetError('SCHEMA_INVALID', message, { column: path })
}

/** The fields of a schema file's parsed JSON. */
export function parseSchemaJson(json: unknown): FieldMap {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new ParquetError('SCHEMA_INVALID', `expected a schema object of columns, found ${Array.isArray(json) ? 'an array' : typeof json}`)
  }
  const out: Record<string, Field> = {}
  for (const [name, spec] of Object.entries(json)) out[name] = parseColumn(spec, name)
  return out
}

function parseColumn(spec: unknown, path: string): Field {
  if (typeof spec === 'string') return typeNamed(spec.replace(/\?$/, ''), { optional: spec.endsWith('?') }, path)
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) throw bad(path, `expected a type name or an object, found ${JSON.stringify(spec)}`)
  const s = spec as Record<string, unknown>
  const o: Options = { optional: s.optional === true }
  if (typeof s.id === 'number') o.id = s.id
  if (typeof s.type === 'string') return typeNamed(s.type, { ...o, utc: s.utc !== false }, path)
  if ('list' in s) return f.list(parseColumn(s.list, `${path}.element`), o)
  if ('struct' in s) {
    const fields = s.struct
    if (fields === null || typeof fields !== 'object' || Array.isArray(fields)) throw bad(path, 'expected "struct" to be an object of columns')
    return f.struct(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, parseColumn(v, `${path}.${k}`)])), o)
  }
  if ('map' in s) {
    const m = s.map as { key?: unknown; value?: unknown } | null
    if (!m || typeof m !== 'object' || m.key === undefined || m.value === undefined) throw bad(path, 'expected "map" to be { "key": ..., "value": ... }')
    return f.map(parseColumn(m.key, `${path}.key`), parseColumn(m.value, `${path}.value`), o)
  }
  throw bad(path, `expected "type", "list", "map" or "struct" in ${JSON.stringify(spec)}`)
}

function typeNamed(name: string, o: Options, path: string): Field {
  const simple = SIMPLE[name]
  if (simple) return simple(o)
  const dec = /^decimal\((\d+),\s*(\d+)\)$/.exec(name)
  if (dec) return f.decimal(Number(dec[1]), Number(dec[2]), o)
  const fixed = /^fixed\((\d+)\)$/.exec(name)
  if (fixed) return f.fixed(Number(fixed[1]), o)
  throw bad(path, `expected a type name (${Object.keys(SIMPLE).join(', ')}, decimal(P,S), fixed(N)), found '${name}'`)
}

const INTEGER = /^[+-]?\d+$/
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/
const BOOLEAN = /^(true|false)$/i
const INT64_MAX = 2n ** 63n - 1n

function isInt64(text: string): boolean {
  if (!INTEGER.test(text)) return false
  const v = BigInt(text)
  return v <= INT64_MAX && v >= -INT64_MAX - 1n
}

/**
 * CSV column types from sample rows (cells as text, null when empty): every
 * column optional; int64 when every cell is an integer in range, else double
 * when every cell is a number, else boolean when every cell is true/false
 * (any case), else string (also for a column of only empty cells).
 */
export function inferCsv(header: readonly string[], sample: readonly (string | null)[][]): FieldMap {
  const out: Record<string, Field> = {}
  header.forEach((name, c) => {
    let int = true
    let num = true
    let bool = true
    let any = false
    for (const row of sample) {
      const cell = row[c]
      if (cell === null || cell === undefined) continue
      any = true
      if (int && !isInt64(cell)) int = false
      if (num && !NUMBER.test(cell)) num = false
      if (bool && !BOOLEAN.test(cell)) bool = false
    }
    const o = { optional: true }
    out[name] = !any ? f.string(o) : int ? f.int64(o) : num ? f.double(o) : bool ? f.boolean(o) : f.string(o)
  })
  return out
}

/**
 * JSON Lines types from sample rows: schema/infer.ts rules, except that a
 * number path (a.b, a[] for list elements) whose sample values are all whole
 * numbers is INT64 rather than DOUBLE.
 */
export function inferJson(sample: readonly Record<string, unknown>[]): FieldMap {
  const fractional = new Set<string>()
  for (const row of sample) walkNumbers(row, '', fractional)
  const typed = sample.map((row) => integersToBigint(row, '', fractional) as Record<string, unknown>)
  return inferSchema(typed)
}

function walkNumbers(value: unknown, path: string, fractional: Set<string>): void {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) fractional.add(path)
  } else if (Array.isArray(value)) for (const v of value) walkNumbers(v, `${path}[]`, fractional)
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkNumbers(v, `${path}.${k}`, fractional)
  }
}

function integersToBigint(value: unknown, path: string, fractional: Set<string>): unknown {
  if (typeof value === 'number') return Number.isInteger(value) && !fractional.has(path) ? BigInt(value) : value
  if (Array.isArray(value)) return value.map((v) => integersToBigint(v, `${path}[]`, fractional))
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integersToBigint(v, `${path}.${k}`, fractional)]))
  }
  return value
}
