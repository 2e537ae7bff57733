/**
 * `parquet-ts convert IN OUT [--schema schema.json] [--compression C]
 * [--row-group-size N] [--infer-rows N]`: CSV, JSON Lines and Parquet in
 * any direction, chosen by extension (.csv; .jsonl or .ndjson; .parquet).
 *
 * It streams: CSV and JSON Lines are read line by line, Parquet row group by
 * row group (readRowGroups); Parquet output goes out a row group at a time
 * (the streaming writer), text output in ~1 MiB writes; memory stays about
 * one row group whatever the input size. Every output is atomic: written to
 * a temporary file beside OUT and renamed at the end; on an error nothing is
 * left. Progress goes to stderr when stderr is a terminal.
 *
 * Types: from --schema (the JSON form of convert-schema.ts); else for
 * Parquet input the input file's schema; else inferred from the first
 * --infer-rows rows (default 1000) of a CSV (int64, double, boolean or
 * string, all optional) or JSON Lines (schema/infer.ts rules, whole numbers
 * as int64) input. A later value that does not fit fails with its line.
 */
import { readFile } from 'node:fs/promises'
import { isParquetError, ParquetError, withContext } from '../errors.js'
import { fileSource } from '../io/node-file.js'
import type { DecryptionOptions } from '../crypto/options.js'
import { readMetadata } from '../metadata/file-metadata.js'
import { readRowGroups } from '../read/read.js'
import type { FieldMap } from '../schema/field.js'
import { createFileWriter } from '../write/file-writer.js'
import { type CompressionName, DEFAULTS } from '../write/options.js'
import { fieldsFromSchema } from '../write/schema-from-file.js'
import { inferCsv, inferJson, parseSchemaJson } from './convert-schema.js'
import { csvRecords, type LineInput, openLines, openTextOutput, rowFormatter } from './convert-text.js'
import { rowConverter, textConverter } from './convert-values.js'

export type FileFormat = 'csv' | 'jsonl' | 'parquet'

export interface ConvertOptions {
  /** Path of a JSON schema file. */
  schema?: string
  compression?: CompressionName
  rowGroupSize?: number
  /** Rows looked at to infer types (default 1000). */
  inferRows?: number
  /** Progress lines on stderr (default: when stderr is a TTY). */
  progress?: boolean
  /** Keys of an encrypted Parquet input. */
  decryption?: DecryptionOptions
}

export interface ConvertSummary {
  rows: number
  input: FileFormat
  output: FileFormat
}

/** The format of a path, by its extension. */
export function formatOf(path: string): FileFormat {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  if (ext === 'csv') return 'csv'
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl'
  if (ext === 'parquet' || ext === 'parq') return 'parquet'
  throw new ParquetError('ARGUMENT_INVALID', `expected a .csv, .jsonl, .ndjson or .parquet file, found '${path}'`)
}

/** An input: its fields and its rows in batches. */
interface Input {
  fields: FieldMap
  batches: AsyncGenerator<Record<string, unknown>[]>
  bytesRead(): number
  close(): Promise<void>
}

const BATCH = 4096

async function loadSchema(path: string | undefined): Promise<FieldMap | undefined> {
  if (path === undefined) return undefined
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    throw new ParquetError('IO_ERROR', `cannot read the schema file: ${(e as Error).message}`, { source: path }, { cause: e })
  }
  try {
    return parseSchemaJson(JSON.parse(text))
  } catch (e) {
    throw withContext(e, { source: path }, 'SCHEMA_INVALID')
  }
}

/** Reads `source` until `count` records are in `sample` (or the input ends); returns the iterator to go on with. */
async function takeSample<T>(source: AsyncGenerator<T>, count: number, sample: T[]): Promise<void> {
  while (sample.length < count) {
    const next = await source.next()
    if (next.done) return
    sample.push(next.value)
  }
}

async function openCsv(path: string, declared: FieldMap | undefined, inferRows: number): Promise<Input> {
  const lines = openLines(path)
  const records = csvRecords(lines.lines, path)
  const first = await records.next()
  if (first.done) throw new ParquetError('ARGUMENT_INVALID', 'expected a CSV header row, found an empty file', { source: path })
  const header = first.value.cells.map((c, i) => c ?? `column${i + 1}`)
  const sample: { cells: (string | null)[]; line: number }[] = []
  await takeSample(records, inferRows, sample)
  const fields = declared ?? inferCsv(header, sample.map((r) => r.cells))
  const names = header.filter((n) => n in fields)
  const index = names.map((n) => header.indexOf(n))
  const convert = names.map((n) => textConverter(fields[n]!, n))
  const toRow = (cells: (string | null)[], line: number): Record<string, unknown> => {
    if (cells.length !== header.length) throw new ParquetError('ARGUMENT_INVALID', `expected ${header.length} fields as in the header, found ${cells.length}`, { source: path, line })
    const row: Record<string, unknown> = {}
    for (let i = 0; i < names.length; i++) {
      const cell = cells[index[i]!]
      try {
        row[names[i]!] = cell === null || cell === undefined ? null : convert[i]!(cell)
      } catch (e) {
        throw withContext(e, { source: path, line }, 'TYPE_INVALID')
      }
    }
    return row
  }
  async function* batches(): AsyncGenerator<Record<string, unknown>[]> {
    let batch = sample.map((r) => toRow(r.cells, r.line))
    sample.length = 0
    for await (const r of records) {
      batch.push(toRow(r.cells, r.line))
      if (batch.length >= BATCH) {
        yield batch
        batch = []
      }
    }
    if (batch.length > 0) yield batch
  }
  return textInput(fields, batches(), lines)
}

