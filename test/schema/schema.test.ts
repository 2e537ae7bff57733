/**
 * Schema declaration and inference: the SchemaElements of LogicalTypes.md
 * (3-level LIST, MAP with key_value, LogicalType plus the ConvertedType of
 * parquet.thrift's table), DuckDB's reading of each declared type
 * (parquet_schema's duckdb_type), field ids, invalid declarations, and the
 * inference rules of schema/infer.ts.
 */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isParquetError } from '../../src/errors.js'
import * as s from '../../src/schema/field.js'
import { inferSchema } from '../../src/schema/infer.js'
import { schemaElements } from '../../src/schema/schema-elements.js'
import { writeRows } from '../../src/write/write.js'

const REQUIRED = 0
const OPTIONAL = 1
const REPEATED = 2

describe('schemaElements', () => {
  it('lays out structs, 3-level lists and maps as LogicalTypes.md shows', () => {
    const elements = schemaElements({
      id: s.int64({ id: 1 }),
      tags: s.list(s.string({ optional: true }), { optional: true }),
      point: s.struct({ x: s.double(), y: s.double() }),
      attrs: s.map(s.string(), s.int32({ optional: true })),
    })
    expect(elements).toEqual([
      { name: 'schema', num_children: 4 },
      { name: 'id', type: 2, repetition_type: REQUIRED, field_id: 1 },
      { name: 'tags', repetition_type: OPTIONAL, num_children: 1, converted_type: 3, logicalType: { LIST: {} } },
      { name: 'list', repetition_type: REPEATED, num_children: 1 },
      { name: 'element', type: 6, repetition_type: OPTIONAL, converted_type: 0, logicalType: { STRING: {} } },
      { name: 'point', repetition_type: REQUIRED, num_children: 2 },
      { name: 'x', type: 5, repetition_type: REQUIRED },
      { name: 'y', type: 5, repetition_type: REQUIRED },
      { name: 'attrs', repetition_type: REQUIRED, num_children: 1, converted_type: 1, logicalType: { MAP: {} } },
      { name: 'key_value', repetition_type: REPEATED, num_children: 2 },
      { name: 'key', type: 6, repetition_type: REQUIRED, converted_type: 0, logicalType: { STRING: {} } },
      { name: 'value', type: 1, repetition_type: OPTIONAL },
    ])
  })

  it('sets the ConvertedType that parquet.thrift pairs with each LogicalType', () => {
    const el = (f: s.Field) => schemaElements({ c: f })[1]!
    expect(el(s.int8())).toMatchObject({ converted_type: 15, logicalType: { INTEGER: { bitWidth: 8, isSigned: true } } })
    expect(el(s.uint64())).toMatchObject({ type: 2, converted_type: 14 })
    expect(el(s.decimal(10, 3))).toMatchObject({ type: 2, converted_type: 5, precision: 10, scale: 3 })
    expect(el(s.decimal(30, 3))).toMatchObject({ type: 7, type_length: 13 }) // 10^30 < 2^103
    expect(el(s.timestamp('MILLIS'))).toMatchObject({ converted_type: 9 })
    expect(el(s.timestamp('MICROS', { utc: false })).converted_type).toBeUndefined()
    expect(el(s.time('MILLIS'))).toMatchObject({ type: 1, converted_type: 7 })
    expect(el(s.date())).toMatchObject({ type: 1, converted_type: 6 })
    expect(el(s.interval())).toMatchObject({ type: 7, type_length: 12, converted_type: 21 })
    expect(el(s.interval()).logicalType).toBeUndefined()
    expect(el(s.uuid())).toMatchObject({ type: 7, type_length: 16, logicalType: { UUID: {} } })
    expect(el(s.json())).toMatchObject({ converted_type: 19 })
  })

  it.each([
    ['a decimal too wide for INT32', { c: s.decimal(10, 2, { physical: 'INT32' }) }],
    ['a scale above the precision', { c: s.decimal(4, 5) }],
    ['an optional map key', { c: s.map(s.string({ optional: true }), s.int32()) }],
    ['a repeated list', { c: s.list(s.int32(), { repeated: true }) }],
    ['a zero-width fixed', { c: s.fixed(0) }],
    ['an empty struct', { c: s.struct({}) }],
  ])('refuses %s', (_, fields) => {
    const err = (() => {
      try {
        schemaElements(fields as s.FieldMap)
      } catch (e) {
        return e
      }
    })()
    expect(isParquetError(err) && err.code).toBe('SCHEMA_INVALID')
  })
})

