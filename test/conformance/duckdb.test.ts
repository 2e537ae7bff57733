/**
 * Conformance: every valid corpus file read with readRows equals DuckDB's
 * reading of it, value for value. Files DuckDB cannot read are compared with
 * arrow-rs (arrow.test.ts). Files left out say why, below.
 */
import { readFileSync } from 'node:fs'
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readRows } from '../../src/read/read.js'
import { corpusDataFiles, corpusFile } from '../corpus.js'
import { fieldJson, INT64_OVERFLOW } from '../helpers/duck-json.js'

/** Files DuckDB cannot read (its error): compared with arrow-rs in arrow.test.ts instead. */
const DUCKDB_CANNOT_READ: Record<string, string> = {
  'data/byte_stream_split_extended.gzip.parquet': 'BYTE_STREAM_SPLIT only for FLOAT or DOUBLE',
  'data/hadoop_lz4_compressed.parquet': 'unsupported codec LZ4',
  'data/hadoop_lz4_compressed_larger.parquet': 'unsupported codec LZ4',
  'data/non_hadoop_lz4_compressed.parquet': 'unsupported codec LZ4',
  'data/map_no_value.parquet': 'MAP_KEY_VALUE requires two children',
}

/** Files not compared value for value, with the reason. */
const LEFT_OUT: Record<string, string> = {
  // Keys of 2^30 bytes each: we stop with LIMIT_EXCEEDED before allocating (tested in bad-data.test.ts).
  'data/large_string_map.brotli.parquet': 'pages over the 1 GiB page limit',
}

const files = corpusDataFiles().filter((f) => f.endsWith('.parquet') && !DUCKDB_CANNOT_READ[f] && !LEFT_OUT[f])

describe('readRows equals DuckDB on the corpus', () => {
  let conn: DuckDBConnection
  beforeAll(async () => {
    const db = await DuckDBInstance.create(':memory:')
    conn = await db.connect()
  })
  afterAll(() => conn?.closeSync())

  it.each(files)('%s', async (rel) => {
    const path = corpusFile(rel)
    const bytes = readFileSync(path)
    const meta = await readMetadata(bytes)
    // The corrupt-checksum files hold right values under wrong CRCs; DuckDB does not check CRCs.
    const ours = await readRows(bytes, { verifyChecksums: false, metadata: meta })
    const theirs = (await conn.runAndReadAll(`select * from read_parquet('${path.replace(/'/g, "''")}')`)).getRowObjectsJson()
    expect(ours.length).toBe(theirs.length)
    const fields = meta.schema.root.children
    for (let r = 0; r < ours.length; r++) {
      for (const field of fields) {
        const mine = fieldJson(ours[r]![field.name], field)
        const expected = theirs[r]![field.name]
        if (!sameJson(mine, expected)) {
          expect.fail(`${rel} row ${r} column ${field.name}: ours ${JSON.stringify(mine)} DuckDB ${JSON.stringify(expected)}`)
        }
      }
    }
  })
})

/** Deep equality where a NaN of ours matches DuckDB's "nan" text. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === INT64_OVERFLOW) return true
  if (typeof a === 'number' && Number.isNaN(a)) return b === 'nan' || b === 'NaN' || (typeof b === 'number' && Number.isNaN(b))
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]))
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object') return false
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => sameJson((a as never)[k], (b as never)[k]))
  }
  return a === b
}
