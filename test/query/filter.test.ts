/**
 * The filter language: validation errors name the bad part; literal
 * coercion by column type; three-valued evaluation; and the pruning rules on
 * hand-made bounds (NaN, truncated bounds, nulls), where a wrong "cannot
 * match" would lose rows.
 */
import { describe, expect, it } from 'vitest'
import type { SchemaElement } from '../../src/format/parquet.gen.js'
import { buildSchema } from '../../src/metadata/schema.js'
import { compileFilter } from '../../src/query/filter.js'
import { compareStrings } from '../../src/query/keys.js'
import { type Bounds, MAY_FALSE, MAY_TRUE, mayMatch } from '../../src/query/prune.js'

// root { required int32 i; optional double d; optional binary s (STRING); optional group g { optional int64 x }; repeated int32 r }
const SCHEMA = buildSchema([
  { name: 'root', num_children: 5 },
  { name: 'i', type: 1, repetition_type: 0 },
  { name: 'd', type: 5, repetition_type: 1 },
  { name: 's', type: 6, repetition_type: 1, converted_type: 0 },
  { name: 'g', repetition_type: 1, num_children: 1 },
  { name: 'x', type: 2, repetition_type: 1 },
  { name: 'r', type: 1, repetition_type: 2 },
] as SchemaElement[])

function invalid(filter: unknown): string {
  try {
    compileFilter(filter, SCHEMA)
  } catch (e) {
    expect((e as { code: string }).code).toBe('ARGUMENT_INVALID')
    return (e as Error).message
  }
  throw new Error('expected ARGUMENT_INVALID')
}

describe('validation', () => {
  it('names the bad part', () => {
    expect(invalid({ column: 'nope', op: 'eq', value: 1 })).toMatch(/filter\.column.*'nope'/)
    expect(invalid({ and: [{ column: 'i', op: 'eq', value: 1 }, { column: 'i', op: 'like', value: 1 }] })).toMatch(/and\[1\]\.op.*like/)
    expect(invalid({ column: 'i', op: 'eq', value: 'abc' })).toMatch(/filter\.value/)
    expect(invalid({ column: 'i', op: 'in', value: [] })).toMatch(/non-empty/)
    expect(invalid({ column: 'i', op: 'between', value: [1] })).toMatch(/\[low, high\]/)
    expect(invalid({ column: 'i', op: 'isNull', value: 1 })).toMatch(/no value/)
    expect(invalid({ column: 'i', op: 'eq' })).toMatch(/isNull/)
    expect(invalid({ column: 'i', op: 'eq', value: Number.NaN })).toMatch(/NaN/)
    expect(invalid({ column: 'g', op: 'isNull' })).toMatch(/group/)
    expect(invalid({ column: 'r', op: 'eq', value: 1 })).toMatch(/lists/)
    expect(invalid({ column: 'i', op: 'startsWith', value: '1' })).toMatch(/startsWith/)
    expect(invalid({ or: [] })).toMatch(/filter\.or/)
    expect(invalid({ not: 5 })).toMatch(/filter\.not/)
    expect(invalid({ columnn: 'i' })).toMatch(/found keys columnn/)
    expect(invalid({ column: 'i', op: 'eq', value: 1, extra: 2 })).toMatch(/extra/)
    expect(invalid(null)).toMatch(/expected an object/)
  })
  it('coerces JSON forms by column type', () => {
    const f = compileFilter({ and: [{ column: 'g.x', op: 'eq', value: '9007199254740993' }, { column: 's', op: 'in', value: ['a'] }, { column: 'd', op: 'lt', value: '2.5' }] }, SCHEMA)
    const leaves = (f.root as { children: { keys: unknown[] }[] }).children
    expect(leaves[0]!.keys).toEqual([9007199254740993n])
    expect(leaves[1]!.keys).toEqual(['a'])
    expect(leaves[2]!.keys).toEqual([2.5])
    expect(f.columns.map((c) => c.path)).toEqual(['g.x', 's', 'd'])
  })
})

