/**
 * `npm run bench`: parquet-ts (built ESM in dist/) against hyparquet,
 * parquet-wasm, @dsnp/parquetjs and DuckDB, each measurement in a fresh
 * process. Builds dist/ when src/ is newer, compiles the runner, makes the
 * data sets, runs the plan and writes bench/RESULTS.md.
 *
 * Environment: BENCH_QUICK=1 one run per measurement, no warm-up (smoke
 * test); BENCH_ONLY=<regex> only the measurements whose id matches (results
 * merge into the last saved ones); BENCH_BUDGET_MS timed-run budget per
 * measurement (default 6000); BENCH_NO_BUILD=1 use dist/ as it is.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem, type } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DuckDBInstance } from '@duckdb/node-api'
import { build } from 'tsup'
import { type Dataset, makeDatasets } from './datasets.js'
import { filterWhere } from './libs/duckdb.js'
import { planTasks, SCENARIOS } from './plan.js'
import { formatMs, type Measured, median, ratios, ratioTable, renderReport } from './report.js'
import type { Task, TaskResult } from './task.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
const DATA = `${ROOT}/bench/data/`
const RUNNER_DIR = `${ROOT}/bench/.cache/runner`
const SAVED = `${DATA}results.json`
const quick = process.env.BENCH_QUICK === '1'
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : undefined
const notes: string[] = []

function log(line: string): void {
  process.stdout.write(`${line}\n`)
}

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/** Builds dist/ when src/ changed after it; a failed build falls back to the old dist/ (and says so). */
function ensureBuild(): void {
  const dist = `${ROOT}/dist/index.js`
  if (process.env.BENCH_NO_BUILD === '1' && existsSync(dist)) return
  if (existsSync(dist) && statSync(dist).mtimeMs >= newestMtime(`${ROOT}/src`)) return
  log('building dist/ (src/ is newer) …')
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' })
  if (r.status === 0) return
  if (!existsSync(dist)) throw new Error(`npm run build failed:\n${r.stderr}`)
  log('npm run build failed; measuring the previous dist/')
  notes.push('The build of the current src/ failed: the previous dist/ was measured.')
}

async function compileRunner(): Promise<void> {
  rmSync(RUNNER_DIR, { recursive: true, force: true })
  await build({
    entry: ['bench/runner.ts', 'bench/task.ts', 'bench/libs/*.ts'],
    outDir: RUNNER_DIR,
    format: ['esm'],
    bundle: false,
    platform: 'node',
    target: 'node20',
    silent: true,
    config: false,
    dts: false,
    sourcemap: false,
  })
}

/** Rows each filter must return, counted by DuckDB. */
async function countFilters(datasets: Dataset[]): Promise<Map<string, number>> {
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  const out = new Map<string, number>()
  for (const s of SCENARIOS) {
    const d = datasets.find((x) => x.name === s.dataset)
    if (!s.filter || !d) continue
    const reader = await conn.runAndReadAll(`select count(*)::int as n from read_parquet('${d.file}') where ${filterWhere(s.filter)}`)
    out.set(s.dataset, Number(reader.getRowObjectsJS()[0]!.n))
  }
  conn.closeSync()
  return out
}

function runTask(task: Task): TaskResult {
  const args = ['--expose-gc', '--max-old-space-size=12288', `${RUNNER_DIR}/runner.js`, JSON.stringify(task)]
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: quick ? 300_000 : 600_000, maxBuffer: 64 << 20 })
  const last = r.stdout?.trim().split('\n').pop() ?? ''
  if (last.startsWith('{')) return JSON.parse(last) as TaskResult
  const why = r.signal ? `killed by ${r.signal}${r.error ? ` (${r.error.message})` : ''}` : `exit ${r.status}`
  const err = r.stderr?.trim().split('\n').filter((l) => /Error|error/.test(l)).pop() ?? ''
  return { times: [], cpuTimes: [], maxRssKb: 0, error: `${why} ${err}`.trim().slice(0, 200) }
}

