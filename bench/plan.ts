/**
 * The list of measurements: which library does which operation on which
 * data set. parquet-ts does every operation; each peer does the ones its API
 * has, under the same kind so the report can compare them.
 */
import type { Dataset } from './datasets.js'
import type { FilterSpec, Kind, Lib, Task } from './task.js'

export interface PlanSettings {
  root: string
  quick: boolean
  /** Budget for the timed runs of one measurement, ms. */
  budgetMs: number
  maxRuns: number
}

/** Per data set: what to project, filter and cut, and whether writes are measured. */
export interface Scenario {
  dataset: string
  projection?: string[]
  filter?: FilterSpec
  range?: [number, number]
  /** The data set has DATE columns: also measure readColumns with dates as day numbers. */
  days?: boolean
  /** Also measure readColumns decoding in a pool of 2 worker threads. */
  workers?: boolean
  peers: boolean
  writes: boolean
  parquetjs: boolean
}

export const SCENARIOS: Scenario[] = [
  {
    dataset: 'lineitem-snappy', projection: ['l_orderkey', 'l_extendedprice'], filter: { column: 'l_orderkey', op: 'lt', value: 2500 },
    range: [1_000_000, 1_010_000], days: true, workers: true, peers: true, writes: true, parquetjs: true,
  },
  { dataset: 'lineitem-zstd', days: true, peers: true, writes: false, parquetjs: true },
  { dataset: 'lineitem-uncompressed', days: true, peers: true, writes: false, parquetjs: true },
  { dataset: 'nested', workers: true, peers: true, writes: true, parquetjs: true },
  { dataset: 'wide', projection: ['c0', 'c2'], peers: true, writes: true, parquetjs: true },
  { dataset: 'nulls', workers: true, filter: { column: 'cat', op: 'eq', value: 3 }, range: [2_500_000, 2_510_000], peers: true, writes: true, parquetjs: true },
  { dataset: 'lineitem-500k', peers: false, writes: true, parquetjs: false },
  { dataset: 'lineitem-1m', peers: false, writes: true, parquetjs: false },
]

type Step = [Lib, string, string, Kind]

function readSteps(s: Scenario): Step[] {
  const steps: Step[] = [
    ['parquet-ts', 'readRows', 'readRows', 'rows'],
    ['parquet-ts', 'readColumns', 'readColumns', 'columns'],
  ]
  if (s.days) steps.push(['parquet-ts', 'readColumnsDays', "readColumns (dates: 'number')", 'columns-days'])
  if (s.workers) {
    steps.push(['parquet-ts', 'readColumnsWorkers', 'readColumns, 2 workers', 'workers'])
    if (s.days) steps.push(['parquet-ts', 'readColumnsDaysWorkers', "readColumns (dates: 'number'), 2 workers", 'workers'])
  }
  if (s.projection) steps.push(['parquet-ts', 'readColumns', 'readColumns (2 columns)', 'projection'])
  if (s.filter) steps.push(['parquet-ts', 'filter', 'readRows filter', 'filter'])
  if (s.range) steps.push(['parquet-ts', 'range', 'readRows rowStart/rowEnd', 'range'])
  if (!s.peers) return steps
  steps.push(['hyparquet', 'objects', 'parquetReadObjects', 'rows'], ['hyparquet', 'columnar', 'parquetRead onChunk', 'columns'])
  if (s.projection) steps.push(['hyparquet', 'columnar', 'parquetRead onChunk (2 columns)', 'projection'])
  if (s.filter) steps.push(['hyparquet', 'filter', 'parquetReadObjects filter', 'filter'])
  if (s.range) steps.push(['hyparquet', 'range', 'parquetReadObjects rowStart/rowEnd', 'range'])
  steps.push(['parquet-wasm', 'read', 'readParquet → tableFromIPC', 'columns'])
  if (s.projection) steps.push(['parquet-wasm', 'read', 'readParquet → tableFromIPC (2 columns)', 'projection'])
  if (s.range) steps.push(['parquet-wasm', 'range', 'readParquet offset/limit → tableFromIPC', 'range'])
  if (s.parquetjs) steps.push(['parquetjs', 'cursor', 'cursor.next() every row', 'rows'])
  steps.push(['duckdb', 'read', 'CREATE TABLE AS read_parquet', 'columns'])
  if (s.projection) steps.push(['duckdb', 'read', 'CREATE TABLE AS read_parquet (2 columns)', 'projection'])
  if (s.filter) steps.push(['duckdb', 'filter', 'CREATE TABLE AS … WHERE', 'filter'])
  if (s.range) steps.push(['duckdb', 'range', 'CREATE TABLE AS … LIMIT/OFFSET', 'range'])
  return steps
}

function writeSteps(s: Scenario): Step[] {
  if (!s.writes) return []
  const steps: Step[] = [
    ['parquet-ts', 'writeRows', 'writeRows', 'write-rows'],
    ['parquet-ts', 'writeColumns', 'writeColumns', 'write-columns'],
  ]
  if (!s.peers) return steps
  return [
    ...steps,
    ['hyparquet', 'writeRows', 'hyparquet-writer parquetWriteRows', 'write-rows'],
    ['hyparquet', 'writeColumns', 'hyparquet-writer parquetWriteBuffer', 'write-columns'],
    ['parquet-wasm', 'write', 'writeParquet (Arrow table via IPC)', 'write-columns'],
    ['duckdb', 'copy', 'COPY TO (from a table in memory)', 'write-columns'],
  ]
}

function expectedRows(s: Scenario, d: Dataset, kind: Kind, filterRows: Map<string, number>): number {
  if (kind === 'filter') return filterRows.get(s.dataset) ?? -1
  if (kind === 'range' && s.range) return s.range[1] - s.range[0]
  return d.rows
}

/** Every measurement of every scenario, in run order. */
export function planTasks(datasets: Dataset[], filterRows: Map<string, number>, settings: PlanSettings): Task[] {
  const byName = new Map(datasets.map((d) => [d.name, d]))
  const tasks: Task[] = []
  for (const s of SCENARIOS) {
    const d = byName.get(s.dataset)!
    for (const [lib, op, label, kind] of [...readSteps(s), ...writeSteps(s)]) {
      tasks.push({
        id: `${s.dataset}/${lib}/${label}`,
        dataset: s.dataset, file: d.file, lib, op, label, kind,
        columns: kind === 'projection' ? s.projection : undefined,
        rowStart: kind === 'range' ? s.range?.[0] : undefined,
        rowEnd: kind === 'range' ? s.range?.[1] : undefined,
        filter: kind === 'filter' ? s.filter : undefined,
        expectRows: expectedRows(s, d, kind, filterRows),
        root: settings.root,
        outFile: `${settings.root}/bench/data/out-${process.pid}.parquet`,
        warmup: !settings.quick,
        maxRuns: settings.quick ? 1 : settings.maxRuns,
        budgetMs: settings.budgetMs,
      })
    }
  }
  return tasks
}
