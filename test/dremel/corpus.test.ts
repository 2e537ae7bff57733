/**
 * Assembly over real nested files of the parquet-testing corpus: column chunks
 * are decoded with src/column (others' code) and assembled with assembleRows.
 * Expected values come from FACTS.md and from an independent reader
 * (parquet-wasm, i.e. the Rust parquet crate, through apache-arrow), whose
 * Arrow values are converted to this library's shapes (maps as [key, value]
 * entries).
 */
import { readFileSync } from 'node:fs'
import { DataType, type Field as ArrowField, tableFromIPC } from 'apache-arrow'
import { readParquet } from 'parquet-wasm/node'
import { describe, expect, it } from 'vitest'
import { readColumnChunk } from '../../src/column/column-read.js'
import { assembleRows, type LeafData } from '../../src/dremel/assemble.js'
import { shredRows } from '../../src/dremel/shred.js'
import { isParquetError } from '../../src/errors.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import type { SchemaNode } from '../../src/metadata/schema.js'
import { corpusFile } from '../corpus.js'

const load = (rel: string) => new Uint8Array(readFileSync(corpusFile(rel)))

function plainValues(column: SchemaNode, values: unknown): unknown[] {
  const list = Array.from(values as ArrayLike<unknown>)
  return column.physicalType === 'BOOLEAN' ? list.map((v) => v === 1) : list
}

/** Each row group's decoded leaf columns (by column index) and the file's schema. */
async function ourLeaves(rel: string) {
  const bytes = load(rel)
  const meta = await readMetadata(bytes)
  const groups: { numRows: number; leaves: LeafData[] }[] = []
  for (const rg of meta.rowGroups) {
    const leaves: LeafData[] = []
    for (const info of rg.columns) {
      const strings = info.column.logicalType?.type === 'STRING'
      const data = await readColumnChunk(bytes.subarray(info.start, info.end), info, rg, { strings })
      leaves[info.column.columnIndex] = { ...data, values: plainValues(info.column, data.values) }
    }
    groups.push({ numRows: rg.numRows, leaves })
  }
  return { schema: meta.schema, groups }
}

/** Every row of the file, read through src/column and src/dremel. */
async function ourRows(rel: string): Promise<Record<string, unknown>[]> {
  const { schema, groups } = await ourLeaves(rel)
  const rows: Record<string, unknown>[] = []
  for (const g of groups) for (const row of assembleRows(schema, g.leaves, { numRows: g.numRows })) rows.push(row)
  return rows
}

const levels = (a: ArrayLike<number> | undefined, n: number) => Array.from({ length: n }, (_, i) => a?.[i] ?? 0)

function fromArrow(type: DataType, v: unknown): unknown {
  if (v === null || v === undefined) return null
  if (DataType.isStruct(type)) {
    const out: Record<string, unknown> = {}
    for (const f of type.children as ArrowField[]) out[f.name] = fromArrow(f.type, (v as Record<string, unknown>)[f.name])
    return out
  }
  if (DataType.isMap(type)) {
    const [k, x] = (type.children[0]!.type as DataType).children as ArrowField[]
    const out: unknown[] = []
    for (const [key, value] of v as Iterable<[unknown, unknown]>) out.push([fromArrow(k!.type, key), fromArrow(x!.type, value)])
    return out
  }
  if (DataType.isList(type)) {
    const vec = v as { length: number; get(i: number): unknown }
    const out: unknown[] = []
    for (let i = 0; i < vec.length; i++) out.push(fromArrow(type.children[0]!.type, vec.get(i)))
    return out
  }
  return v
}

/** Every row of the file as read by parquet-wasm + apache-arrow. */
function oracleRows(rel: string): Record<string, unknown>[] {
  const table = tableFromIPC(readParquet(load(rel)).intoIPCStream())
  const rows: Record<string, unknown>[] = []
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {}
    for (const f of table.schema.fields) row[f.name] = fromArrow(f.type, table.getChild(f.name)!.get(i))
    rows.push(row)
  }
  return rows
}

