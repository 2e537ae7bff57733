/**
 * parquet-wasm operations for the runner: readParquet (batches of 65,536
 * rows) into an apache-arrow Table through IPC, and writeParquet from an
 * apache-arrow Table (IPC into wasm memory, then written; both timed).
 */
import { readFileSync } from 'node:fs'
import { type Table as ArrowTable, tableFromIPC, tableToIPC } from 'apache-arrow'
import { Compression, readParquet, Table, WriterPropertiesBuilder, writeParquet } from 'parquet-wasm/node'
import { NotAvailable, type OpFactory, type Task } from '../task.js'

function load(task: Task): Uint8Array {
  return new Uint8Array(readFileSync(task.file))
}

function read(bytes: Uint8Array, options: { columns?: string[]; offset?: number; limit?: number }): ArrowTable {
  return tableFromIPC(readParquet(bytes, { batchSize: 65536, ...options }).intoIPCStream())
}

const tableRows = (r: unknown): number => (r as ArrowTable).numRows

export const ops: Record<string, OpFactory> = {
  async read(task) {
    const bytes = load(task)
    const wanted = task.columns?.length
    return {
      run: async () => read(bytes, { columns: task.columns }),
      check(r) {
        const got = (r as ArrowTable).numCols
        if (wanted && got !== wanted) throw new NotAvailable(`readParquet ignores the columns option (returned ${got} columns)`)
        return tableRows(r)
      },
    }
  },
  async range(task) {
    const bytes = load(task)
    const offset = task.rowStart ?? 0
    return { run: async () => read(bytes, { offset, limit: (task.rowEnd ?? 0) - offset }), check: tableRows }
  },
  async write(task) {
    const table = read(load(task), {})
    const props = () => new WriterPropertiesBuilder().setCompression(Compression.SNAPPY).setMaxRowGroupSize(122880).build()
    return {
      run: async () => writeParquet(Table.fromIPCStream(tableToIPC(table, 'stream')), props()),
      check: (r) => (r as Uint8Array).length,
    }
  },
}
