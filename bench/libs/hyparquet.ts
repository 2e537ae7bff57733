/**
 * hyparquet operations for the runner (with hyparquet-compressors for
 * zstd & co.): parquetReadObjects (rows), parquetRead with onChunk
 * (columns), and hyparquet-writer from the columns / rows hyparquet read.
 */
import { readFileSync } from 'node:fs'
import { type ColumnData, parquetMetadata, parquetRead, parquetReadObjects } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { ByteWriter, parquetWriteBuffer, parquetWriteRows } from 'hyparquet-writer'
import type { FilterSpec, OpFactory, Task } from '../task.js'

function load(task: Task): ArrayBuffer {
  const buf = readFileSync(task.file)
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
}

const rowCount = (r: unknown): number => (r as unknown[]).length

/** Reads columns through onChunk; returns the chunks by column name. */
async function readChunks(file: ArrayBuffer, columns?: string[]): Promise<Map<string, ColumnData[]>> {
  const chunks = new Map<string, ColumnData[]>()
  await parquetRead({
    file,
    columns,
    compressors,
    onChunk(chunk) {
      const list = chunks.get(chunk.columnName)
      if (list) list.push(chunk)
      else chunks.set(chunk.columnName, [chunk])
    },
  })
  return chunks
}

function chunkRows(r: unknown): number {
  const first = [...(r as Map<string, ColumnData[]>).values()][0] ?? []
  return first.reduce((n, c) => n + (c.rowEnd - c.rowStart), 0)
}

/** Whole columns (plain arrays) from the chunks, in row order. */
function concatChunks(chunks: Map<string, ColumnData[]>): { name: string; data: unknown[] }[] {
  return [...chunks].map(([name, list]) => {
    const data: unknown[] = []
    for (const c of [...list].sort((a, b) => a.rowStart - b.rowStart)) for (let i = 0; i < c.columnData.length; i++) data.push(c.columnData[i])
    return { name, data }
  })
}

function mongoFilter(f: FilterSpec): Record<string, Record<string, number>> {
  return { [f.column]: { [f.op === 'lt' ? '$lt' : '$eq']: f.value } }
}

export const ops: Record<string, OpFactory> = {
  async objects(task) {
    const file = load(task)
    return { run: () => parquetReadObjects({ file, compressors }), check: rowCount }
  },
  async columnar(task) {
    const file = load(task)
    return { run: () => readChunks(file, task.columns), check: chunkRows }
  },
  async range(task) {
    const file = load(task)
    return { run: () => parquetReadObjects({ file, compressors, rowStart: task.rowStart, rowEnd: task.rowEnd }), check: rowCount }
  },
  async filter(task) {
    const file = load(task)
    // Numeric comparisons only: with strict equality a number never equals an INT64 bigint.
    return { run: () => parquetReadObjects({ file, compressors, filter: mongoFilter(task.filter!), filterStrict: false }), check: rowCount }
  },
  async writeColumns(task) {
    const file = load(task)
    const { schema } = parquetMetadata(file)
    const columnData = concatChunks(await readChunks(file))
    return { run: async () => parquetWriteBuffer({ columnData, schema, codec: 'SNAPPY' }), check: (r) => (r as ArrayBuffer).byteLength }
  },
  async writeRows(task) {
    const file = load(task)
    const { schema } = parquetMetadata(file)
    const rows = await parquetReadObjects({ file, compressors })
    const columns = Object.keys(rows[0] ?? {}).map((name) => ({ name }))
    return {
      async run() {
        const writer = new ByteWriter()
        await parquetWriteRows({ writer, rows, columns, schema, codec: 'SNAPPY' })
        return writer.getBuffer()
      },
      check: (r) => (r as ArrayBuffer).byteLength,
    }
  },
}
