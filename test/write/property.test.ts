/**
 * Property: any schema (structs, lists and maps nested up to depth 4 over
 * every column type of gen.ts, optional or required at every level) with
 * any rows (nulls at every optional level, empty lists and maps), written
 * with any encoding Encodings.md defines for each leaf's type (or the
 * default dictionary-first plan), any codec and either data page version,
 * through the streaming writer in uneven batches, reads back equal value
 * for value. fast-check prints the seed and the shrunk case on a failure;
 * PROPERTY_SEED and PROPERTY_RUNS rerun or widen it.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { memorySink } from '../../src/io/sinks.js'
import { readRows } from '../../src/read/read.js'
import * as s from '../../src/schema/field.js'
import type { Field, FieldMap } from '../../src/schema/field.js'
import type { CompressionName } from '../../src/write/options.js'
import { createWriter } from '../../src/write/stream.js'
import type { EncodingName } from '../../src/write/values-encode.js'
import { type Rand, rng, TYPES } from './gen.js'

type Node =
  | { kind: 'leaf'; type: number; optional: boolean; encoding?: EncodingName }
  | { kind: 'list'; element: Node; optional: boolean }
  | { kind: 'map'; key: Node & { kind: 'leaf' }; value: Node; optional: boolean }
  | { kind: 'struct'; fields: Node[]; optional: boolean }

const leafArb = (optional: fc.Arbitrary<boolean>) =>
  fc.integer({ min: 0, max: TYPES.length - 1 }).chain((type) =>
    fc.record({
      kind: fc.constant('leaf' as const),
      type: fc.constant(type),
      optional,
      encoding: fc.constantFrom<(EncodingName | undefined)[]>(undefined, ...TYPES[type]!.encodings),
    }),
  )

function nodeArb(depth: number): fc.Arbitrary<Node> {
  const leaf = leafArb(fc.boolean())
  if (depth === 0) return leaf
  const inner = nodeArb(depth - 1)
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    fc.record({ kind: fc.constant('list' as const), element: inner, optional: fc.boolean() }),
    fc.record({ kind: fc.constant('map' as const), key: leafArb(fc.constant(false)), value: inner, optional: fc.boolean() }),
    fc.record({ kind: fc.constant('struct' as const), fields: fc.array(inner, { minLength: 1, maxLength: 3 }), optional: fc.boolean() }),
  )
}

const CODECS: CompressionName[] = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD', 'LZ4_RAW']

const caseArb = fc.record({
  columns: fc.array(nodeArb(4), { minLength: 1, maxLength: 4 }),
  rows: fc.integer({ min: 0, max: 60 }),
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  codec: fc.constantFrom(...CODECS),
  pageVersion: fc.constantFrom(1 as const, 2 as const),
  pageRows: fc.integer({ min: 1, max: 40 }),
  rowGroupSize: fc.integer({ min: 1, max: 70 }),
  batch: fc.integer({ min: 1, max: 25 }),
})

/** The field of `node`; leaf encodings collected by dotted leaf path. */
function fieldOf(node: Node, path: string, encodings: Record<string, EncodingName>): Field {
  const o = { optional: node.optional }
  switch (node.kind) {
    case 'leaf':
      if (node.encoding) encodings[path] = node.encoding
      return TYPES[node.type]!.field(o)
    case 'list':
      return s.list(fieldOf(node.element, `${path}.list.element`, encodings), o)
    case 'map':
      return s.map(fieldOf(node.key, `${path}.key_value.key`, encodings), fieldOf(node.value, `${path}.key_value.value`, encodings), o)
    case 'struct':
      return s.struct(Object.fromEntries(node.fields.map((f, i) => [`f${i}`, fieldOf(f, `${path}.f${i}`, encodings)])), o)
  }
}

/** A value of `node` in the form our reader returns by default. */
function valueFor(node: Node, r: Rand): unknown {
  if (node.optional && r() < 0.2) return null
  const count = () => Math.floor(r() * 4)
  switch (node.kind) {
    case 'leaf': return TYPES[node.type]!.value(r)
    case 'list': return Array.from({ length: count() }, () => valueFor(node.element, r))
    case 'map': return Array.from({ length: count() }, () => [valueFor(node.key, r), valueFor(node.value, r)])
    case 'struct': return Object.fromEntries(node.fields.map((f, i) => [`f${i}`, valueFor(f, r)]))
  }
}

const numRuns = Number(process.env.PROPERTY_RUNS ?? 800)
const seed = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED)

describe('property: write → read', () => {
  it('random schemas × rows × encodings × codecs × page versions read back equal', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const encodings: Record<string, EncodingName> = {}
        const schema: FieldMap = Object.fromEntries(c.columns.map((n, i) => [`c${i}`, fieldOf(n, `c${i}`, encodings)]))
        const r = rng(c.seed)
        const rows = Array.from({ length: c.rows }, () => Object.fromEntries(c.columns.map((n, i) => [`c${i}`, valueFor(n, r)])))
        const sink = memorySink()
        const w = await createWriter(sink, {
          schema, encodings, compression: c.codec, pageVersion: c.pageVersion, pageRows: c.pageRows, rowGroupSize: c.rowGroupSize,
        })
        for (let at = 0; at < rows.length; at += c.batch) await w.write(rows.slice(at, at + c.batch))
        const summary = await w.close()
        expect(summary.rowGroups).toBe(Math.max(1, Math.ceil(rows.length / c.rowGroupSize)))
        expect(await readRows(sink.bytes())).toEqual(rows)
      }),
      { numRuns, seed, verbose: 1 },
    )
  }, 120_000)
})