function textInput(fields: FieldMap, batches: AsyncGenerator<Record<string, unknown>[]>, lines: LineInput): Input {
  return { fields, batches, bytesRead: lines.bytesRead, close: async () => lines.close() }
}

async function* jsonRecords(lines: AsyncIterable<string>, source: string): AsyncGenerator<{ row: Record<string, unknown>; line: number }> {
  let line = 0
  for await (const text of lines) {
    line++
    if (text.trim() === '') continue
    let row: unknown
    try {
      row = JSON.parse(text)
    } catch (e) {
      throw new ParquetError('ARGUMENT_INVALID', `expected a JSON object, found invalid JSON: ${(e as Error).message}`, { source, line })
    }
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new ParquetError('ARGUMENT_INVALID', `expected a JSON object per line, found ${Array.isArray(row) ? 'an array' : String(row)}`, { source, line })
    }
    yield { row: row as Record<string, unknown>, line }
  }
}

async function openJsonl(path: string, declared: FieldMap | undefined, inferRows: number): Promise<Input> {
  const lines = openLines(path)
  const records = jsonRecords(lines.lines, path)
  const sample: { row: Record<string, unknown>; line: number }[] = []
  await takeSample(records, inferRows, sample)
  const fields = declared ?? inferJson(sample.map((r) => r.row))
  const convert = declared ? rowConverter(declared) : undefined
  const toRow = (r: { row: Record<string, unknown>; line: number }) => {
    if (!convert) return r.row
    try {
      return convert(r.row)
    } catch (e) {
      throw withContext(e, { source: path, line: r.line }, 'TYPE_INVALID')
    }
  }
  async function* batches(): AsyncGenerator<Record<string, unknown>[]> {
    let batch = sample.map(toRow)
    sample.length = 0
    for await (const r of records) {
      batch.push(toRow(r))
      if (batch.length >= BATCH) {
        yield batch
        batch = []
      }
    }
    if (batch.length > 0) yield batch
  }
  return textInput(fields, batches(), lines)
}

async function openParquet(path: string, declared: FieldMap | undefined, decryption?: DecryptionOptions): Promise<Input> {
  const source = await fileSource(path)
  try {
    const metadata = await readMetadata(source, { decryption })
    const fields = declared ?? fieldsFromSchema(metadata.schema)
    let read = 0
    async function* batches(): AsyncGenerator<Record<string, unknown>[]> {
      for await (const group of readRowGroups(source, { metadata })) {
        for (const c of metadata.rowGroups[group.rowGroup]?.columns ?? []) read += c.totalCompressedSize
        yield group.rows
      }
    }
    return { fields, batches: batches(), bytesRead: () => read, close: async () => source.close?.() }
  } catch (e) {
    await source.close?.()
    throw e
  }
}

/** An output: rows in, then close (or abort on an error). */
interface Output {
  write(rows: Record<string, unknown>[]): Promise<void>
  close(): Promise<void>
  abort(reason: unknown): Promise<void>
}

async function openOutput(path: string, format: FileFormat, fields: FieldMap, options: ConvertOptions): Promise<Output> {
  if (format === 'parquet') {
    const writer = await createFileWriter(path, { schema: fields, compression: options.compression, rowGroupSize: options.rowGroupSize })
    return { write: (rows) => writer.write(rows), close: async () => void (await writer.close()), abort: (r) => writer.abort(r) }
  }
  const text = await openTextOutput(path)
  const formatter = rowFormatter(fields, format)
  if (formatter.header) await text.write(formatter.header)
  return {
    async write(rows) {
      let chunk = ''
      for (const row of rows) chunk += formatter.row(row)
      await text.write(chunk)
    },
    close: () => text.close(),
    abort: (r) => text.abort(r),
  }
}

function openInput(path: string, format: FileFormat, declared: FieldMap | undefined, options: ConvertOptions): Promise<Input> {
  const inferRows = options.inferRows ?? 1000
  if (format === 'csv') return openCsv(path, declared, inferRows)
  if (format === 'jsonl') return openJsonl(path, declared, inferRows)
  return openParquet(path, declared, options.decryption)
}

/** Converts `input` to `output`. */
export async function convertCommand(input: string, output: string, options: ConvertOptions = {}): Promise<ConvertSummary> {
  const from = formatOf(input)
  const to = formatOf(output)
  const declared = await loadSchema(options.schema)
  const source = await openInput(input, from, declared, options)
  const progress = options.progress ?? process.stderr.isTTY === true
  let rows = 0
  let out: Output | undefined
  try {
    out = await openOutput(output, to, source.fields, { ...options, rowGroupSize: options.rowGroupSize ?? DEFAULTS.rowGroupSize })
    let shown = 0
    for await (const batch of source.batches) {
      await out.write(batch)
      rows += batch.length
      if (progress && Date.now() - shown > 250) {
        shown = Date.now()
        process.stderr.write(`\rconvert: ${rows.toLocaleString('en-US')} rows, ${(source.bytesRead() / 2 ** 20).toFixed(1)} MiB read`)
      }
    }
    await out.close()
    if (progress) process.stderr.write(`\rconvert: ${rows.toLocaleString('en-US')} rows written to ${output}\n`)
  } catch (e) {
    await out?.abort(e)
    if (progress) process.stderr.write('\n')
    throw isParquetError(e) ? e : withContext(e, { source: input }, 'IO_ERROR')
  } finally {
    await source.close()
  }
  return { rows, input: from, output: to }
}
