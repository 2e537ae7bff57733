/**
 * DuckDB operations for the runner, single-threaded (SET threads=1): a
 * read materialises the result natively (CREATE TABLE AS SELECT … FROM
 * read_parquet), a write is COPY of a table already in memory.
 */
import { statSync } from 'node:fs'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import type { FilterSpec, Op, OpFactory, Task } from '../task.js'

async function connect(): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  await conn.run('set threads = 1')
  return conn
}

async function count(conn: DuckDBConnection): Promise<number> {
  const reader = await conn.runAndReadAll('select count(*)::int as n from t')
  return Number(reader.getRowObjectsJS()[0]!.n)
}

/** CREATE TABLE t AS `select`; t is dropped before each run. */
async function materialise(select: string): Promise<Op> {
  const conn = await connect()
  return {
    reset: () => conn.run('drop table if exists t').then(() => undefined),
    run: () => conn.run(`create table t as ${select}`),
    check: () => count(conn),
  }
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

/** The SQL condition of a filter (also used to count the rows it must return). */
export function filterWhere(f: FilterSpec): string {
  return `${quote(f.column)} ${f.op === 'lt' ? '<' : '='} ${f.value}`
}

const source = (task: Task): string => `read_parquet('${task.file}')`

export const ops: Record<string, OpFactory> = {
  read: (task) => materialise(`select ${task.columns ? task.columns.map(quote).join(', ') : '*'} from ${source(task)}`),
  filter: (task) => materialise(`select * from ${source(task)} where ${filterWhere(task.filter!)}`),
  range: (task) => materialise(`select * from ${source(task)} limit ${(task.rowEnd ?? 0) - (task.rowStart ?? 0)} offset ${task.rowStart ?? 0}`),
  async copy(task) {
    const conn = await connect()
    await conn.run(`create table t as select * from ${source(task)}`)
    return {
      run: () => conn.run(`copy t to '${task.outFile}' (format parquet, compression snappy, row_group_size 122880)`),
      check: () => statSync(task.outFile).size,
    }
  },
}
