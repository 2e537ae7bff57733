/**
 * bench/RESULTS.md from the measurements: the machine and versions, one
 * table per data set, parquet-ts against each peer doing the same kind of
 * operation, and the scaling of parquet-ts with the row count.
 */
import type { Dataset } from './datasets.js'
import type { Task, TaskResult } from './task.js'

export interface Measured {
  task: Task
  result: TaskResult
}

export interface ReportInput {
  date: string
  machine: { cpu: string; cores: number; memoryGiB: number; os: string }
  node: string
  versions: Record<string, string>
  commit: string
  notes: string[]
  datasets: Dataset[]
  fileBytes: Record<string, number>
  measured: Measured[]
  elapsedS: number
}

export interface Ratio {
  dataset: string
  ours: string
  peer: string
  /** Peer median / parquet-ts median (wall clock): above 1 parquet-ts is faster. */
  ratio: number
  /** The same with CPU time (less disturbed by other load on the machine). */
  cpuRatio: number
  /** parquet-ts peak RSS / the peer's. */
  rssRatio: number
}

/** Whether a peer measurement does the same work as ours: the same kind, or Arrow/DuckDB columnar reads (dates as days) for `columns-days`. */
function comparable(ours: Task, peer: Task): boolean {
  if (peer.lib === 'parquet-ts' || peer.dataset !== ours.dataset) return false
  if (ours.kind === 'columns-days') return peer.kind === 'columns' && (peer.lib === 'parquet-wasm' || peer.lib === 'duckdb')
  return peer.kind === ours.kind
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`
  return ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`
}

function formatBytes(n: number): string {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} kB`
}

function valid(m: Measured): boolean {
  return m.result.times.length > 0 && !m.result.error && !m.result.na
}

function status(r: TaskResult): string {
  if (r.na) return `n/a: ${r.na}`
  if (r.error) return `error: ${r.error}`
  return ''
}

function row(m: Measured): string {
  const r = m.result
  const lib = m.task.lib === 'parquet-ts' ? '**parquet-ts**' : m.task.lib === 'parquetjs' ? '@dsnp/parquetjs' : m.task.lib
  if (!valid(m)) return `| ${lib} | ${m.task.label} | n/a | | | | | | | ${status(r).replaceAll('|', '/')} |`
  const t = r.times
  const range = `${formatMs(Math.min(...t))} – ${formatMs(Math.max(...t))}`
  const out = r.outBytes !== undefined ? formatBytes(r.outBytes) : ''
  const rows = r.rows !== undefined ? r.rows.toLocaleString('en-US') : ''
  const cpu = r.cpuTimes.length ? formatMs(median(r.cpuTimes)) : ''
  const load = r.load === undefined ? '' : r.load.toFixed(1)
  return `| ${lib} | ${m.task.label} | ${formatMs(median(t))} | ${range} | ${t.length} | ${cpu} | ${(r.maxRssKb / 1024).toFixed(0)} MB | ${out} | ${load} | ${rows} |`
}

function datasetTable(d: Dataset, measured: Measured[], fileBytes: number): string[] {
  const mine = measured.filter((m) => m.task.dataset === d.name)
  if (mine.length === 0) return []
  return [
    `### ${d.name}`,
    '',
    `${d.description}. ${d.rows.toLocaleString('en-US')} rows, ${d.columns} columns, ${d.codec}, ${formatBytes(fileBytes)}.`,
    '',
    '| library | operation | median | min – max | runs | CPU median | peak RSS | output | load | rows / note |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...mine.map(row),
    '',
  ]
}

/** A peer operation with its library's name in front. */
function peerLabel(task: Task): string {
  const lib = task.lib === 'parquetjs' ? '@dsnp/parquetjs' : task.lib
  return task.label.startsWith(task.lib) ? task.label : `${lib} ${task.label}`
}

/** parquet-ts against every peer measurement of the same kind on the same data set. */
export function ratios(measured: Measured[]): Ratio[] {
  const out: Ratio[] = []
  const ok = measured.filter(valid)
  for (const ours of ok.filter((m) => m.task.lib === 'parquet-ts')) {
    for (const peer of ok) {
      if (!comparable(ours.task, peer.task)) continue
      out.push({
        dataset: ours.task.dataset, ours: ours.task.label, peer: peerLabel(peer.task),
        ratio: median(peer.result.times) / median(ours.result.times),
        cpuRatio: median(peer.result.cpuTimes) / median(ours.result.cpuTimes),
        rssRatio: ours.result.maxRssKb / peer.result.maxRssKb,
      })
    }
  }
  return out
}

export function ratioText(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a'
  if (ratio >= 1) return `${ratio.toFixed(1)}× faster`
  return `${(1 / ratio).toFixed(1)}× slower`
}

function rssText(ratio: number): string {
  return Number.isFinite(ratio) && ratio > 0 ? `${(ratio * 100).toFixed(0)}%` : 'n/a'
}

export function ratioTable(list: Ratio[]): string[] {
  return [
    '| data set | parquet-ts | peer | parquet-ts is (wall) | (CPU time) | peak RSS, % of peer |',
    '| --- | --- | --- | ---: | ---: | ---: |',
    ...list.map((r) => `| ${r.dataset} | ${r.ours} | ${r.peer} | ${ratioText(r.ratio)} | ${ratioText(r.cpuRatio)} | ${rssText(r.rssRatio)} |`),
  ]
}

