/**
 * The benchmark data sets, made with DuckDB from seeded expressions (hash(i),
 * i % k) so every run writes the same values. Files go to bench/data/
 * (git-ignored) and are skipped when present. Every file uses DuckDB's
 * Parquet writer with 122,880-row row groups.
 */
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { DuckDBInstance } from '@duckdb/node-api'

export interface Dataset {
  /** Key used in task lists and tables, e.g. 'lineitem-snappy'. */
  name: string
  file: string
  rows: number
  columns: number
  codec: string
  description: string
}

/** Rows of the lineitem-like table at full size (the scaling table uses 1/4 and 1/2). */
export const LINEITEM_ROWS = 2_000_000

/** 15 columns like TPC-H lineitem: sorted int64 keys, int32 ids, doubles, 3–7-value strings, dates, 10–40-char text. */
function lineitemSql(rows: number): string {
  return `select
    (i // 4)::bigint as l_orderkey,
    (hash(i, 1) % 200000)::int as l_partkey,
    (hash(i, 2) % 10000)::int as l_suppkey,
    (i % 4 + 1)::int as l_linenumber,
    (hash(i, 3) % 50 + 1)::double as l_quantity,
    ((hash(i, 4) % 10000000) / 100.0)::double as l_extendedprice,
    ((hash(i, 5) % 11) / 100.0)::double as l_discount,
    ((hash(i, 6) % 9) / 100.0)::double as l_tax,
    ['A', 'N', 'R'][(hash(i, 7) % 3)::int + 1] as l_returnflag,
    date '1992-01-01' + (hash(i, 8) % 2500)::int as l_shipdate,
    date '1992-01-01' + (hash(i, 9) % 2500)::int as l_commitdate,
    date '1992-01-01' + (hash(i, 10) % 2500)::int as l_receiptdate,
    ['DELIVER IN PERSON', 'COLLECT COD', 'NONE', 'TAKE BACK RETURN'][(hash(i, 11) % 4)::int + 1] as l_shipinstruct,
    ['AIR', 'FOB', 'MAIL', 'RAIL', 'REG AIR', 'SHIP', 'TRUCK'][(hash(i, 12) % 7)::int + 1] as l_shipmode,
    substr(md5(i::varchar) || md5((i + 7)::varchar), 1, 10 + (hash(i, 13) % 31)::int) as l_comment
  from range(${rows}) t(i)`
}

/** Lists of strings (10% null lists), a struct of two doubles, a map string→int, a list of doubles. */
function nestedSql(rows: number): string {
  return `select
    i::bigint as id,
    case when hash(i, 1) % 10 = 0 then null
      else list_transform(range((hash(i, 2) % 5)::bigint), lambda x: 'tag' || ((i + x) % 100)::varchar) end as tags,
    {'x': ((hash(i, 3) % 100000) / 100.0)::double, 'y': ((hash(i, 4) % 100000) / 100.0)::double} as point,
    map_from_entries(list_transform(range((hash(i, 5) % 4)::bigint), lambda x: {'k': 'key' || x::varchar, 'v': ((i * 7 + x) % 1000)::int})) as attrs,
    list_transform(range((hash(i, 6) % 6)::bigint), lambda x: ((hash(i, x) % 10000) / 10.0)::double) as scores
  from range(${rows}) t(i)`
}

/** One wide-table column of kind c % 8 (ints, doubles, strings, dates, booleans; some nullable). */
function wideColumn(c: number): string {
  const h = `hash(i, ${c + 100})`
  switch (c % 8) {
    case 0: return `(${h} % 1000000)::int as c${c}`
    case 1: return `(${h} % 1000000000000)::bigint as c${c}`
    case 2: return `((${h} % 1000000) / 1000.0)::double as c${c}`
    case 3: return `['red', 'green', 'blue', 'cyan', 'magenta'][(${h} % 5)::int + 1] as c${c}`
    case 4: return `substr(md5((i * ${c + 1})::varchar), 1, 8 + (${h} % 17)::int) as c${c}`
    case 5: return `date '2000-01-01' + (${h} % 9000)::int as c${c}`
    case 6: return `(${h} % 2 = 0) as c${c}`
    default: return `case when ${h} % 5 = 0 then null else (${h} % 100000)::int end as c${c}`
  }
}

function wideSql(rows: number, columns: number): string {
  return `select ${Array.from({ length: columns }, (_, c) => wideColumn(c)).join(', ')} from range(${rows}) t(i)`
}

/** A sorted id, a 30%-null int64 and a 16-value int32. */
function nullsSql(rows: number): string {
  return `select
    i::bigint as id,
    case when hash(i, 1) % 10 < 3 then null else (hash(i, 2) % 1000000000)::bigint end as v,
    (hash(i, 3) % 16)::int as cat
  from range(${rows}) t(i)`
}

interface Spec extends Dataset {
  sql: string
}

function specs(dir: string): Spec[] {
  const make = (name: string, sql: string, rows: number, columns: number, codec: string, description: string): Spec => ({
    name, sql, rows, columns, codec, description, file: `${dir}${name}.parquet`,
  })
  const lineitem = 'lineitem-like (15 columns: sorted int64 key, int32 ids, doubles, 3–7-value strings, dates, 10–40-char text)'
  return [
    make('lineitem-snappy', lineitemSql(LINEITEM_ROWS), LINEITEM_ROWS, 15, 'snappy', lineitem),
    make('lineitem-zstd', lineitemSql(LINEITEM_ROWS), LINEITEM_ROWS, 15, 'zstd', lineitem),
    make('lineitem-uncompressed', lineitemSql(LINEITEM_ROWS), LINEITEM_ROWS, 15, 'uncompressed', lineitem),
    make('nested', nestedSql(500_000), 500_000, 5, 'snappy', 'nested: list<string> with null lists, struct<x,y double>, map<string,int>, list<double>'),
    make('wide', wideSql(20_000, 400), 20_000, 400, 'snappy', 'wide: 20k rows × 400 mixed columns (int32, int64, double, strings, dates, booleans, nullable int32)'),
    make('nulls', nullsSql(5_000_000), 5_000_000, 3, 'snappy', 'nulls: 5M rows, sorted int64 id, 30%-null int64, 16-value int32'),
    make('lineitem-500k', lineitemSql(LINEITEM_ROWS / 4), LINEITEM_ROWS / 4, 15, 'snappy', `${lineitem}, 500k rows (scaling)`),
    make('lineitem-1m', lineitemSql(LINEITEM_ROWS / 2), LINEITEM_ROWS / 2, 15, 'snappy', `${lineitem}, 1M rows (scaling)`),
  ]
}

/** Makes the missing data set files (written to a temporary name, then renamed) and lists them all. */
export async function makeDatasets(dir: string, log: (line: string) => void): Promise<Dataset[]> {
  mkdirSync(dir, { recursive: true })
  const all = specs(dir)
  const missing = all.filter((s) => !existsSync(s.file))
  if (missing.length > 0) {
    const db = await DuckDBInstance.create(':memory:')
    const conn = await db.connect()
    for (const s of missing) {
      const started = performance.now()
      const tmp = `${s.file}.tmp`
      await conn.run(`copy (${s.sql}) to '${tmp}' (format parquet, compression ${s.codec}, row_group_size 122880)`)
      renameSync(tmp, s.file)
      log(`made ${s.name}: ${(statSync(s.file).size / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    }
    conn.closeSync()
  }
  return all.map(({ sql: _sql, ...d }) => d)
}
