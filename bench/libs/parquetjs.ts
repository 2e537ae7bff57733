/**
 * @dsnp/parquetjs operations for the runner: every row through its cursor.
 */
import { readFileSync } from 'node:fs'
import { ParquetReader } from '@dsnp/parquetjs'
import { NotAvailable, type OpFactory } from '../task.js'

/** Codecs the library lacks are n/a, not errors. */
function unsupported(e: unknown): never {
  const message = e instanceof Error ? e.message : String(e)
  if (/invalid compression method/.test(message)) throw new NotAvailable(message)
  throw e
}

export const ops: Record<string, OpFactory> = {
  async cursor(task) {
    const buf = readFileSync(task.file)
    return {
      async run() {
        const reader = await ParquetReader.openBuffer(buf).catch(unsupported)
        const cursor = reader.getCursor()
        const rows: unknown[] = []
        try {
          for (let row = await cursor.next(); row; row = await cursor.next()) rows.push(row)
        } catch (e) {
          unsupported(e)
        }
        await reader.close()
        return rows
      },
      check: (r) => (r as unknown[]).length,
    }
  },
}
