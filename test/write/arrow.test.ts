/**
 * arrow-rs (parquet-wasm, read into apache-arrow JS) reads what we write,
 * including what DuckDB cannot (BYTE_STREAM_SPLIT on integers and fixed
 * widths, BSON, DELTA_LENGTH_BYTE_ARRAY decimals): values equal the input,
 * for both page versions, every codec, and nested lists, structs and maps.
 */
import { tableFromIPC } from 'apache-arrow'
import { readParquet } from 'parquet-wasm'
import { describe, expect, it } from 'vitest'
import * as s from '../../src/schema/field.js'
import type { Field } from '../../src/schema/field.js'
import type { CompressionName } from '../../src/write/options.js'
import type { EncodingName } from '../../src/write/values-encode.js'
import { writeRows } from '../../src/write/write.js'
import { rng } from './gen.js'

/** Arrow JS values as plain arrays and objects (maps as [key, value] entries). */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Uint8Array || typeof value !== 'object') return value
  const name = value.constructor?.name
  if (name === 'MapRow') return Array.from(value as Iterable<[unknown, unknown]>, ([k, v]) => [plain(k), plain(v)])
  if (name === 'Vector' || Array.isArray(value) || ArrayBuffer.isView(value)) return Array.from(value as Iterable<unknown>, plain)
  const json = (value as { toJSON?: () => unknown }).toJSON?.() ?? value
  return Object.fromEntries(Object.entries(json as object).map(([k, v]) => [k, plain(v)]))
}

interface Column {
  field: Field
  encoding?: EncodingName
  value: (r: () => number, i: number) => unknown
}

const bytes = (r: () => number, n: number) => Uint8Array.from({ length: n }, () => Math.floor(r() * 256))

const COLUMNS: Record<string, Column> = {
  b: { field: s.boolean({ optional: true }), encoding: 'RLE', value: (r) => r() < 0.4 },
  i32: { field: s.int32(), encoding: 'BYTE_STREAM_SPLIT', value: (r) => Math.floor((r() - 0.5) * 2 ** 32) },
  i64: { field: s.int64({ optional: true }), encoding: 'BYTE_STREAM_SPLIT', value: (r) => BigInt(Math.floor((r() - 0.5) * 2 ** 60)) },
  d32: { field: s.int32(), encoding: 'DELTA_BINARY_PACKED', value: (_, i) => i * 7 - 300 },
  f: { field: s.float(), encoding: 'BYTE_STREAM_SPLIT', value: (r) => Math.fround(r() * 100) },
  d: { field: s.double({ optional: true }), value: (r) => r() * 1e6 },
  str: { field: s.string({ optional: true }), encoding: 'DELTA_BYTE_ARRAY', value: (r) => `k${Math.floor(r() * 50)}€` },
  dl: { field: s.string(), encoding: 'DELTA_LENGTH_BYTE_ARRAY', value: (r) => 'x'.repeat(Math.floor(r() * 9)) },
  bson: { field: s.bson({ optional: true }), value: (r) => bytes(r, 5) },
  fx: { field: s.fixed(3), encoding: 'BYTE_STREAM_SPLIT', value: (r) => bytes(r, 3) },
  li: { field: s.list(s.int32({ optional: true }), { optional: true }), value: (r, i) => Array.from({ length: i % 4 }, () => (r() < 0.2 ? null : Math.floor(r() * 10))) },
  st: { field: s.struct({ x: s.double(), y: s.string({ optional: true }) }), value: (r) => ({ x: r(), y: r() < 0.3 ? null : 'y' }) },
  mp: { field: s.map(s.string(), s.int64({ optional: true })), value: (r, i) => Array.from({ length: i % 3 }, (_, k) => [`m${k}`, r() < 0.2 ? null : BigInt(k)]) },
}

const CODECS: CompressionName[] = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD', 'LZ4_RAW']
const cases = CODECS.flatMap((codec) => ([1, 2] as const).map((version) => [`${codec} v${version}`, codec, version] as const))

describe('arrow-rs reads our files', () => {
  it.each(cases)('%s', async (_, codec, version) => {
    const r = rng(version * 31 + codec.length)
    const rows = Array.from({ length: 700 }, (_, i) => {
      const row: Record<string, unknown> = {}
      for (const [name, c] of Object.entries(COLUMNS)) row[name] = c.field.optional && i % 6 === 1 ? null : c.value(r, i)
      return row
    })
    const schema = Object.fromEntries(Object.entries(COLUMNS).map(([n, c]) => [n, c.field]))
    const encodings = Object.fromEntries(Object.entries(COLUMNS).filter(([, c]) => c.encoding).map(([n, c]) => [n, c.encoding!]))
    const file = await writeRows(rows, { schema, encodings, compression: codec, pageVersion: version, pageRows: 128, rowGroupSize: 300 })
    const table = tableFromIPC(readParquet(file).intoIPCStream())
    expect(table.numRows).toBe(rows.length)
    for (const name of Object.keys(COLUMNS)) {
      const column = table.getChild(name)!
      for (let i = 0; i < rows.length; i++) {
        const theirs = plain(column.get(i))
        expect(theirs, `row ${i} column ${name}`).toEqual(rows[i]![name] ?? null)
      }
    }
  })
})
