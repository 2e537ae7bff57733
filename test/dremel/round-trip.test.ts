/**
 * Round trips (in addition to the reference tests): seeded random schemas of
 * structs, 3-level and legacy lists, unannotated repeated fields and maps, at
 * random depth and repetition, with random values including nulls and empty
 * lists; shred then assemble must give back the same rows, and the levels
 * must stay within the schema's maximum levels.
 */
import { describe, expect, it } from 'vitest'
import { assembleRows } from '../../src/dremel/assemble.js'
import { shredRows } from '../../src/dremel/shred.js'
import { type Field, group, leaf, type Rep, schemaOf } from './helpers.js'
import { prng } from '../helpers/prng.js'

/** A schema field together with a generator of its JS values (independent of src/dremel/plan.ts). */
interface Gen {
  field: Field
  value: (rand: () => number, depth: number) => unknown
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!
const nullable = (rep: Rep) => rep === 'optional'

function withNull(rand: () => number, rep: Rep, make: () => unknown): unknown {
  return nullable(rep) && rand() < 0.2 ? null : make()
}

function listOf(rand: () => number, make: () => unknown): unknown[] {
  const n = rand() < 0.25 ? 0 : Math.floor(rand() * 4) + 1
  const out: unknown[] = []
  for (let i = 0; i < n; i++) out.push(make())
  return out
}

let counter = 0
const fresh = (base: string) => `${base}${counter++}`

function genType(rand: () => number, depth: number, name: string, rep: Rep): Gen {
  const kinds = depth >= 4 ? ['leaf'] : ['leaf', 'leaf', 'struct', 'list3', 'list2', 'repeated', 'map']
  const kind = pick(rand, kinds)
  if (kind === 'leaf') {
    return { field: leaf(name, rep), value: (r) => withNull(r, rep, () => Math.floor(r() * 1000)) }
  }
  if (kind === 'struct') {
    const count = 1 + Math.floor(rand() * 3)
    const kids = Array.from({ length: count }, () => genField(rand, depth + 1))
    return {
      field: group(name, rep, kids.map((k) => k.field)),
      value: (r, d) =>
        withNull(r, rep, () => Object.fromEntries(kids.map((k) => [k.field.name, k.value(r, d + 1)]))),
    }
  }
  if (kind === 'list3') {
    const element = genType(rand, depth + 1, 'element', pick(rand, ['required', 'optional'] as const))
    return {
      field: group(name, rep, [group('list', 'repeated', [element.field])], 'LIST'),
      value: (r, d) => withNull(r, rep, () => listOf(r, () => element.value(r, d + 1))),
    }
  }
  if (kind === 'list2') {
    // rule 1: a repeated primitive inside a LIST group
    return {
      field: group(name, rep, [leaf('element', 'repeated')], 'LIST'),
      value: (r) => withNull(r, rep, () => listOf(r, () => Math.floor(r() * 100))),
    }
  }
  if (kind === 'repeated') {
    // an unannotated repeated group wrapped in a struct so `rep` still applies to the field
    const inner = genType(rand, depth + 1, 'items', 'required')
    const items: Field = { ...inner.field, rep: 'repeated' }
    return {
      field: group(name, rep, [items]),
      value: (r, d) => withNull(r, rep, () => ({ items: listOf(r, () => inner.value(r, d + 1)) })),
    }
  }
  const value = rand() < 0.2 ? undefined : genType(rand, depth + 1, 'value', pick(rand, ['required', 'optional'] as const))
  const kv = group('key_value', 'repeated', value ? [leaf('key', 'required'), value.field] : [leaf('key', 'required')])
  return {
    field: group(name, rep, [kv], 'MAP'),
    value: (r, d) =>
      withNull(r, rep, () => listOf(r, () => [Math.floor(r() * 50), value ? value.value(r, d + 1) : null])),
  }
}

function genField(rand: () => number, depth: number): Gen {
  return genType(rand, depth, fresh('f'), pick(rand, ['required', 'optional', 'optional'] as const))
}

describe('shred -> assemble round trips', () => {
  for (let seed = 1; seed <= 60; seed++) {
    it(`random schema and rows, seed ${seed}`, () => {
      const rand = prng(seed)
      const gens = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => genField(rand, 0))
      const schema = schemaOf(...gens.map((g) => g.field))
      const rows = Array.from({ length: Math.floor(rand() * 40) }, () =>
        Object.fromEntries(gens.map((g) => [g.field.name, g.value(rand, 0)])),
      )
      const columns = shredRows(schema, rows)
      for (const col of columns) {
        expect(col.values.length).toBeLessThanOrEqual(col.numLevels)
        for (let i = 0; i < col.numLevels; i++) {
          expect(col.definitionLevels?.[i] ?? 0).toBeLessThanOrEqual(col.column.maxDefinitionLevel)
          expect(col.repetitionLevels?.[i] ?? 0).toBeLessThanOrEqual(col.column.maxRepetitionLevel)
        }
      }
      expect(assembleRows(schema, columns, { numRows: rows.length })).toEqual(rows)
    })
  }

  it('covers deep schemas: some seed reaches a maximum definition level of 6 or more', () => {
    let deepest = 0
    for (let seed = 1; seed <= 60; seed++) {
      const rand = prng(seed)
      const gens = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => genField(rand, 0))
      for (const l of schemaOf(...gens.map((g) => g.field)).leaves) deepest = Math.max(deepest, l.maxDefinitionLevel)
    }
    expect(deepest).toBeGreaterThanOrEqual(6)
  })

  it('large flat columns take the fast path both ways', () => {
    const schema = schemaOf(leaf('a', 'required'), leaf('b', 'optional'))
    const rows = Array.from({ length: 10_000 }, (_, i) => ({ a: i, b: i % 3 === 0 ? null : i * 2 }))
    const cols = shredRows(schema, rows)
    expect(cols[1]!.values.length).toBe(6666)
    expect(assembleRows(schema, cols)).toEqual(rows)
  })
})
