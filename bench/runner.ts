/**
 * One benchmark measurement in a fresh process: `node runner.js '<task JSON>'`.
 * Loads only the library named by the task, runs the operation once to warm
 * up (a first run of 10 s or more is kept as the only timed run instead), then
 * times runs within the task's budget, checks each result and prints one JSON
 * line (TaskResult) with the times and the peak RSS.
 */
import { writeFileSync } from 'node:fs'
import { NotAvailable, type Op, type OpFactory, type Task, type TaskResult } from './task.js'

/** A first run at least this long is the measurement itself (not a warm-up to discard). */
const LONG_RUN_MS = 10_000

async function factory(task: Task): Promise<OpFactory | undefined> {
  switch (task.lib) {
    case 'parquet-ts': return (await import('./libs/parquet-ts.js')).ops[task.op]
    case 'hyparquet': return (await import('./libs/hyparquet.js')).ops[task.op]
    case 'parquet-wasm': return (await import('./libs/parquet-wasm.js')).ops[task.op]
    case 'parquetjs': return (await import('./libs/parquetjs.js')).ops[task.op]
    case 'duckdb': return (await import('./libs/duckdb.js')).ops[task.op]
  }
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
}

/** One timed run; returns the time and what `check` counted. */
async function once(task: Task, op: Op): Promise<{ ms: number; cpuMs: number; count: number }> {
  await op.reset?.()
  collect()
  const cpu = process.cpuUsage()
  const started = performance.now()
  let result: unknown = await op.run()
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const count = await op.check(result)
  save(task, result)
  result = undefined
  return { ms, cpuMs: (used.user + used.system) / 1000, count }
}

/** A write's bytes go to the task's scratch file, for the driver to check with DuckDB. */
function save(task: Task, result: unknown): void {
  if (!task.kind.startsWith('write')) return
  if (result instanceof Uint8Array) writeFileSync(task.outFile, result)
  else if (result instanceof ArrayBuffer) writeFileSync(task.outFile, new Uint8Array(result))
}

function verify(task: Task, count: number, out: TaskResult): void {
  if (task.kind.startsWith('write')) {
    out.outBytes = count
    return
  }
  out.rows = count
  if (count !== task.expectRows) throw new Error(`returned ${count} rows, expected ${task.expectRows}`)
}

async function measure(task: Task, out: TaskResult): Promise<void> {
  const make = await factory(task)
  if (!make) throw new NotAvailable(`no operation '${task.op}' for ${task.lib}`)
  const op = await make(task)
  let runs = task.maxRuns
  if (task.warmup) {
    const first = await once(task, op)
    verify(task, first.count, out)
    // A run this long warms the JIT within itself: it is timed rather than repeated.
    if (first.ms >= LONG_RUN_MS) {
      out.times.push(first.ms)
      out.cpuTimes.push(first.cpuMs)
      return
    }
    runs = Math.max(Math.min(2, task.maxRuns), Math.min(task.maxRuns, Math.floor(task.budgetMs / Math.max(first.ms, 1))))
  }
  for (let i = 0; i < runs; i++) {
    const { ms, cpuMs, count } = await once(task, op)
    verify(task, count, out)
    out.times.push(ms)
    out.cpuTimes.push(cpuMs)
  }
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2] ?? '{}') as Task
  const out: TaskResult = { times: [], cpuTimes: [], maxRssKb: 0 }
  try {
    await measure(task, out)
  } catch (e) {
    if (e instanceof NotAvailable) out.na = e.message
    else out.error = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : String(e)
  }
  out.maxRssKb = process.resourceUsage().maxRSS
  process.stdout.write(`\n${JSON.stringify(out)}\n`)
}

await main()
// Some libraries keep handles open (DuckDB, wasm); stdout to a pipe is synchronous on Linux, so exiting loses nothing.
process.exit(0)