describe('DuckDB reads the declared types', () => {
  let conn: DuckDBConnection
  let dir: string
  beforeAll(async () => {
    conn = await (await DuckDBInstance.create(':memory:')).connect()
    dir = mkdtempSync(join(tmpdir(), 'parquet-ts-schema-'))
  })
  afterAll(() => {
    conn?.closeSync()
    rmSync(dir, { recursive: true, force: true })
  })

  it('as the matching DuckDB types', async () => {
    const fields = {
      b: s.boolean(), i8: s.int8(), i16: s.int16(), i32: s.int32(), i64: s.int64(), u8: s.uint8(), u16: s.uint16(), u32: s.uint32(),
      u64: s.uint64(), f: s.float(), d: s.double(), str: s.string(), bin: s.binary(), uuid: s.uuid(), date: s.date(),
      t: s.time('MICROS', { utc: false }), ts: s.timestamp('MICROS', { utc: false }), tsz: s.timestamp('MILLIS'),
      tsn: s.timestamp('NANOS', { utc: false }), dec: s.decimal(18, 2), dec38: s.decimal(38, 10), i96: s.int96(), iv: s.interval(),
    }
    const path = join(dir, 'types.parquet')
    writeFileSync(path, await writeRows([], { schema: fields }))
    const rows = (await conn.runAndReadAll(`select name, duckdb_type from parquet_schema('${path}') where duckdb_type is not null`)).getRowObjectsJson()
    expect(Object.fromEntries(rows.map((r) => [r.name, r.duckdb_type]))).toEqual({
      b: 'BOOLEAN', i8: 'TINYINT', i16: 'SMALLINT', i32: 'INTEGER', i64: 'BIGINT', u8: 'UTINYINT', u16: 'USMALLINT', u32: 'UINTEGER',
      u64: 'UBIGINT', f: 'FLOAT', d: 'DOUBLE', str: 'VARCHAR', bin: 'BLOB', uuid: 'UUID', date: 'DATE', t: 'TIME', ts: 'TIMESTAMP',
      tsz: 'TIMESTAMP WITH TIME ZONE', tsn: 'TIMESTAMP_NS', dec: 'DECIMAL(18,2)', dec38: 'DECIMAL(38,10)', i96: 'TIMESTAMP', iv: 'INTERVAL',
    })
  })

  it('with field ids', async () => {
    const path = join(dir, 'ids.parquet')
    writeFileSync(path, await writeRows([{ a: 1, b: 'x' }], { schema: { a: s.int32({ id: 7 }), b: s.string({ id: 9 }) } }))
    const rows = (await conn.runAndReadAll(`select name, field_id from parquet_schema('${path}') where field_id is not null`)).getRowObjectsJson()
    expect(rows).toEqual([{ name: 'a', field_id: '7' }, { name: 'b', field_id: '9' }])
  })
})

describe('inferSchema', () => {
  const infer = (rows: unknown[]) => schemaElements(inferSchema(rows)).slice(1)

  it('maps JS types to Parquet types', () => {
    const el = infer([{ n: 1, i: 2n, s: 'x', b: true, d: new Date(0), u: new Uint8Array(1) }])
    expect(el.map((e) => [e.name, e.type, e.repetition_type, e.converted_type])).toEqual([
      ['n', 5, REQUIRED, undefined], ['i', 2, REQUIRED, undefined], ['s', 6, REQUIRED, 0], ['b', 0, REQUIRED, undefined],
      ['d', 2, REQUIRED, 9], ['u', 6, REQUIRED, undefined],
    ])
    expect(el[4]!.logicalType).toEqual({ TIMESTAMP: { isAdjustedToUTC: true, unit: { MILLIS: {} } } })
  })

  it('integers stay DOUBLE (JS numbers are doubles; -0 survives)', () => {
    expect(infer([{ n: 1 }, { n: 2 }])[0]!.type).toBe(5)
  })

  it('null, undefined or a missing key make a field optional; only nulls give UNKNOWN', () => {
    const el = infer([{ a: 1, b: null, c: 1 }, { a: null, b: undefined }])
    expect(el.map((e) => [e.name, e.repetition_type])).toEqual([['a', OPTIONAL], ['b', OPTIONAL], ['c', OPTIONAL]])
    expect(el[1]).toMatchObject({ type: 1, logicalType: { UNKNOWN: {} } })
  })

  it('arrays become lists, objects structs, Maps maps', () => {
    const el = infer([{ l: [1, null], o: { x: 'a' }, m: new Map([['k', 1n]]) }, { l: [], o: { x: 'b', y: true }, m: new Map() }])
    expect(el.map((e) => [e.name, e.repetition_type, e.converted_type, e.type])).toEqual([
      ['l', REQUIRED, 3, undefined], ['list', REPEATED, undefined, undefined], ['element', OPTIONAL, undefined, 5],
      ['o', REQUIRED, undefined, undefined], ['x', REQUIRED, 0, 6], ['y', OPTIONAL, undefined, 0],
      ['m', REQUIRED, 1, undefined], ['key_value', REPEATED, undefined, undefined], ['key', REQUIRED, 0, 6], ['value', REQUIRED, undefined, 2],
    ])
  })

  it('refuses two kinds in one field', () => {
    const err = (() => {
      try {
        inferSchema([{ a: 1 }, { a: 'x' }])
      } catch (e) {
        return e
      }
    })()
    expect(isParquetError(err) && err.code).toBe('TYPE_INVALID')
    expect(String(err)).toContain("'a'")
  })

  it('writes and reads back an inferred file', async () => {
    const { readRows } = await import('../../src/read/read.js')
    const rows = [{ n: -0, s: 'a', l: [1.5], o: { t: true } }, { n: 2.5, s: null, l: [], o: { t: false } }]
    expect(await readRows(await writeRows(rows))).toEqual(rows)
  })
})
