/**
 * Maps: MAP per LogicalTypes.md and its backward-compatibility forms
 * (misnamed fields matched by position, MAP_KEY_VALUE in place of MAP, the
 * old MAP + MAP_KEY_VALUE pair, no value field). A map reads as an array of
 * [key, value] entries; levels are derived by hand from the maximum levels.
 */
import { describe, expect, it } from 'vitest'
import { assembleField } from '../../src/dremel/assemble.js'
import { shredField } from '../../src/dremel/shred.js'
import { BYTE_ARRAY, columns, type Field, group, leaf, levelPairs, node, schemaOf, triples } from './helpers.js'

type Triples = [number, number, unknown?][]

function read(field: Field, data: Record<string, Triples>): unknown[] {
  const schema = schemaOf(field)
  const byPath: Record<string, ReturnType<typeof triples>> = {}
  for (const [p, t] of Object.entries(data)) byPath[p] = triples(t)
  return assembleField(node(schema, field.name), columns(schema, byPath))
}

function shred(field: Field, values: unknown[]): Record<string, { levels: [number, number][]; values: unknown[] }> {
  const schema = schemaOf(field)
  const out: Record<string, { levels: [number, number][]; values: unknown[] }> = {}
  for (const col of shredField(node(schema, field.name), values)) {
    out[col.column.path.join('.')] = { levels: levelPairs(col), values: col.values }
  }
  return out
}

function both(field: Field, data: Record<string, Triples>, expected: unknown[]): void {
  expect(read(field, data)).toEqual(expected)
  const want: Record<string, { levels: [number, number][]; values: unknown[] }> = {}
  for (const [p, t] of Object.entries(data)) {
    const d = triples(t)
    want[p] = { levels: levelPairs(d), values: Array.from(d.values) }
  }
  expect(shred(field, expected)).toEqual(want)
}

const kv = (key: Field, value?: Field, name = 'key_value', annotation?: 'MAP_KEY_VALUE') =>
  group(name, 'repeated', value ? [key, value] : [key], annotation)

describe('MAP', () => {
  // required group my_map (MAP) { repeated group key_value { required binary key (STRING); optional int32 value; } }
  const spec = group('my_map', 'required', [kv(leaf('key', 'required', BYTE_ARRAY), leaf('value', 'optional'))], 'MAP')

  it('spec example: empty map, null values, repeated keys kept in order', () => {
    both(
      spec,
      {
        'my_map.key_value.key': [[0, 0], [0, 1, 'a'], [1, 1, 'b'], [1, 1, 'a']],
        'my_map.key_value.value': [[0, 0], [0, 2, 1], [1, 1], [1, 2, 3]],
      },
      [[], [['a', 1], ['b', null], ['a', 3]]],
    )
  })

  it('entries convert to Map and Object', () => {
    const [, entries] = read(spec, {
      'my_map.key_value.key': [[0, 0], [0, 1, 'a'], [1, 1, 'b']],
      'my_map.key_value.value': [[0, 0], [0, 2, 1], [1, 1]],
    }) as [unknown, [string, unknown][]]
    expect(new Map(entries).get('b')).toBeNull()
    expect(Object.fromEntries(entries)).toEqual({ a: 1, b: null })
  })

  it('nullable map: null and empty are distinct', () => {
    const f = group('m', 'optional', [kv(leaf('key', 'required'), leaf('value', 'required'))], 'MAP')
    both(f, { 'm.key_value.key': [[0, 0], [0, 1], [0, 2, 4]], 'm.key_value.value': [[0, 0], [0, 1], [0, 2, 40]] }, [
      null,
      [],
      [[4, 40]],
    ])
  })

  it('misnamed key and value are matched by position (spec example)', () => {
    const f = group('my_map', 'optional', [kv(leaf('str', 'required', BYTE_ARRAY), leaf('num', 'required'), 'map')], 'MAP')
    both(f, { 'my_map.map.str': [[0, 2, 'x'], [1, 2, 'y']], 'my_map.map.num': [[0, 2, 1], [1, 2, 2]] }, [
      [
        ['x', 1],
        ['y', 2],
      ],
    ])
  })

  it('MAP_KEY_VALUE in place of MAP (spec example)', () => {
    const f = group('my_map', 'optional', [kv(leaf('key', 'required', BYTE_ARRAY), leaf('value', 'optional'), 'map')], 'MAP_KEY_VALUE')
    both(f, { 'my_map.map.key': [[0, 2, 'k'], [0, 0]], 'my_map.map.value': [[0, 2], [0, 0]] }, [[['k', null]], null])
  })

  it('old form: MAP group around a MAP_KEY_VALUE group', () => {
    const f = group('m', 'optional', [kv(leaf('key', 'required'), leaf('value', 'optional'), 'map', 'MAP_KEY_VALUE')], 'MAP_CONVERTED')
    both(f, { 'm.map.key': [[0, 2, 1]], 'm.map.value': [[0, 3, 2]] }, [[[1, 2]]])
  })

  it('unannotated group around a MAP_KEY_VALUE group', () => {
    const f = group('m', 'optional', [kv(leaf('key', 'required'), leaf('value', 'optional'), 'map', 'MAP_KEY_VALUE')])
    both(f, { 'm.map.key': [[0, 1], [0, 2, 1]], 'm.map.value': [[0, 1], [0, 3, 2]] }, [[], [[1, 2]]])
  })

  it('map without a value field (as map_no_value.parquet): [key, null] entries', () => {
    const f = group('my_map_no_v', 'required', [kv(leaf('key', 'required'))], 'MAP')
    both(f, { 'my_map_no_v.key_value.key': [[0, 1, 1], [1, 1, 2], [0, 0]] }, [
      [
        [1, null],
        [2, null],
      ],
      [],
    ])
  })

  it('map of string to nullable map (the schema of nested_maps.snappy.parquet)', () => {
    const inner = group('value', 'optional', [kv(leaf('key', 'required'), leaf('value', 'required'))], 'MAP')
    const f = group('a', 'optional', [kv(leaf('key', 'required', BYTE_ARRAY), inner)], 'MAP')
    // a d1; key_value d2 r1; key d2; value d3; inner key_value d4 r2
    both(
      f,
      {
        'a.key_value.key': [[0, 2, 'a'], [1, 2, 'b'], [1, 2, 'c'], [0, 0]],
        'a.key_value.value.key_value.key': [[0, 4, 1], [2, 4, 2], [1, 2], [1, 3], [0, 0]],
        'a.key_value.value.key_value.value': [[0, 4, true], [2, 4, false], [1, 2], [1, 3], [0, 0]],
      },
      [
        [
          [
            'a',
            [
              [1, true],
              [2, false],
            ],
          ],
          ['b', null],
          ['c', []],
        ],
        null,
      ],
    )
  })

  it('a MAP group with a non-repeated child reads as a struct', () => {
    const f = group('m', 'optional', [leaf('k', 'required')], 'MAP')
    both(f, { 'm.k': [[0, 1, 3], [0, 0]] }, [{ k: 3 }, null])
  })

  it('shred accepts a Map for a map field', () => {
    const f = group('m', 'required', [kv(leaf('key', 'required', BYTE_ARRAY), leaf('value', 'optional'))], 'MAP')
    const viaMap = shred(f, [new Map([['a', 1], ['b', null]])])
    const viaEntries = shred(f, [[['a', 1], ['b', null]]])
    expect(viaMap).toEqual(viaEntries)
    expect(viaMap['m.key_value.key']!.levels).toEqual([[0, 1], [1, 1]])
  })
})
