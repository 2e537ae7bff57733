/**
 * readColumns over a row group in which an optional column holds only nulls:
 * the null filler must come from the column's array type (0n in a
 * BigInt64Array), not from a first value the row group does not have.
 * Values checked against DuckDB's reading of the same DuckDB-written file.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { describe, expect, it } from 'vitest'
import { readColumns, readRows } from '../../src/index.js'

describe('readColumns with an all-null row group', () => {
  it('int64, int32, double and text columns whose second row group is all null equal DuckDB', async () => {
    const conn = await (await DuckDBInstance.create(':memory:')).connect()
    const path = join(mkdtempSync(join(tmpdir(), 'parquet-ts-allnull-')), 'allnull.parquet')
    await conn.run(`copy (select case when i < 3000 then i * 10000000000 end::bigint as big,
        case when i < 3000 then i end::integer as small, case when i < 3000 then i / 4 end::double as dbl,
        case when i < 3000 then 's' || i end as txt from range(6000) t(i) order by i)
      to '${path}' (format parquet, row_group_size 3000)`)
    const duck = (await conn.runAndReadAll(`select big::varchar as big, small, dbl, txt from read_parquet('${path}')`)).getRowObjectsJson()
    const meta = await conn.runAndReadAll(`select count(distinct row_group_id) as n from parquet_metadata('${path}')`)
    conn.closeSync()
    expect(Number(meta.getRowObjectsJson()[0]!.n)).toBe(2)
    const bytes = new Uint8Array(readFileSync(path))
    const cols = await readColumns(bytes)
    for (const r of [0, 2999, 3000, 5999]) {
      const d = duck[r]!
      expect(cols.big!.nulls?.[r] ? null : String(cols.big!.values[r])).toBe(d.big)
      expect(cols.small!.nulls?.[r] ? null : cols.small!.values[r]).toBe(d.small)
      expect(cols.dbl!.nulls?.[r] ? null : cols.dbl!.values[r]).toBe(d.dbl)
      expect(cols.txt!.nulls?.[r] ? null : cols.txt!.values[r]).toBe(d.txt)
    }
    expect(cols.big!.values).toBeInstanceOf(BigInt64Array)
    expect(cols.big!.values[4000]).toBe(0n)
    // The same rows from the second row group alone (offset) and through readRows.
    const tail = await readColumns(bytes, { rowStart: 2998, rowEnd: 3002 })
    expect(Array.from(tail.big!.values as BigInt64Array, (v, i) => (tail.big!.nulls?.[i] ? null : String(v)))).toEqual(duck.slice(2998, 3002).map((d) => d.big))
    const rows = await readRows(bytes, { rowStart: 2999, rowEnd: 3001 })
    expect(rows.map((r) => r.small)).toEqual([duck[2999]!.small, duck[3000]!.small])
  })
})
