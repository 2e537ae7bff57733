/**
 * Corrupt or inconsistent levels must end in ParquetError('LEVELS_INVALID')
 * naming the column, never in a TypeError or a wrong value; bad arguments in
 * 'ARGUMENT_INVALID'; shredding a missing required value or a wrong shape in
 * 'TYPE_INVALID' naming the column and row.
 */
import { describe, expect, it } from 'vitest'
import { assembleField, assembleRows, type LeafData } from '../../src/dremel/assemble.js'
import { shredField, shredRows } from '../../src/dremel/shred.js'
import { isParquetError } from '../../src/errors.js'
import { columns, type Field, group, leaf, node, schemaOf, triples } from './helpers.js'

function failure(fn: () => unknown): { code: string; context: Record<string, unknown> } {
  try {
    fn()
  } catch (e) {
    if (!isParquetError(e)) throw new Error(`expected a ParquetError, got ${String(e)}`)
    return { code: e.code, context: e.context }
  }
  throw new Error('expected a failure')
}

function assembleOne(field: Field, data: Record<string, LeafData>): () => unknown {
  const schema = schemaOf(field)
  return () => assembleField(node(schema, field.name), columns(schema, data))
}

// required group x (LIST) { repeated group list { required int32 element; } }  (ARROW-GH-45185's schema)
const list = group('x', 'required', [group('list', 'repeated', [leaf('element', 'required')])], 'LIST')
const struct = group('s', 'optional', [leaf('a', 'optional'), leaf('b', 'required')])

describe('corrupt levels', () => {
  it('repetition levels starting with 1 instead of 0 (ARROW-GH-45185)', () => {
    const f = failure(assembleOne(list, { 'x.list.element': triples([[1, 1, 1], [0, 1, 2]]) }))
    expect(f).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 'x.list.element', levelIndex: 0 } })
  })

  it('repetition level above the maximum', () => {
    const f = failure(assembleOne(list, { 'x.list.element': triples([[0, 1, 1], [2, 1, 2]]) }))
    expect(f).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 'x.list.element' } })
  })

  it('definition level above the maximum, nested and flat', () => {
    expect(failure(assembleOne(list, { 'x.list.element': triples([[0, 2, 1]]) })).code).toBe('LEVELS_INVALID')
    const flat = { definitionLevels: Uint8Array.of(1, 2), values: [1, 2], numLevels: 2 }
    expect(failure(assembleOne(leaf('v', 'optional'), { v: flat }))).toMatchObject({
      code: 'LEVELS_INVALID',
      context: { column: 'v', levelIndex: 1 },
    })
  })

  it('more values needed than given', () => {
    const nested = triples([[0, 1, 1], [1, 1, 2]])
    nested.values = [1]
    expect(failure(assembleOne(list, { 'x.list.element': nested })).code).toBe('LEVELS_INVALID')
    const flat = { definitionLevels: Uint8Array.of(1, 1, 0), values: [1], numLevels: 3 }
    expect(failure(assembleOne(leaf('v', 'optional'), { v: flat })).code).toBe('LEVELS_INVALID')
  })

  it('a required column with fewer values than levels (ARROW-GH-47662)', () => {
    const f = failure(assembleOne(leaf('flba_field', 'required'), { flba_field: { values: [1, 2], numLevels: 3 } }))
    expect(f).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 'flba_field' } })
  })

  it('values left over after the levels', () => {
    const flat = { definitionLevels: Uint8Array.of(1, 0), values: [1, 2], numLevels: 2 }
    expect(failure(assembleOne(leaf('v', 'optional'), { v: flat })).code).toBe('LEVELS_INVALID')
    expect(failure(assembleOne(leaf('v', 'required'), { v: { values: [1, 2, 3], numLevels: 2 } })).code).toBe('LEVELS_INVALID')
  })

  it('leaf columns of one struct disagreeing on the row count, both ways', () => {
    const a3 = triples([[0, 2, 1], [0, 2, 2], [0, 2, 3]])
    const b2 = triples([[0, 1, 1], [0, 1, 2]])
    expect(failure(assembleOne(struct, { 's.a': a3, 's.b': b2 }))).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 's.b' } })
    const a2 = triples([[0, 2, 1], [0, 2, 2]])
    const b3 = triples([[0, 1, 1], [0, 1, 2], [0, 1, 3]])
    expect(failure(assembleOne(struct, { 's.a': a2, 's.b': b3 }))).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 's.b' } })
  })

  it('sibling columns disagreeing on whether the struct is null', () => {
    // a says s is null (d 0), b says s is present (d 1)
    const f = failure(assembleOne(struct, { 's.a': triples([[0, 0]]), 's.b': triples([[0, 1, 5]]) }))
    expect(f).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 's.b' } })
    // a says s is present, b says s is null
    const g = failure(assembleOne(struct, { 's.a': triples([[0, 2, 1]]), 's.b': triples([[0, 0]]) }))
    expect(g).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 's.b' } })
  })

  it('sibling columns of a repeated group disagreeing on the element count', () => {
    const f = group('r', 'repeated', [leaf('a', 'required'), leaf('b', 'required')])
    const bad = assembleOne(f, { 'r.a': triples([[0, 1, 1], [1, 1, 2]]), 'r.b': triples([[0, 1, 1], [0, 1, 2]]) })
    expect(failure(bad)).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 'r.b' } })
  })

  it('top-level fields disagreeing on the row count', () => {
    const schema = schemaOf(leaf('a', 'required'), leaf('b', 'required'))
    const cols = columns(schema, { a: { values: [1, 2], numLevels: 2 }, b: { values: [1], numLevels: 1 } })
    expect(failure(() => assembleRows(schema, cols))).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 'b' } })
  })

  it('level arrays shorter than numLevels', () => {
    const short = { definitionLevels: Uint8Array.of(1), values: [1], numLevels: 2 }
    expect(failure(assembleOne(leaf('v', 'optional'), { v: short })).code).toBe('LEVELS_INVALID')
  })

  it('negative levels in an Int32Array', () => {
    const neg = { definitionLevels: Int32Array.of(-1), values: [], numLevels: 1 }
    expect(failure(assembleOne(leaf('v', 'optional'), { v: neg })).code).toBe('LEVELS_INVALID')
    const nested = { definitionLevels: Int32Array.of(1), repetitionLevels: Int32Array.of(-1), values: [1], numLevels: 1 }
    expect(failure(assembleOne(list, { 'x.list.element': nested })).code).toBe('LEVELS_INVALID')
  })
})

