/**
 * Round trips through our reader: every column type × every encoding
 * Encodings.md defines for it × every writable codec × both data page
 * versions, with seeded values (nulls included), a flat optional column and
 * a list of the same type, several pages per chunk and two row groups. The
 * values read back must equal the input; the encodings the footer lists
 * must include the requested one.
 */
import { describe, expect, it } from 'vitest'
import { EncodingNames } from '../../src/format/parquet.gen.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readRows } from '../../src/read/read.js'
import { list } from '../../src/schema/field.js'
import type { CompressionName } from '../../src/write/options.js'
import { writeRows } from '../../src/write/write.js'
import { rng, TYPES, values } from './gen.js'

const CODECS: CompressionName[] = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'BROTLI', 'ZSTD', 'LZ4_RAW']
const N = 150

const cases = TYPES.flatMap((t) =>
  t.encodings.flatMap((encoding) => CODECS.flatMap((codec) => ([1, 2] as const).map((version) => ({ t, encoding, codec, version })))),
)

function rowsOf(t: (typeof TYPES)[number], seed: number): Record<string, unknown>[] {
  const flat = values(t, N, seed, 7)
  const pool = values(t, 4 * N, seed + 1, 5)
  const r = rng(seed + 2)
  let at = 0
  return flat.map((v, i) => {
    const len = Math.floor(r() * 4)
    const l = i % 11 === 3 ? null : pool.slice(at, at + len)
    at += len
    return { v, l }
  })
}

describe('writeRows → readRows', () => {
  it.each(cases.map((c) => [`${c.t.name} ${c.encoding} ${c.codec} v${c.version}`, c] as const))('%s', async (_, c) => {
    const rows = rowsOf(c.t, c.t.name.length * 1000 + c.version)
    const bytes = await writeRows(rows, {
      schema: { v: c.t.field({ optional: true }), l: list(c.t.field({ optional: true }), { optional: true }) },
      encodings: { v: c.encoding, l: c.encoding },
      compression: c.codec,
      pageVersion: c.version,
      pageRows: 40,
      rowGroupSize: 100,
    })
    const back = await readRows(bytes)
    expect(back).toEqual(rows)
    const meta = await readMetadata(bytes)
    const encodings = meta.fileMetaData.row_groups[0]!.columns[0]!.meta_data!.encodings.map((e) => EncodingNames[e])
    expect(encodings).toContain(c.encoding)
    expect(meta.fileMetaData.row_groups.length).toBe(2)
  })
})
