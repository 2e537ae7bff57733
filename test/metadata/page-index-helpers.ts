/**
 * Test helpers for the page index: an independent walk of a chunk's page
 * headers (which never looks at the index bytes) and DuckDB as the oracle for
 * per-page min / max / null counts and values.
 */
import { readFileSync } from 'node:fs'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { makeCursor } from '../../src/cursor.js'
import { PageType } from '../../src/format/parquet.gen.js'
import { readPageHeader } from '../../src/format/parquet-page-header.gen.js'
import { type ColumnChunkInfo, type ParquetMetadata, readMetadata } from '../../src/metadata/file-metadata.js'
import { corpusFile } from '../corpus.js'

export interface LoadedFile {
  path: string
  bytes: Uint8Array
  meta: ParquetMetadata
}

export async function loadCorpus(rel: string): Promise<LoadedFile> {
  const path = corpusFile(rel)
  const bytes = new Uint8Array(readFileSync(path))
  return { path, bytes, meta: await readMetadata(bytes) }
}

export interface WalkedPage {
  offset: number
  /** Header plus body. */
  size: number
  type: number
  /** num_values of a v1/v2 data page header. */
  numValues: number
  /** num_rows of a v2 data page header. */
  numRows?: number
}

/** Data pages of a chunk, found by reading each page header in turn from the chunk start. */
export function walkDataPages(bytes: Uint8Array, chunk: ColumnChunkInfo): WalkedPage[] {
  const cursor = makeCursor(bytes.subarray(0, chunk.end), chunk.start)
  const pages: WalkedPage[] = []
  while (cursor.offset < chunk.end) {
    const offset = cursor.offset
    const header = readPageHeader(cursor)
    cursor.offset += header.compressed_page_size
    const v1 = header.data_page_header
    const v2 = header.data_page_header_v2
    if (header.type !== PageType.DATA_PAGE && header.type !== PageType.DATA_PAGE_V2) continue
    pages.push({
      offset,
      size: cursor.offset - offset,
      type: header.type,
      numValues: (v1 ?? v2)!.num_values,
      numRows: v2?.num_rows,
    })
  }
  return pages
}

let connection: Promise<DuckDBConnection> | undefined

export function duck(): Promise<DuckDBConnection> {
  connection ??= DuckDBInstance.create(':memory:').then((db) => db.connect())
  return connection
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`
const sqlName = (s: string) => `"${s.replaceAll('"', '""')}"`

/** DuckDB's type name for a top-level column. */
async function duckType(path: string, column: string): Promise<string> {
  const con = await duck()
  const rows = (await con.runAndReadAll(`DESCRIBE SELECT ${sqlName(column)} FROM read_parquet(${sqlString(path)})`)).getRows()
  return String(rows[0]![1])
}

export interface PageStats {
  /** Hex (upper case) for BLOB columns; undefined when the page has no non-NaN values. */
  min: unknown
  max: unknown
  nulls: number
}

/**
 * DuckDB's min, max (NaN excluded) and null count of a top-level column over
 * the row ranges [starts[i], starts[i+1]) (the last one up to `numRows`).
 */
export async function duckPageStats(path: string, column: string, starts: readonly number[], numRows: number): Promise<PageStats[]> {
  const type = await duckType(path, column)
  const v = 't.v'
  const filtered = type === 'FLOAT' || type === 'DOUBLE' ? ` FILTER (WHERE NOT isnan(${v}))` : ''
  const agg = (fn: string) => (type === 'BLOB' ? `hex(${fn}(${v}))` : `${fn}(${v})${filtered}`)
  const ranges = starts.map((s, i) => `(${i}, ${s}, ${starts[i + 1] ?? numRows})`).join(', ')
  const sql = `
    WITH t AS (SELECT file_row_number AS r, ${sqlName(column)} AS v FROM read_parquet(${sqlString(path)}, file_row_number = true)),
    p(i, s, e) AS (VALUES ${ranges})
    SELECT p.i, ${agg('min')}, ${agg('max')}, count(*) - count(${v}) FROM p JOIN t ON t.r >= p.s AND t.r < p.e
    GROUP BY p.i ORDER BY p.i`
  const rows = (await (await duck()).runAndReadAll(sql)).getRows()
  return rows.map((r) => ({ min: r[1] ?? undefined, max: r[2] ?? undefined, nulls: Number(r[3]) }))
}

/** DuckDB's non-null values of a top-level column for file rows [start, end), in row order. */
export async function duckValues(path: string, column: string, start: number, end: number): Promise<unknown[]> {
  const sql = `SELECT ${sqlName(column)} FROM read_parquet(${sqlString(path)}, file_row_number = true)
    WHERE file_row_number >= ${start} AND file_row_number < ${end} AND ${sqlName(column)} IS NOT NULL ORDER BY file_row_number`
  return (await (await duck()).runAndReadAll(sql)).getRows().map((r) => r[0])
}

export const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex').toUpperCase()
