import { describe, expect, it } from 'vitest'
import { ParquetError } from '../../src/errors.js'
import type { SchemaElement } from '../../src/format/parquet.gen.js'
import { fromConvertedType, resolveLogicalType } from '../../src/metadata/logical-type.js'
import { findNode } from '../../src/metadata/find-node.js'
import { buildSchema } from '../../src/metadata/schema.js'
import { sortOrder } from '../../src/metadata/sort-order.js'

const REQUIRED = 0
const OPTIONAL = 1
const REPEATED = 2

// The Document schema of the Dremel paper, as the format README uses it.
const document: SchemaElement[] = [
  { name: 'Document', num_children: 3 },
  { name: 'DocId', type: 2, repetition_type: REQUIRED },
  { name: 'Links', repetition_type: OPTIONAL, num_children: 2 },
  { name: 'Backward', type: 2, repetition_type: REPEATED },
  { name: 'Forward', type: 2, repetition_type: REPEATED },
  { name: 'Name', repetition_type: REPEATED, num_children: 2 },
  { name: 'Language', repetition_type: REPEATED, num_children: 2 },
  { name: 'Code', type: 6, repetition_type: REQUIRED },
  { name: 'Country', type: 6, repetition_type: OPTIONAL },
  { name: 'Url', type: 6, repetition_type: OPTIONAL },
]

describe('buildSchema', () => {
  it('computes the Dremel paper maximum levels', () => {
    const schema = buildSchema(document)
    const levels = schema.leaves.map((l) => [l.path.join('.'), l.maxRepetitionLevel, l.maxDefinitionLevel, l.columnIndex])
    // Max levels per column from the Dremel paper: e.g. Name.Language.Country has r=2, d=3.
    expect(levels).toEqual([
      ['DocId', 0, 0, 0],
      ['Links.Backward', 1, 2, 1],
      ['Links.Forward', 1, 2, 2],
      ['Name.Language.Code', 2, 2, 3],
      ['Name.Language.Country', 2, 3, 4],
      ['Name.Url', 1, 2, 5],
    ])
    expect(findNode(schema, 'Name.Language')?.children).toHaveLength(2)
    expect(findNode(schema, ['Links', 'Nope'])).toBeUndefined()
  })
  it('rejects malformed element lists with SCHEMA_INVALID', () => {
    const bad: SchemaElement[][] = [
      [],
      [{ name: 'r', num_children: 2 }, { name: 'a', type: 1, repetition_type: 0 }],
      [{ name: 'r', num_children: 1 }, { name: 'a', repetition_type: 0 }],
      [{ name: 'r', num_children: 1 }, { name: 'a', type: 1, repetition_type: 7 }],
      [{ name: 'r', num_children: 1 }, { name: 'a', type: 9, repetition_type: 0 }],
      [{ name: 'r', num_children: -1 }],
      [{ name: 'r', num_children: 1 }, { name: 'a', type: 1, repetition_type: 0 }, { name: 'b', type: 1, repetition_type: 0 }],
      [{ name: 'r', num_children: 1 }, { name: 'f', type: 7, repetition_type: 0 }],
      [{ name: 'r', num_children: 0 }, { name: 'a', type: 1, repetition_type: 0 }],
    ]
    for (const elements of bad) {
      expect(() => buildSchema(elements)).toThrow(ParquetError)
      try { buildSchema(elements) } catch (e) { expect((e as ParquetError).code).toBe('SCHEMA_INVALID') }
    }
  })
  const chain = (groups: number): SchemaElement[] => {
    const elements: SchemaElement[] = [{ name: 'root', num_children: 1 }]
    for (let i = 0; i < groups; i++) elements.push({ name: `g${i}`, repetition_type: OPTIONAL, num_children: 1 })
    elements.push({ name: 'leaf', type: 1, repetition_type: OPTIONAL })
    return elements
  }
  it('accepts a schema 200 levels deep (its leaf has 200 optional ancestors-or-self)', () => {
    const leaf = buildSchema(chain(199)).leaves[0]!
    expect(leaf.path.length).toBe(200)
    expect(leaf.maxDefinitionLevel).toBe(200)
  })
  it('rejects deeper schemas with LIMIT_EXCEEDED before building them (a 20,000-level chain would otherwise hold 2*10^8 path entries)', () => {
    for (const groups of [200, 20_000]) {
      let e: unknown
      try { buildSchema(chain(groups)) } catch (caught) { e = caught }
      if (!(e instanceof ParquetError)) throw new Error(`expected a ParquetError, found ${e}`)
      expect(e.code).toBe('LIMIT_EXCEEDED')
      expect(e.context.schemaIndex).toBe(201)
      expect(e.message).toContain('at most 200 levels deep')
    }
  })
})

