/**
 * Conformance with arrow-rs (parquet-wasm + apache-arrow) for the corpus files
 * DuckDB cannot read: the old LZ4 codec, integer and FIXED_LEN_BYTE_ARRAY
 * BYTE_STREAM_SPLIT, and a MAP_KEY_VALUE without a value column.
 */
import { readFileSync } from 'node:fs'
import { tableFromIPC } from 'apache-arrow'
import { readParquet } from 'parquet-wasm'
import { describe, expect, it } from 'vitest'
import { type Plan, planField } from '../../src/dremel/plan.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readRows } from '../../src/read/read.js'
import { corpusFile } from '../corpus.js'

const FILES = [
  'data/byte_stream_split_extended.gzip.parquet',
  'data/hadoop_lz4_compressed.parquet',
  'data/hadoop_lz4_compressed_larger.parquet',
  'data/non_hadoop_lz4_compressed.parquet',
  'data/map_no_value.parquet',
]

/** Arrow JS values (Vectors, StructRows, MapRows) as plain arrays and objects. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (value instanceof Uint8Array || typeof value !== 'object') return value
  const name = value.constructor?.name
  if (name === 'MapRow') return Array.from(value as Iterable<[unknown, unknown]>, ([k, v]) => [plain(k), plain(v)])
  if (name === 'Vector' || Array.isArray(value)) return Array.from(value as Iterable<unknown>, plain)
  const json = (value as { toJSON?: () => unknown }).toJSON?.() ?? value
  // Arrow decimals serialise as their unscaled integer in quotes.
  if (typeof json === 'string') return BigInt(json.replace(/"/g, ''))
  return Object.fromEntries(Object.entries(json as object).map(([k, v]) => [k, plain(v)]))
}

/** Our value in arrow-rs's shape: a map without a value column is read by arrow-rs as the list of its keys. */
function ours(value: unknown, plan: Plan): unknown {
  if (value === null || value === undefined) return null
  if (plan.kind === 'map' && plan.children.length === 1) return (value as [unknown, unknown][]).map(([k]) => k)
  if (plan.kind === 'list' || plan.kind === 'map') return (value as unknown[]).map((v) => (plan.kind === 'map' ? v : ours(v, plan.children[0]!)))
  return value
}

describe('readRows equals arrow-rs where DuckDB cannot read', () => {
  it.each(FILES)('%s', async (rel) => {
    const bytes = readFileSync(corpusFile(rel))
    const meta = await readMetadata(bytes)
    // Decimals as unscaled bigints, the form arrow-js gives them in.
    const rows = await readRows(bytes, { metadata: meta, decimals: 'bigint' })
    const table = tableFromIPC(readParquet(bytes).intoIPCStream())
    expect(rows.length).toBe(table.numRows)
    for (const field of meta.schema.root.children) {
      const plan = planField(field)
      const column = table.getChild(field.name)!
      for (let r = 0; r < rows.length; r++) {
        const mine = ours(rows[r]![field.name], plan)
        const theirs = plain(column.get(r))
        if (typeof mine === 'number' && Number.isNaN(mine)) expect(Number.isNaN(theirs as number)).toBe(true)
        else expect(mine, `${rel} row ${r} column ${field.name}`).toEqual(theirs)
      }
    }
  })
})