describe('nested corpus files', () => {
  it('old_list_structure.parquet: [[1, 2], [3, 4]] (FACTS.md)', async () => {
    expect(await ourRows('data/old_list_structure.parquet')).toEqual([{ a: [[1, 2], [3, 4]] }])
  })

  it('null_list.parquet: one row with an empty list (FACTS.md)', async () => {
    expect(await ourRows('data/null_list.parquet')).toEqual([{ emptylist: [] }])
  })

  it.each([
    'data/nested_maps.snappy.parquet',
    'data/nested_lists.snappy.parquet',
    'data/nullable.impala.parquet',
    'data/nonnullable.impala.parquet',
    'data/list_columns.parquet',
    'data/incorrect_map_schema.parquet',
    'data/old_list_structure.parquet',
    'data/repeated_primitive_no_list.parquet',
  ])('%s matches parquet-wasm', async (rel) => {
    const ours = await ourRows(rel)
    expect(ours.length).toBeGreaterThan(0)
    expect(ours).toEqual(oracleRows(rel))
  })

  it.each([
    'data/nested_maps.snappy.parquet',
    'data/nested_lists.snappy.parquet',
    'data/nullable.impala.parquet',
    'data/nonnullable.impala.parquet',
    'data/list_columns.parquet',
    'data/old_list_structure.parquet',
    'data/repeated_primitive_no_list.parquet',
    'data/map_no_value.parquet',
  ])('%s: shredding the rows again gives the levels the file holds', async (rel) => {
    const { schema, groups } = await ourLeaves(rel)
    for (const g of groups) {
      const shredded = shredRows(schema, assembleRows(schema, g.leaves))
      for (const col of shredded) {
        const file = g.leaves[col.column.columnIndex]!
        expect(col.numLevels).toBe(file.numLevels)
        expect(levels(col.definitionLevels, col.numLevels)).toEqual(levels(file.definitionLevels, file.numLevels))
        expect(levels(col.repetitionLevels, col.numLevels)).toEqual(levels(file.repetitionLevels, file.numLevels))
        expect(col.values).toEqual(file.values)
      }
    }
  })

  it('map_no_value.parquet: the map without values keeps its keys', async () => {
    const ours = await ourRows('data/map_no_value.parquet')
    const oracle = oracleRows('data/map_no_value.parquet')
    expect(ours.map((r) => r.my_map)).toEqual(oracle.map((r) => r.my_map))
    expect(ours.map((r) => r.my_list)).toEqual(oracle.map((r) => r.my_list))
    // Arrow reads a value-less map as a list of its keys; here it is [key, null] entries.
    expect(ours.map((r) => (r.my_map_no_v as [unknown, unknown][]).map((e) => e[0]))).toEqual(oracle.map((r) => r.my_map_no_v))
    expect(ours.every((r) => (r.my_map_no_v as [unknown, unknown][]).every((e) => e[1] === null))).toBe(true)
  })
})

describe('corrupt corpus files', () => {
  it('ARROW-GH-45185.parquet: repetition levels starting with 1 are LEVELS_INVALID', async () => {
    const err = await ourRows('bad_data/ARROW-GH-45185.parquet').catch((e: unknown) => e)
    expect(isParquetError(err)).toBe(true)
    expect(err).toMatchObject({ code: 'LEVELS_INVALID', context: { column: 'x.list.element' } })
  })

  it('ARROW-GH-47662.parquet: a required column holding nulls is a ParquetError', async () => {
    const err = await ourRows('bad_data/ARROW-GH-47662.parquet').catch((e: unknown) => e)
    // The page decoder already finds fewer values than the levels need; the
    // same situation in memory is LEVELS_INVALID (corrupt.test.ts).
    expect(isParquetError(err)).toBe(true)
    expect(['LEVELS_INVALID', 'ENCODING_INVALID', 'PAGE_INVALID']).toContain((err as { code: string }).code)
  })
})
