/**
 * Lists: the 3-level LIST of LogicalTypes.md, its backward-compatibility rules
 * 1-5 (the schemas are the spec's examples), unannotated repeated fields, and
 * the null / empty / null-element distinctions. Levels are derived by hand
 * from the schema's maximum levels; expected values from the spec's meaning.
 */
import { describe, expect, it } from 'vitest'
import { assembleField } from '../../src/dremel/assemble.js'
import { shredField } from '../../src/dremel/shred.js'
import { BYTE_ARRAY, columns, type Field, group, leaf, node, schemaOf, triples } from './helpers.js'

/** Assembles the single top-level field `name` from path -> triples. */
function read(field: Field, data: Record<string, [number, number, unknown?][]>): unknown[] {
  const schema = schemaOf(field)
  const byPath: Record<string, ReturnType<typeof triples>> = {}
  for (const [p, t] of Object.entries(data)) byPath[p] = triples(t)
  return assembleField(node(schema, field.name), columns(schema, byPath))
}

/** Shreds then checks the levels equal the hand-written ones. */
function levelsOf(field: Field, values: unknown[]): Record<string, [number, number, unknown?][]> {
  const schema = schemaOf(field)
  const out: Record<string, [number, number, unknown?][]> = {}
  for (const col of shredField(node(schema, field.name), values)) {
    const rows: [number, number, unknown?][] = []
    let v = 0
    for (let i = 0; i < col.numLevels; i++) {
      const r = col.repetitionLevels?.[i] ?? 0
      const d = col.definitionLevels?.[i] ?? 0
      rows.push(d === col.column.maxDefinitionLevel ? [r, d, col.values[v++]] : [r, d])
    }
    out[col.column.path.join('.')] = rows
  }
  return out
}

/** Both directions: the levels assemble to the values and the values shred to the levels. */
function both(field: Field, data: Record<string, [number, number, unknown?][]>, expected: unknown[]): void {
  expect(read(field, data)).toEqual(expected)
  expect(levelsOf(field, expected)).toEqual(data)
}

describe('3-level LIST', () => {
  // required group my_list (LIST) { repeated group list { optional binary element (STRING); } }
  const listOfNullable = group('my_list', 'required', [group('list', 'repeated', [leaf('element', 'optional', BYTE_ARRAY)])], 'LIST')
  // optional group my_list (LIST) { repeated group list { required binary element (STRING); } }
  const nullableList = group('my_list', 'optional', [group('list', 'repeated', [leaf('element', 'required', BYTE_ARRAY)])], 'LIST')

  it('non-null list of nullable elements: empty, mixed and [null] are distinct', () => {
    both(
      listOfNullable,
      { 'my_list.list.element': [[0, 0], [0, 2, 'a'], [1, 1], [1, 2, 'b'], [0, 1]] },
      [[], ['a', null, 'b'], [null]],
    )
  })

  it('nullable list of non-null elements: null and empty are distinct', () => {
    both(nullableList, { 'my_list.list.element': [[0, 0], [0, 1], [0, 2, 'x'], [1, 2, 'y']] }, [null, [], ['x', 'y']])
  })

  it('reads the annotation from converted_type alone (LIST_CONVERTED)', () => {
    const legacy = group('my_list', 'optional', [group('list', 'repeated', [leaf('element', 'required')])], 'LIST_CONVERTED')
    both(legacy, { 'my_list.list.element': [[0, 2, 1], [1, 2, 2], [0, 0]] }, [[1, 2], null])
  })

  it('list of lists (spec example array_of_arrays)', () => {
    const f = group(
      'array_of_arrays',
      'optional',
      [group('list', 'repeated', [group('element', 'required', [group('list', 'repeated', [leaf('element', 'required')])], 'LIST')])],
      'LIST',
    )
    // max r 2, max d 3: null | [] | [[]] | [[1, 2], [], [3]]
    both(
      f,
      { 'array_of_arrays.list.element.list.element': [[0, 0], [0, 1], [0, 2], [0, 3, 1], [2, 3, 2], [1, 2], [1, 3, 3]] },
      [null, [], [[]], [[1, 2], [], [3]]],
    )
  })

  it('repeated group named element with one required field is the 3-level form (spec example)', () => {
    const f = group('my_list', 'optional', [group('element', 'repeated', [leaf('str', 'required', BYTE_ARRAY)])], 'LIST')
    both(f, { 'my_list.element.str': [[0, 2, 'a'], [1, 2, 'b'], [0, 0]] }, [['a', 'b'], null])
  })
})

