/**
 * What the benchmark driver hands to a runner process (one library, one
 * operation, one file) and what the runner prints back as one JSON line.
 */

export type Lib = 'parquet-ts' | 'hyparquet' | 'parquet-wasm' | 'parquetjs' | 'duckdb'

/**
 * What a measurement does, so parquet-ts can be compared with peers doing the same.
 * `columns-days` is parquet-ts's columnar read with DATE kept as day numbers (`dates: 'number'`), which is how
 * an Arrow table (parquet-wasm) and DuckDB hold a DATE; it is compared with their `columns` reads. `workers` is
 * parquet-ts's readColumns decoding in a pool of worker threads, compared with its own one-thread read.
 */
export type Kind = 'rows' | 'columns' | 'columns-days' | 'workers' | 'projection' | 'filter' | 'range' | 'write-rows' | 'write-columns'

/** A comparison predicate: rows where `column` is less than / equal to `value`. */
export interface FilterSpec {
  column: string
  op: 'lt' | 'eq'
  value: number
}

export interface Task {
  id: string
  dataset: string
  file: string
  lib: Lib
  /** Key of the operation in the library module's `ops`. */
  op: string
  /** How the operation is shown in the tables. */
  label: string
  kind: Kind
  columns?: string[]
  rowStart?: number
  rowEnd?: number
  filter?: FilterSpec
  /** Rows a read must return (checked after every run). */
  expectRows: number
  /** Repository root (for dist/ and scratch files). */
  root: string
  /** Scratch file for writers that need a path. */
  outFile: string
  warmup: boolean
  maxRuns: number
  /** Timed runs stop once they would exceed this (at least one run). */
  budgetMs: number
}

export interface TaskResult {
  /** Timed runs in milliseconds (wall clock). */
  times: number[]
  /** CPU time (user + system, all threads of the process) of each timed run, ms. */
  cpuTimes: number[]
  /** One-minute load average of the machine when the measurement started (set by the driver). */
  load?: number
  /** Peak resident set size of the runner process, KiB. */
  maxRssKb: number
  /** Rows returned by reads. */
  rows?: number
  /** Bytes written by writes. */
  outBytes?: number
  /** Why the measurement does not apply (e.g. an API not there yet). */
  na?: string
  error?: string
}

/** One operation prepared in a runner: `run` is timed, `reset` and `check` are not. */
export interface Op {
  reset?(): Promise<void> | void
  run(): Promise<unknown>
  /** Rows (reads) or bytes (writes) of what `run` returned. */
  check(result: unknown): Promise<number> | number
}

export type OpFactory = (task: Task) => Promise<Op>

/** Thrown by a factory when the library cannot do the operation (shown as n/a). */
export class NotAvailable extends Error {}