const SCALING = [['lineitem-500k', 500_000], ['lineitem-1m', 1_000_000], ['lineitem-snappy', 2_000_000]] as const

function scalingTable(measured: Measured[]): string[] {
  const labels = ['readRows', 'readColumns', 'writeRows', 'writeColumns']
  const cell = (dataset: string, label: string, rows: number): string => {
    const m = measured.find((x) => x.task.dataset === dataset && x.task.lib === 'parquet-ts' && x.task.label === label)
    if (!m || !valid(m)) return 'n/a'
    const ms = median(m.result.times)
    return `${formatMs(ms)} (${formatMs(ms / (rows / 1e6))}/M rows)`
  }
  return [
    '| rows | readRows | readColumns | writeRows | writeColumns |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...SCALING.map(([d, n]) => `| ${n.toLocaleString('en-US')} | ${labels.map((l) => cell(d, l, n)).join(' | ')} |`),
  ]
}

/** readColumns in 2 worker threads against the same read in one thread, per data set and options. */
function workersTable(measured: Measured[]): string[] {
  const find = (dataset: string, label: string) => measured.find((m) => m.task.dataset === dataset && m.task.lib === 'parquet-ts' && m.task.label === label)
  const rows: string[] = []
  for (const m of measured.filter((x) => x.task.kind === 'workers' && valid(x))) {
    const one = find(m.task.dataset, m.task.label.replace(', 2 workers', ''))
    if (!one || !valid(one)) continue
    const speedup = median(one.result.times) / median(m.result.times)
    const cpu = median(m.result.cpuTimes) / median(one.result.cpuTimes)
    rows.push(`| ${m.task.dataset} | ${one.task.label} | ${formatMs(median(one.result.times))} | ${formatMs(median(m.result.times))} | ${speedup.toFixed(2)}× | ${cpu.toFixed(2)}× |`)
  }
  if (rows.length === 0) return []
  return [
    '## Parallel decode (2 worker threads)',
    '',
    '`decoder: createWorkerPool(2)` from `parquet-ts/node`: the workers split, decompress and decode column chunks; the calling',
    'thread reads, converts logical types and assembles. The pool is started once per process, outside the timed runs.',
    '',
    '| data set | operation | 1 thread | 2 workers | speed-up (wall) | CPU time, 2 workers / 1 thread |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ]
}

export function renderReport(input: ReportInput): string {
  const { machine } = input
  const lines = [
    '# parquet-ts benchmark results',
    '',
    `Made by \`npm run bench\` (bench/run.ts) on ${input.date} from the working tree at commit ${input.commit}, in ${(input.elapsedS / 60).toFixed(1)} minutes.`,
    'Re-run: `npm run bench` (about 20 minutes on 2 cores); `BENCH_QUICK=1` one run each (smoke test); `BENCH_ONLY=<regex>` only',
    'the measurements whose id (data set/library/operation) matches, merged into the last results; `npm run bench:profile` for a CPU profile.',
    '',
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(0)} GiB memory, ${machine.os}`,
    `- Node ${input.node}; ${Object.entries(input.versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    ...input.notes.map((n) => `- ${n}`),
    '',
    '## How it is measured',
    '',
    'Every (library, operation, data set) runs in a fresh `node` process (bench/runner.ts): the file is read into memory first',
    '(DuckDB reads it from the page cache), one warm-up run, then timed runs within a time budget (a GC before each, untimed).',
    'Times are wall-clock medians with the min – max of the timed runs; CPU median is the user + system time of the whole',
    'process per run (all its threads, so V8\'s GC helpers too). The machine is shared: `load` is its one-minute load average',
    'when the measurement started; above ~2 (2 cores) other work competed and wall times are inflated, CPU times much less. Peak RSS is `process.resourceUsage().maxRSS` of the',
    'process at the end, so it includes the input bytes and, for writes, the input data read beforehand. A first run of 10 s or',
    'more is kept as the one timed run instead of being repeated (the JIT warms up within it). Every read is checked',
    'to return the expected row count, and every written file is read back by DuckDB with the row count checked. DuckDB runs with `SET threads=1` and materialises into a native table; parquet-wasm',
    'reads in 65,536-row batches and converts to an apache-arrow Table; writes use snappy and 122,880-row row groups where the',
    'library has the option. n/a marks an operation a library does not have (or parquet-ts does not have yet).',
    '',
    '## parquet-ts against its peers',
    '',
    'Ratio = peer median / parquet-ts median on the same data set and kind of operation, by wall clock and by CPU time;',
    'peak RSS is parquet-ts\'s as a percentage of the peer\'s. parquet-ts, hyparquet and @dsnp/parquetjs return a DATE as a',
    "JS `Date` object (one heap object per value); an Arrow table (parquet-wasm) and DuckDB keep it as a 32-bit day number,",
    "so parquet-ts's `readColumns` with `dates: 'number'` (an `Int32Array` of days) is also compared with those two.",
    '',
    ...ratioTable(ratios(input.measured)),
    '',
    ...workersTable(input.measured),
    '## Scaling (lineitem-like, snappy)',
    '',
    ...scalingTable(input.measured),
    '',
    '## Per data set',
    '',
    ...input.datasets.flatMap((d) => datasetTable(d, input.measured, input.fileBytes[d.name] ?? 0)),
  ]
  return `${lines.join('\n')}\n`
}