describe('string order', () => {
  it('is code point order (UTF-8 byte order), not UTF-16 order', () => {
    const words = ['a', 'é', '～', '😀', 'ab', '', '\uffff', '\u{10000}']
    const bytes = [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
    expect([...words].sort(compareStrings)).toEqual(bytes)
  })
})

describe('pruning on bounds', () => {
  const leaf = (op: string, value?: unknown) => compileFilter(value === undefined ? { column: 'd', op } : { column: 'd', op, value }, SCHEMA).root
  const b = (over: Partial<Bounds>): Bounds[] => [{ hasValues: true, hasNulls: false, maybeNaN: false, min: 1, max: 5, ...over }]
  const may = (f: ReturnType<typeof leaf>, bounds: Bounds[]) => mayMatch(f, bounds)

  it('a range that may hold NaN may satisfy ne and not(...) even when min = max = the value', () => {
    const single = b({ min: 3, max: 3 })
    expect(may(leaf('ne', 3), single) & MAY_TRUE).toBe(0)
    expect(may(leaf('ne', 3), b({ min: 3, max: 3, maybeNaN: true })) & MAY_TRUE).toBe(MAY_TRUE)
    const notLt = compileFilter({ not: { column: 'd', op: 'lt', value: 10 } }, SCHEMA).root
    expect(may(notLt, b({})) & MAY_TRUE).toBe(0)
    expect(may(notLt, b({ maybeNaN: true })) & MAY_TRUE).toBe(MAY_TRUE)
  })
  it('bounds are only bounds: inside the range everything may match', () => {
    expect(may(leaf('eq', 4), b({})) & MAY_TRUE).toBe(MAY_TRUE)
    expect(may(leaf('eq', 6), b({})) & MAY_TRUE).toBe(0)
    expect(may(leaf('lt', 1), b({})) & MAY_TRUE).toBe(0)
    expect(may(leaf('le', 1), b({})) & MAY_TRUE).toBe(MAY_TRUE)
    expect(may(leaf('gt', 5), b({})) & MAY_TRUE).toBe(0)
    expect(may(leaf('ge', 5), b({})) & MAY_TRUE).toBe(MAY_TRUE)
    expect(may(leaf('between', [6, 9]), b({})) & MAY_TRUE).toBe(0)
    expect(may(leaf('between', [5, 9]), b({})) & MAY_TRUE).toBe(MAY_TRUE)
    expect(may(leaf('eq', 6), b({ max: undefined })) & MAY_TRUE).toBe(MAY_TRUE)
  })
  it('nulls: unknown rows make neither true nor false', () => {
    const allNull = b({ hasValues: false, hasNulls: true, min: undefined, max: undefined })
    expect(may(leaf('eq', 3), allNull)).toBe(0)
    expect(may(compileFilter({ not: { column: 'd', op: 'eq', value: 3 } }, SCHEMA).root, allNull)).toBe(0)
    expect(may(leaf('isNull'), allNull)).toBe(MAY_TRUE)
    expect(may(leaf('isNotNull'), allNull)).toBe(MAY_FALSE)
  })
  it('startsWith on truncated string bounds', () => {
    const s = (op: string, value: string) => compileFilter({ column: 's', op, value }, SCHEMA).root
    const bounds: Bounds[] = [{ hasValues: true, hasNulls: false, maybeNaN: false, min: 'abc', max: 'abd' }]
    expect(may(s('startsWith', 'abc'), bounds) & MAY_TRUE).toBe(MAY_TRUE)
    expect(may(s('startsWith', 'abd'), bounds) & MAY_TRUE).toBe(MAY_TRUE)
    expect(may(s('startsWith', 'abe'), bounds) & MAY_TRUE).toBe(0)
    expect(may(s('startsWith', 'ab'), bounds) & MAY_FALSE).toBe(0)
    expect(may(s('startsWith', 'a'), [{ ...bounds[0]!, min: '' }]) & MAY_TRUE).toBe(MAY_TRUE)
  })
})
