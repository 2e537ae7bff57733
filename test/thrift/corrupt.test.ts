/**
 * Footers that are odd or broken: an unknown LogicalType member, the
 * PARQUET-1481 bad file, and seeded random mutations of real footers. Every
 * outcome must be a value or a ParquetError, nothing else.
 */
import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { isParquetError } from '../../src/errors.js'
import { readFileMetaData } from '../../src/format/parquet-footer.gen.js'
import { fileBytes, footerOf } from './footer.js'
import { loadIdl, makeReferenceWalker } from './reference-walk.js'
import { prng } from '../helpers/prng.js'

const walker = makeReferenceWalker(loadIdl())

describe('unknown-logical-type.parquet', () => {
  const footer = footerOf(fileBytes('data/unknown-logical-type.parquet'))
  const meta = readFileMetaData(makeCursor(footer))
  const ref = walker.decode('FileMetaData', footer).value as { schema: { logicalType?: { unknown?: number } }[] }

  it('keeps the unknown LogicalType member as its field id', () => {
    const refUnknown = ref.schema.map((s) => s.logicalType?.unknown).filter((x) => x !== undefined)
    expect(refUnknown).toHaveLength(1)
    const ours = meta.schema.filter((s) => s.logicalType?.unknown !== undefined)
    expect(ours.map((s) => s.logicalType!.unknown)).toEqual(refUnknown)
    expect(ours[0]!.logicalType).toEqual({ unknown: refUnknown[0] })
  })

  it('decodes the rest of the footer', () => {
    expect(meta.schema.map((s) => s.name)).toEqual(['schema', 'column with known type', 'column with unknown type'])
    expect(meta.schema[1]!.logicalType).toEqual({ STRING: {} })
    expect(meta.row_groups[0]!.columns).toHaveLength(2)
  })
})

describe('bad_data/PARQUET-1481.parquet', () => {
  it('decodes at the Thrift level; the schema holds an invalid physical type', () => {
    // The corruption is a Type value no spec version defines; rejecting it is the metadata layer's job.
    const meta = readFileMetaData(makeCursor(footerOf(fileBytes('bad_data/PARQUET-1481.parquet'))))
    const types = meta.schema.map((s) => s.type).filter((t) => t !== undefined)
    expect(types.some((t) => t! < 0 || t! > 7)).toBe(true)
  })
})

function mutate(src: Uint8Array, rand: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(rand() * n)
  const kind = pick(3)
  if (kind === 0) {
    const out = src.slice()
    for (let i = 0, n = 1 + pick(4); i < n; i++) out[pick(out.length)]! ^= 1 << pick(8)
    return out
  }
  if (kind === 1) return src.slice(0, pick(src.length))
  const out = src.slice()
  const at = pick(out.length)
  const varint = [0xff, 0xff, 0xff, 0xff, 0x0f, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]
  const len = 1 + pick(varint.length)
  for (let i = 0; i < len && at + i < out.length; i++) out[at + i] = i === len - 1 ? varint[i]! & 0x7f : varint[i]!
  return out
}

describe('mutated footers', () => {
  it('300 seeded mutations each decode or throw a ParquetError', () => {
    const sources = [
      'data/alltypes_plain.parquet',
      'data/nested_structs.rust.parquet',
      'data/datapage_v2.snappy.parquet',
      'data/geospatial/geospatial.parquet',
      'data/column_chunk_key_value_metadata.parquet',
    ].map((f) => footerOf(fileBytes(f)))
    const rand = prng(20240611)
    const outcomes = { ok: 0, errors: new Map<string, number>() }
    for (let i = 0; i < 300; i++) {
      const bytes = mutate(sources[i % sources.length]!, rand)
      try {
        readFileMetaData(makeCursor(bytes))
        outcomes.ok++
      } catch (e) {
        if (!isParquetError(e)) throw new Error(`mutation ${i}: non-ParquetError ${String(e)}`)
        outcomes.errors.set(e.code, (outcomes.errors.get(e.code) ?? 0) + 1)
      }
    }
    expect(outcomes.errors.get('THRIFT_EOF')).toBeGreaterThan(0)
    expect(outcomes.ok + [...outcomes.errors.values()].reduce((a, b) => a + b, 0)).toBe(300)
  })
})