describe('bad arguments', () => {
  it('a missing leaf column, missing levels, a bad numLevels, an unknown field', () => {
    expect(failure(assembleOne(struct, { 's.a': triples([[0, 0]]) }))).toMatchObject({ code: 'ARGUMENT_INVALID', context: { column: 's.b' } })
    expect(failure(assembleOne(leaf('v', 'optional'), { v: { values: [], numLevels: 0 } })).code).toBe('ARGUMENT_INVALID')
    expect(failure(assembleOne(leaf('v', 'required'), { v: { values: [], numLevels: -1 } })).code).toBe('ARGUMENT_INVALID')
    const schema = schemaOf(leaf('a', 'required'))
    expect(failure(() => assembleRows(schema, [], { fields: ['nope'] })).code).toBe('ARGUMENT_INVALID')
  })
})

describe('shred errors', () => {
  it('a missing required value names the column and row', () => {
    const schema = schemaOf(leaf('id', 'required'), group('s', 'optional', [leaf('b', 'required')]))
    expect(failure(() => shredRows(schema, [{ id: 1 }, { s: null }]))).toMatchObject({ code: 'TYPE_INVALID', context: { column: 'id', row: 1 } })
    expect(failure(() => shredRows(schema, [{ id: 1, s: {} }]))).toMatchObject({ code: 'TYPE_INVALID', context: { column: 's.b', row: 0 } })
    expect(failure(() => shredField(node(schema, 'id'), [1, undefined]))).toMatchObject({ code: 'TYPE_INVALID', context: { row: 1 } })
  })

  it('a null element in a list of required elements', () => {
    const schema = schemaOf(list)
    expect(failure(() => shredField(node(schema, 'x'), [[1, null]]))).toMatchObject({
      code: 'TYPE_INVALID',
      context: { column: 'x.list.element', row: 0 },
    })
  })

  it('wrong shapes', () => {
    const schema = schemaOf(list, struct)
    expect(failure(() => shredField(node(schema, 'x'), [{ 0: 1 }])).code).toBe('TYPE_INVALID')
    expect(failure(() => shredField(node(schema, 's'), [[1, 2]])).code).toBe('TYPE_INVALID')
    expect(failure(() => shredField(node(schema, 's'), ['text'])).code).toBe('TYPE_INVALID')
    expect(failure(() => shredRows(schema, [42])).code).toBe('TYPE_INVALID')
    const maps = schemaOf(group('m', 'required', [group('kv', 'repeated', [leaf('k', 'required')])], 'MAP'))
    expect(failure(() => shredField(node(maps, 'm'), [{ a: 1 }])).code).toBe('TYPE_INVALID')
    expect(failure(() => shredField(node(maps, 'm'), [[5]])).code).toBe('TYPE_INVALID')
    expect(failure(() => shredField(node(maps, 'm'), [[[5, 'value but no value column']]])).code).toBe('TYPE_INVALID')
  })

  it('field names inherited from Object.prototype are not read from the prototype', () => {
    const schema = schemaOf(leaf('toString', 'optional'), group('s', 'optional', [leaf('constructor', 'optional')]))
    const [a, b] = shredRows(schema, [{ s: {} }])
    expect(Array.from(a!.definitionLevels!)).toEqual([0])
    expect(Array.from(b!.definitionLevels!)).toEqual([1])
  })

  it('a field named __proto__ round-trips as an own property', () => {
    const schema = schemaOf(leaf('__proto__', 'optional'))
    const row = JSON.parse('{"__proto__": 5}')
    const cols = shredRows(schema, [row])
    expect(cols[0]!.values).toEqual([5])
    const [out] = assembleRows(schema, cols)
    expect(Object.hasOwn(out!, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
})

describe('declared sizes', () => {
  it('a huge numLevels with little data fails before allocating', () => {
    expect(failure(assembleOne(leaf('v', 'required'), { v: { values: [1], numLevels: 2 ** 40 } })).code).toBe('LEVELS_INVALID')
    const opt = { definitionLevels: Uint8Array.of(1), values: [1], numLevels: 2 ** 40 }
    expect(failure(assembleOne(leaf('v', 'optional'), { v: opt })).code).toBe('LEVELS_INVALID')
    const nested = { ...triples([[0, 1, 1]]), numLevels: 2 ** 40 }
    expect(failure(assembleOne(list, { 'x.list.element': nested })).code).toBe('LEVELS_INVALID')
  })

  it('a schema nested deeper than the limit is LIMIT_EXCEEDED when the schema is built, before assembly or shredding could recurse', () => {
    let f: Field = leaf('x', 'optional')
    for (let i = 0; i < 300; i++) f = group(`g${i}`, 'optional', [f])
    expect(failure(() => schemaOf(f)).code).toBe('LIMIT_EXCEEDED')
  })
})
