/**
 * Logical type mapping over corpus files: column chunks are decoded with
 * src/column (others' code), converted with toJsValues, and compared with
 * FACTS.md and with DuckDB (an independent reader) queried at test time.
 */
import { readFileSync } from 'node:fs'
import { DuckDBInstance } from '@duckdb/node-api'
import { describe, expect, it } from 'vitest'
import { readColumnChunk } from '../../src/column/column-read.js'
import { isStringColumn, toJsValues, type ValueOptions } from '../../src/logical/to-js.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { corpusFile } from '../corpus.js'

/** The non-null values of column `name` over all row groups, as JS values. */
async function ourValues(rel: string, name: string, options: ValueOptions = {}): Promise<unknown[]> {
  const bytes = new Uint8Array(readFileSync(corpusFile(rel)))
  const meta = await readMetadata(bytes)
  const out: unknown[] = []
  for (const rg of meta.rowGroups) {
    const info = rg.columns.find((c) => c.column.path.join('.') === name)!
    const data = await readColumnChunk(bytes.subarray(info.start, info.end), info, rg, { strings: isStringColumn(info.column, options) })
    out.push(...Array.from(toJsValues(data.values, data.numValues, info.column, options)))
  }
  return out
}

/** DuckDB's answer for `expr` over the non-null values of `column`, in file order. */
async function duck(rel: string, expr: string, column: string): Promise<unknown[]> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' })
  const con = await instance.connect()
  const path = corpusFile(rel).replace(/'/g, "''")
  const reader = await con.runAndReadAll(`SELECT ${expr} FROM read_parquet('${path}') WHERE "${column}" IS NOT NULL`)
  const rows = reader.getRows().map((r) => r[0])
  con.closeSync()
  return rows
}

describe('DECIMAL files against DuckDB', () => {
  const files: [string, number][] = [
    ['data/int32_decimal.parquet', 4], // DECIMAL(4,2) on INT32
    ['data/int64_decimal.parquet', 10], // DECIMAL(10,2) on INT64
    ['data/byte_array_decimal.parquet', 4], // DECIMAL(4,2) on BYTE_ARRAY
    ['data/fixed_length_decimal.parquet', 25], // DECIMAL(25,2) on FIXED_LEN_BYTE_ARRAY(11)
    ['data/fixed_length_decimal_legacy.parquet', 13], // DECIMAL(13,2) ConvertedType on FIXED_LEN_BYTE_ARRAY(6)
  ]
  it.each(files)('%s (precision %i)', async (rel, precision) => {
    const expected = (await duck(rel, 'CAST(value AS VARCHAR)', 'value')) as string[]
    expect(expected.length).toBeGreaterThan(0)
    expect(await ourValues(rel, 'value', { decimals: 'string' })).toEqual(expected)
    const auto = await ourValues(rel, 'value')
    expect(auto).toEqual(precision <= 15 ? expected.map(Number) : expected)
  })
})

describe('INT96 against DuckDB', () => {
  it('alltypes_plain.parquet timestamp_col as epoch nanoseconds', async () => {
    const rel = 'data/alltypes_plain.parquet'
    const micros = (await duck(rel, 'epoch_us(timestamp_col)', 'timestamp_col')) as bigint[]
    expect(await ourValues(rel, 'timestamp_col')).toEqual(micros.map((us) => us * 1000n))
    const dates = (await ourValues(rel, 'timestamp_col', { timestamps: 'date' })) as Date[]
    expect(dates.map((d) => d.getTime())).toEqual(micros.map((us) => Number(us / 1000n)))
  })

  it('int96_from_spark.parquet keeps values beyond 64-bit nanoseconds', async () => {
    const rel = 'data/int96_from_spark.parquet'
    const ours = (await ourValues(rel, 'a')) as bigint[]
    // DuckDB computes in 64-bit microseconds: compare the values it can represent.
    const text = (await duck(rel, 'CAST(a AS VARCHAR)', 'a')) as string[]
    const micros = (await duck(rel, 'epoch_us(a)', 'a')) as bigint[]
    expect(ours).toHaveLength(micros.length)
    expect(text.slice(0, 4)).toEqual(['2024-01-01 20:34:56.123456', '2024-01-01 01:00:00', '9999-12-31 03:00:00', '2024-12-30 23:00:00'])
    expect(ours.slice(0, 4)).toEqual(micros.slice(0, 4).map((us) => us * 1000n))
    // FACTS.md: some values are outside the range of 64-bit nanoseconds.
    expect(ours[2]! > 2n ** 63n).toBe(true)
    expect(ours[4]! < -(2n ** 63n)).toBe(true)
    const dates = (await ourValues(rel, 'a', { timestamps: 'date' })) as Date[]
    expect(dates[2]!.toISOString()).toBe('9999-12-31T03:00:00.000Z')
    expect(dates[4]!.getTime()).toBeNaN() // beyond the Date range
  })
})

describe('FLOAT16 files (FACTS.md)', () => {
  it('float16_nonzeros_and_nans.parquet', async () => {
    const values = (await ourValues('data/float16_nonzeros_and_nans.parquet', 'x')) as number[]
    // FACTS.md: [null, 1.0, -2.0, NaN, 0.0, -1.0, -0.0, 2.0]; the null is not among the dense values.
    expect(Array.from(values)).toEqual([1, -2, Number.NaN, 0, -1, -0, 2])
    expect(Object.is(values[5], -0)).toBe(true)
    expect(Object.is(values[3], 0)).toBe(true)
  })

  it('float16_zeros_and_nans.parquet', async () => {
    expect(Array.from((await ourValues('data/float16_zeros_and_nans.parquet', 'x')) as number[])).toEqual([0, Number.NaN])
  })
})

describe('unknown logical type (FACTS.md, DuckDB)', () => {
  it('reads the column with an unknown type as its physical type', async () => {
    const rel = 'data/unknown-logical-type.parquet'
    const bytes = (await ourValues(rel, 'column with unknown type')) as Uint8Array[]
    const expected = (await duck(rel, 'hex("column with unknown type")', 'column with unknown type')) as string[]
    expect(bytes.map((b) => Buffer.from(b).toString('hex').toUpperCase())).toEqual(expected)
    const known = await duck(rel, 'CAST("column with known type" AS VARCHAR)', 'column with known type')
    expect(await ourValues(rel, 'column with known type')).toEqual(known)
  })
})