describe('LogicalType union (parquet.thrift, LogicalTypes.md)', () => {
  const r = (logicalType: SchemaElement['logicalType'], converted_type?: number) => resolveLogicalType({ name: 'x', logicalType, converted_type })
  it('names the member and its parameters, TimeUnit and EdgeInterpolationAlgorithm by name', () => {
    expect(r({ STRING: {} })).toEqual({ type: 'STRING' })
    expect(r({ TIMESTAMP: { isAdjustedToUTC: false, unit: { NANOS: {} } } })).toEqual({ type: 'TIMESTAMP', unit: 'NANOS', isAdjustedToUTC: false })
    expect(r({ TIME: { isAdjustedToUTC: true, unit: { MICROS: {} } } })).toEqual({ type: 'TIME', unit: 'MICROS', isAdjustedToUTC: true })
    expect(r({ INTEGER: { bitWidth: 16, isSigned: true } })).toEqual({ type: 'INTEGER', bitWidth: 16, isSigned: true })
    expect(r({ VARIANT: { specification_version: 1 } })).toEqual({ type: 'VARIANT', specificationVersion: 1 })
    expect(r({ GEOGRAPHY: { crs: 'OGC:CRS84', algorithm: 1 } })).toEqual({ type: 'GEOGRAPHY', crs: 'OGC:CRS84', algorithm: 'VINCENTY' })
  })
  it('VECTOR falls back to the ConvertedType; a member the IDL does not know resolves to nothing', () => {
    expect(r({ VECTOR: {} })).toBeUndefined()
    expect(r({ VECTOR: {} }, 0)).toEqual({ type: 'STRING' })
    expect(r({ unknown: 99 }, 0)).toBeUndefined()
  })
})

describe('legacy ConvertedType mapping (LogicalTypes.md)', () => {
  it('maps each converted type to its logical equivalent', () => {
    const c = (converted_type: number, extra: Partial<SchemaElement> = {}) => fromConvertedType({ name: 'x', converted_type, ...extra })
    expect(c(0)).toEqual({ type: 'STRING' })
    expect(c(5, { precision: 9, scale: 2 })).toEqual({ type: 'DECIMAL', precision: 9, scale: 2 })
    expect(c(7)).toEqual({ type: 'TIME', unit: 'MILLIS', isAdjustedToUTC: true })
    expect(c(10)).toEqual({ type: 'TIMESTAMP', unit: 'MICROS', isAdjustedToUTC: true })
    expect(c(11)).toEqual({ type: 'INTEGER', bitWidth: 8, isSigned: false })
    expect(c(14)).toEqual({ type: 'INTEGER', bitWidth: 64, isSigned: false })
    expect(c(15)).toEqual({ type: 'INTEGER', bitWidth: 8, isSigned: true })
    expect(c(18)).toEqual({ type: 'INTEGER', bitWidth: 64, isSigned: true })
    expect(c(21)).toEqual({ type: 'INTERVAL' })
    expect(c(99)).toBeUndefined()
  })
  it('gives each type the spec sort order', () => {
    const leaf = (type: number, extra: Partial<SchemaElement> = {}) =>
      buildSchema([{ name: 'r', num_children: 1 }, { name: 'x', type, repetition_type: 0, ...extra }]).leaves[0]!
    expect(sortOrder(leaf(1))).toBe('SIGNED')
    expect(sortOrder(leaf(1, { converted_type: 13 }))).toBe('UNSIGNED')
    expect(sortOrder(leaf(6))).toBe('UNSIGNED')
    expect(sortOrder(leaf(3))).toBe('UNKNOWN')
    expect(sortOrder(leaf(7, { type_length: 12, converted_type: 21 }))).toBe('UNKNOWN')
    expect(sortOrder(leaf(7, { type_length: 16, converted_type: 5, precision: 30, scale: 2 }))).toBe('SIGNED')
  })
})