/** A write's output must read back (with DuckDB) with the data set's row count. */
async function checkWritten(m: Measured, rows: number): Promise<void> {
  if (!m.task.kind.startsWith('write') || m.result.error || m.result.na || !existsSync(m.task.outFile)) return
  const db = await DuckDBInstance.create(':memory:')
  const conn = await db.connect()
  try {
    const reader = await conn.runAndReadAll(`select count(*)::int as n from read_parquet('${m.task.outFile}')`)
    const n = Number(reader.getRowObjectsJS()[0]!.n)
    if (n !== rows) m.result.error = `the written file reads back with ${n} rows in DuckDB, expected ${rows}`
  } catch (e) {
    m.result.error = `DuckDB cannot read the written file: ${(e as Error).message.split('\n')[0]}`
  } finally {
    conn.closeSync()
    rmSync(m.task.outFile, { force: true })
  }
}

function summary(m: Measured): string {
  const r = m.result
  if (r.na) return `n/a (${r.na})`
  if (r.error) return `ERROR ${r.error}`
  return `${formatMs(median(r.times))} median of ${r.times.length} (CPU ${formatMs(median(r.cpuTimes))}, load ${r.load?.toFixed(1)}), ${(r.maxRssKb / 1024).toFixed(0)} MB RSS${r.outBytes ? `, ${(r.outBytes / 1e6).toFixed(1)} MB out` : ''}`
}

function versionOf(name: string): string {
  return (JSON.parse(readFileSync(`${ROOT}/node_modules/${name}/package.json`, 'utf8')) as { version: string }).version
}

function git(args: string[]): string {
  return spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim()
}

/** Previous results of the measurements not run this time (BENCH_ONLY), then this run's. */
function merge(current: Measured[], planned: Task[]): Measured[] {
  if (!only || !existsSync(SAVED)) return current
  const saved = JSON.parse(readFileSync(SAVED, 'utf8')) as Measured[]
  const byId = new Map(saved.map((m) => [m.task.id, m]))
  for (const m of current) byId.set(m.task.id, m)
  return planned.flatMap((t) => byId.get(t.id) ?? [])
}

async function main(): Promise<void> {
  const started = performance.now()
  ensureBuild()
  await compileRunner()
  const datasets = await makeDatasets(DATA, log)
  const settings = { root: ROOT, quick, budgetMs: Number(process.env.BENCH_BUDGET_MS ?? 6000), maxRuns: 5 }
  const planned = planTasks(datasets, await countFilters(datasets), settings)
  const tasks = planned.filter((t) => !only || only.test(t.id))
  log(`${tasks.length} measurements${quick ? ' (BENCH_QUICK: 1 run, no warm-up)' : ''}`)
  const current: Measured[] = []
  for (const [i, task] of tasks.entries()) {
    const t0 = performance.now()
    rmSync(task.outFile, { force: true })
    const load = loadavg()[0]
    const m = { task, result: { ...runTask(task), load } }
    await checkWritten(m, datasets.find((d) => d.name === task.dataset)!.rows)
    current.push(m)
    log(`[${i + 1}/${tasks.length}] ${task.id}: ${summary(m)} (${((performance.now() - t0) / 1000).toFixed(0)} s)`)
  }
  const measured = merge(current, planned)
  writeFileSync(SAVED, JSON.stringify(measured))
  if (quick) notes.push('BENCH_QUICK=1: one run per measurement without warm-up (a smoke test, not numbers to quote).')
  if (only && measured.length > current.length) {
    notes.push(`BENCH_ONLY=${only.source}: only the ${current.length} measurements matching it were run at this commit; the other ${measured.length - current.length} are kept from the previous run.`)
  }
  const report = renderReport({
    date: new Date().toISOString().slice(0, 10),
    machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: totalmem() / 2 ** 30, os: `${type()} ${release()}` },
    node: process.version,
    versions: Object.fromEntries(['hyparquet', 'hyparquet-compressors', 'hyparquet-writer', 'parquet-wasm', 'apache-arrow', '@dsnp/parquetjs', '@duckdb/node-api'].map((n) => [n, versionOf(n)])),
    commit: git(['rev-parse', '--short', 'HEAD']),
    notes,
    datasets,
    fileBytes: Object.fromEntries(datasets.map((d) => [d.name, statSync(d.file).size])),
    measured,
    elapsedS: (performance.now() - started) / 1000,
  })
  writeFileSync(`${ROOT}/bench/RESULTS.md`, report)
  log(`\n${ratioTable(ratios(measured)).join('\n')}\n\nwrote bench/RESULTS.md in ${((performance.now() - started) / 60000).toFixed(1)} min`)
}

await main()
