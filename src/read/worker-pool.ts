/**
 * A ChunkDecoder backed by Node worker_threads: column chunk decoding
 * (decompression, level and value decoding) runs in `n` workers while the
 * calling thread does IO and assembly. Chunk bytes go to a worker as a
 * transferred buffer, results come back the same way. Node-only.
 */
import { Worker } from 'node:worker_threads'
import type { ColumnChunkData } from '../column/column-read.js'
import { ParquetError } from '../errors.js'
import {
  type ChunkDecoder, type ChunkTask, finishResult, type KnownStrings, ownBytes, type PostedResult, type PostedTask, reviveError, slimTask,
} from './chunk-decoder.js'

export interface WorkerPool extends ChunkDecoder {
  close(): Promise<void>
}

/** Options of createWorkerPool. */
export interface WorkerPoolOptions {
  /** The worker script (default: node-decode-worker next to this module, run through tsx when it is TypeScript). */
  script?: URL
  /**
   * Decode text that is not dictionary-encoded to strings in the workers, which
   * then post the strings (structured clone: serialized and rebuilt one by
   * one). Default false: the workers post UTF-8 bytes and offsets
   * (transferred) and the calling thread makes the strings, which costs it
   * less than receiving them. Dictionary-encoded text always comes back as
   * the dictionary and Int32Array indices, gathered in the calling thread.
   */
  textInWorkers?: boolean
  /** Extra Node flags for the workers. */
  execArgv?: string[]
}

interface Pending {
  id: number
  resolve: (data: ColumnChunkData) => void
  reject: (e: Error) => void
  task: ChunkTask
}

interface Slot {
  worker: Worker
  /** The tasks posted to the worker and not answered yet, oldest first (at most DEPTH). */
  busy: Pending[]
  dead?: boolean
}

/**
 * Tasks in flight per worker: with two, a worker starts its next chunk while
 * the calling thread is still busy with the answer to the previous one.
 */
const DEPTH = 2

interface Pool {
  slots: Slot[]
  queue: Pending[]
  textInWorkers: boolean
  /** Dictionary strings shared across chunks (see finishResult). */
  known: KnownStrings
}

/** Starts `n` decode workers. Pass the pool as the `decoder` read option; `close()` it when done. */
export function createWorkerPool(n: number, options: WorkerPoolOptions = {}): WorkerPool {
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new ParquetError('ARGUMENT_INVALID', `expected a worker count from 1 to 256, found ${n}`)
  const { script, execArgv } = workerScript(options)
  const pool: Pool = { slots: [], queue: [], textInWorkers: options.textInWorkers ?? false, known: new Map() }
  for (let i = 0; i < n; i++) pool.slots.push(startSlot(pool, script, execArgv))
  let nextId = 0
  let closed = false
  return {
    decode(task) {
      if (closed) return Promise.reject(new ParquetError('ARGUMENT_INVALID', 'expected an open worker pool, found it closed'))
      return new Promise<ColumnChunkData>((resolve, reject) => {
        pool.queue.push({ id: nextId++, resolve, reject, task })
        dispatch(pool)
      })
    },
    async close() {
      closed = true
      for (const p of pool.queue) p.reject(new ParquetError('ARGUMENT_INVALID', 'expected an open worker pool, found it closed', { column: p.task.info.path }))
      pool.queue.length = 0
      await Promise.all(pool.slots.map((s) => s.worker.terminate()))
    },
  }
}

/** Hands queued tasks to idle workers: the earliest row group first, within it the largest chunk first (so no big chunk comes last). */
function dispatch(pool: Pool): void {
  // Fill every worker to one task before any gets a second.
  for (let depth = 1; depth <= DEPTH; depth++) {
    for (const slot of pool.slots) {
      if (slot.busy.length >= depth || slot.dead || pool.queue.length === 0) continue
      let best = 0
      for (let i = 1; i < pool.queue.length; i++) if (before(pool.queue[i]!.task, pool.queue[best]!.task)) best = i
      const p = pool.queue.splice(best, 1)[0]!
      post(pool, slot, p)
    }
  }
}

function before(a: ChunkTask, b: ChunkTask): boolean {
  if (a.rowGroup.index !== b.rowGroup.index) return a.rowGroup.index < b.rowGroup.index
  return a.bytes.length > b.bytes.length
}

function post(pool: Pool, slot: Slot, p: Pending): void {
  const bytes = ownBytes(p.task.bytes)
  const slim = slimTask(p.task)
  // Text: dictionary-encoded pages come back as indices (transferred) and are gathered here; unless
  // textInWorkers, other text pages come back as UTF-8 bytes + offsets and are decoded here.
  const text = slim.options.strings
  const options = { ...slim.options, strings: text && pool.textInWorkers, keepDictionary: text }
  const posted: PostedTask = { id: p.id, task: { ...slim, options, bytes } }
  slot.busy.push(p)
  slot.worker.ref()
  slot.worker.postMessage(posted, [bytes.buffer as ArrayBuffer])
}

function workerScript(options: WorkerPoolOptions): { script: URL; execArgv: string[] } {
  // Beside this module: src/read (.ts, tests), dist/read (ESM build, .js) or dist/ (the bundled CommonJS build, .cjs).
  const ext = /\.[cm]?[jt]s$/.exec(new URL(import.meta.url).pathname)?.[0] ?? '.js'
  const script = options.script ?? new URL(`./node-decode-worker${ext}`, import.meta.url)
  return { script, execArgv: options.execArgv ?? [] }
}

/** Starts a worker on the script; a TypeScript script (tests, running from src) is loaded through tsx's loader. */
function startWorker(script: URL, execArgv: string[]): Worker {
  if (!script.pathname.endsWith('.ts')) return new Worker(script, { execArgv })
  // tsx's --import hooks do not reach a worker's entry on Node 20: register them from an eval'd bootstrap.
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const code = `import(${api}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}) })`
  return new Worker(code, { eval: true, execArgv })
}

function startSlot(pool: Pool, script: URL, execArgv: string[]): Slot {
  const worker = startWorker(script, execArgv)
  const slot: Slot = { worker, busy: [] }
  worker.on('message', (message: PostedResult) => settle(pool, slot, message))
  worker.on('error', (e) => fail(slot, e))
  worker.on('exit', () => {
    slot.dead = true
    fail(slot, new Error('decode worker exited'))
    if (pool.slots.every((x) => x.dead)) for (const p of pool.queue.splice(0)) p.reject(new ParquetError('IO_ERROR', 'expected a decode worker, all have exited', { column: p.task.info.path }))
  })
  worker.unref()
  return slot
}

function settle(pool: Pool, slot: Slot, message: PostedResult): void {
  const i = slot.busy.findIndex((x) => x.id === message.id)
  const p = i < 0 ? undefined : slot.busy.splice(i, 1)[0]!
  if (slot.busy.length === 0) slot.worker.unref()
  dispatch(pool)
  if (!p) return
  if ('error' in message) p.reject(reviveError(message.error))
  else {
    try {
      p.resolve(finishResult(message.data, p.task, pool.known))
    } catch (e) {
      p.reject(e instanceof Error ? e : new Error(String(e)))
    }
  }
}

function fail(slot: Slot, e: Error): void {
  for (const p of slot.busy.splice(0)) {
    p.reject(new ParquetError('IO_ERROR', `expected the decode worker to answer, it failed: ${e.message}`, { column: p.task.info.path }))
  }
}