describe('LIST backward-compatibility rules', () => {
  it('rule 1: repeated primitive is the element, elements required', () => {
    const f = group('my_list', 'optional', [leaf('element', 'repeated')], 'LIST')
    both(f, { 'my_list.element': [[0, 0], [0, 1], [0, 2, 7], [1, 2, 8]] }, [null, [], [7, 8]])
  })

  it('rule 2: repeated group of several fields is the element (a struct)', () => {
    const f = group(
      'my_list',
      'optional',
      [group('element', 'repeated', [leaf('str', 'required', BYTE_ARRAY), leaf('num', 'required')])],
      'LIST',
    )
    both(
      f,
      { 'my_list.element.str': [[0, 2, 'a'], [1, 2, 'b'], [0, 1]], 'my_list.element.num': [[0, 2, 1], [1, 2, 2], [0, 1]] },
      [[{ str: 'a', num: 1 }, { str: 'b', num: 2 }], []],
    )
  })

  it('rule 3: repeated group whose one field is repeated is the element (list of lists)', () => {
    const f = group('my_list', 'optional', [group('array', 'repeated', [leaf('array', 'repeated')], 'LIST')], 'LIST')
    // my_list d1; outer array r1 d2; inner array r2 d3
    both(
      f,
      { 'my_list.array.array': [[0, 0], [0, 1], [0, 3, 1], [2, 3, 2], [1, 2], [1, 3, 3]] },
      [null, [], [[1, 2], [], [3]]],
    )
  })

  it('rule 3 holds without the inner LIST annotation: the element is a struct with a list field', () => {
    const f = group('my_list', 'optional', [group('things', 'repeated', [leaf('x', 'repeated')])], 'LIST')
    both(f, { 'my_list.things.x': [[0, 3, 1], [2, 3, 2], [1, 2]] }, [[{ x: [1, 2] }, { x: [] }]])
  })

  it('rule 4: repeated group named array is the element (one-field struct)', () => {
    const f = group('my_list', 'optional', [group('array', 'repeated', [leaf('str', 'required', BYTE_ARRAY)])], 'LIST')
    both(f, { 'my_list.array.str': [[0, 2, 'a'], [1, 2, 'b'], [0, 0]] }, [[{ str: 'a' }, { str: 'b' }], null])
  })

  it('rule 4: repeated group named <list>_tuple is the element', () => {
    const f = group('my_list', 'optional', [group('my_list_tuple', 'repeated', [leaf('str', 'required', BYTE_ARRAY)])], 'LIST')
    both(f, { 'my_list.my_list_tuple.str': [[0, 2, 'a'], [0, 1]] }, [[{ str: 'a' }], []])
  })

  it('rule 5: otherwise the single field is the element with its own repetition', () => {
    const f = group('my_list', 'optional', [group('element', 'repeated', [leaf('str', 'optional', BYTE_ARRAY)])], 'LIST')
    both(f, { 'my_list.element.str': [[0, 3, 'a'], [1, 2], [0, 1], [0, 0]] }, [['a', null], [], null])
  })

  it('a LIST group that does not hold one repeated field reads as a struct', () => {
    const f = group('not_a_list', 'optional', [leaf('a', 'optional'), leaf('b', 'required')], 'LIST')
    both(f, { 'not_a_list.a': [[0, 2, 1], [0, 1], [0, 0]], 'not_a_list.b': [[0, 1, 5], [0, 1, 6], [0, 0]] }, [
      { a: 1, b: 5 },
      { a: null, b: 6 },
      null,
    ])
  })
})

describe('unannotated repeated fields', () => {
  it('top-level repeated primitive: [] for no occurrence, never null', () => {
    both(leaf('x', 'repeated'), { x: [[0, 0], [0, 1, 4], [1, 1, 5]] }, [[], [4, 5]])
  })

  it('repeated group of one field inside a struct: a list of structs', () => {
    // the schema of parquet-testing repeated_no_annotation.parquet
    const f = group('phoneNumbers', 'optional', [
      group('phone', 'repeated', [leaf('number', 'required'), leaf('kind', 'optional', BYTE_ARRAY)]),
    ])
    both(
      f,
      {
        'phoneNumbers.phone.number': [[0, 0], [0, 1], [0, 2, 555], [1, 2, 556]],
        'phoneNumbers.phone.kind': [[0, 0], [0, 1], [0, 3, 'home'], [1, 2]],
      },
      [null, { phone: [] }, { phone: [{ number: 555, kind: 'home' }, { number: 556, kind: null }] }],
    )
  })
})

describe('deep nesting', () => {
  it('optional list of optional structs of optional lists of optional ints (max d 7, r 2)', () => {
    const inner = group('inner', 'optional', [group('list', 'repeated', [leaf('element', 'optional')])], 'LIST')
    const f = group('outer', 'optional', [group('list', 'repeated', [group('element', 'optional', [inner])])], 'LIST')
    const path = 'outer.list.element.inner.list.element'
    // d: outer 1, list 2, element 3, inner 4, list 5, element 6
    both(
      f,
      { [path]: [[0, 0], [0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [0, 6, 9], [2, 5], [1, 2], [1, 6, 10]] },
      [null, [], [null], [{ inner: null }], [{ inner: [] }], [{ inner: [null] }], [{ inner: [9, null] }, null, { inner: [10] }]],
    )
  })

  it('four levels of lists', () => {
    let f: Field = leaf('element', 'required')
    for (let depth = 0; depth < 4; depth++) {
      f = group(depth === 3 ? 'l' : 'element', 'required', [group('list', 'repeated', [f])], 'LIST')
    }
    const path = 'l.list.element.list.element.list.element.list.element'
    both(
      f,
      { [path]: [[0, 4, 1], [4, 4, 2], [3, 3], [2, 2], [1, 1], [1, 4, 3], [0, 0]] },
      [[[[[1, 2], []], []], [], [[[3]]]], []],
    )
  })
})
