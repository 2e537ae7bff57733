/**
 * `parquet-ts cat|head FILE|URL [--format jsonl|csv|table] [--columns a,b]
 * [--offset N] [--limit N]`: rows as JSON lines, CSV or an aligned table,
 * streamed row group by row group.
 */
import type { DecryptionOptions } from '../crypto/options.js'
import { readRowGroups } from '../read/read.js'
import { jsonReplacer } from './json.js'
import { withInput } from './open.js'
import { formatTable, formatValue } from './table.js'

export type RowFormat = 'jsonl' | 'csv' | 'table'

export interface CatOptions {
  format: RowFormat
  columns?: string[]
  offset: number
  limit?: number
  /** Keys of an encrypted file. */
  decryption?: DecryptionOptions
}

/** Writes the rows to `write` and resolves when done. */
export async function catCommand(target: string, options: CatOptions, write: (text: string) => void): Promise<void> {
  await withInput(target, async (source) => {
    const rowEnd = options.limit === undefined ? undefined : options.offset + options.limit
    const table: string[][] = []
    let header: string[] | undefined
    for await (const group of readRowGroups(source, { columns: options.columns, rowStart: options.offset, rowEnd, decryption: options.decryption })) {
      for (const row of group.rows) {
        if (!header) {
          header = Object.keys(row)
          if (options.format === 'csv') write(`${header.map(csvField).join(',')}\n`)
        }
        if (options.format === 'jsonl') write(`${JSON.stringify(row, jsonReplacer)}\n`)
        else if (options.format === 'csv') write(`${header.map((k) => csvField(cellText(row[k]))).join(',')}\n`)
        else table.push(header.map((k) => formatValue(row[k], 40)))
      }
    }
    if (options.format === 'table' && header) write(`${formatTable(header, table)}\n`)
  })
}

/** A value as CSV cell text: nested values and bytes as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'bigint' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  return JSON.stringify(value, jsonReplacer)
}

/** RFC 4180 quoting. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
