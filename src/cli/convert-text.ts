/**
 * Text formats for `parquet-ts convert` (Node only): CSV (RFC 4180, a
 * header row) and JSON Lines, read line by line with node:readline over a
 * file stream and written through the atomic file sink in ~1 MiB writes.
 *
 * CSV reading: fields separated by commas; a field in double quotes may
 * hold commas, doubled quotes and line breaks (a CRLF inside quotes is read
 * as LF); an unquoted empty field is null, a quoted one ("") the empty
 * string; blank lines are skipped; a leading BOM is dropped. Every record
 * must have as many fields as the header.
 */
import { createReadStream, type ReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { ParquetError } from '../errors.js'
import { fileSink } from '../io/node-sink.js'
import type { ByteSink } from '../io/sinks.js'
import type { Field, FieldMap } from '../schema/field.js'
import { csvField } from './cat.js'
import { jsonReplacer } from './json.js'

/** A text input: its lines, and how many bytes were read so far. */
export interface LineInput {
  lines: AsyncIterable<string>
  bytesRead(): number
  close(): void
}

export function openLines(path: string): LineInput {
  const stream: ReadStream = createReadStream(path)
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })
  return { lines, bytesRead: () => stream.bytesRead, close: () => {
    lines.close()
    stream.destroy()
  } }
}

interface CsvState {
  cells: (string | null)[]
  field: string
  inQuotes: boolean
  quoted: boolean
}

/** CSV records (cells as text, null for unquoted empty fields) with the line each starts on. */
export async function* csvRecords(lines: AsyncIterable<string>, source: string): AsyncGenerator<{ cells: (string | null)[]; line: number }> {
  const state: CsvState = { cells: [], field: '', inQuotes: false, quoted: false }
  let lineNo = 0
  let start = 0
  for await (let line of lines) {
    lineNo++
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1)
    if (!state.inQuotes) {
      if (line.length === 0) continue
      start = lineNo
      if (line.indexOf('"') < 0) {
        yield { cells: splitPlain(line), line: lineNo }
        continue
      }
    }
    if (parseQuoted(state, line)) {
      yield { cells: state.cells, line: start }
      state.cells = []
    }
  }
  if (state.inQuotes) throw new ParquetError('ARGUMENT_INVALID', `expected a closing quote for the field opened on line ${start}, found the end of the file`, { source })
}

function splitPlain(line: string): (string | null)[] {
  const parts: (string | null)[] = line.split(',')
  for (let i = 0; i < parts.length; i++) if (parts[i] === '') parts[i] = null
  return parts
}

function endField(state: CsvState): void {
  state.cells.push(state.field === '' && !state.quoted ? null : state.field)
  state.field = ''
  state.quoted = false
}

/** Parses one line into `state`; true when the record is complete. */
function parseQuoted(state: CsvState, line: string): boolean {
  let i = 0
  for (;;) {
    if (state.inQuotes) {
      const q = line.indexOf('"', i)
      if (q < 0) {
        state.field += `${line.slice(i)}\n`
        return false
      }
      state.field += line.slice(i, q)
      if (line.charCodeAt(q + 1) === 0x22) {
        state.field += '"'
        i = q + 2
        continue
      }
      state.inQuotes = false
      i = q + 1
    } else if (i < line.length && line.charCodeAt(i) === 0x22 && state.field === '' && !state.quoted) {
      state.inQuotes = true
      state.quoted = true
      i++
      continue
    }
    const comma = line.indexOf(',', i)
    // Text after a closing quote, or a quote inside an unquoted field, is kept as it is.
    state.field += comma < 0 ? line.slice(i) : line.slice(i, comma)
    endField(state)
    if (comma < 0) return true
    i = comma + 1
    if (i === line.length) {
      endField(state)
      return true
    }
  }
}

/** Text gathered into ~1 MiB writes to an atomic file sink. */
export interface TextOutput {
  write(text: string): Promise<void>
  close(): Promise<void>
  abort(reason?: unknown): Promise<void>
}

export async function openTextOutput(path: string): Promise<TextOutput> {
  const sink: ByteSink = await fileSink(path)
  const encoder = new TextEncoder()
  let parts: string[] = []
  let size = 0
  const drain = async () => {
    if (parts.length === 0) return
    const text = parts.join('')
    parts = []
    size = 0
    await sink.write(encoder.encode(text))
  }
  return {
    async write(text) {
      parts.push(text)
      size += text.length
      if (size >= 1 << 20) await drain()
    },
    async close() {
      await drain()
      await sink.close()
    },
    abort: (reason) => sink.abort(reason),
  }
}

const MARK = '\u0001bigint:'
const MARKED = /"\\u0001bigint:(-?\d+)"/g

/** JSON text of a value: bigint as a bare JSON number, bytes as { "base64": ... }. */
export function jsonText(value: unknown): string {
  const text = JSON.stringify(value, (k, v) => (typeof v === 'bigint' ? `${MARK}${v}` : jsonReplacer(k, v)))
  return text.includes('\\u0001bigint:') ? text.replace(MARKED, '$1') : text
}

/** The text form of a top-level value in CSV and JSON Lines output (see textForms). */
export type ValueForm = (value: unknown) => unknown

const pad = (n: bigint | number, w: number) => String(n).padStart(w, '0')

function unitsToIso(units: bigint, perSecond: bigint, digits: number): string {
  let seconds = units / perSecond
  let frac = units % perSecond
  if (frac < 0n) {
    frac += perSecond
    seconds -= 1n
  }
  const iso = new Date(Number(seconds) * 1000).toISOString().slice(0, 19)
  return `${iso}.${pad(frac, digits)}Z`
}

/**
 * Text forms of top-level values, the ones convert reads back with a
 * schema: DATE 'YYYY-MM-DD', TIMESTAMP and INT96 ISO-8601 with every
 * fraction digit, TIME 'HH:MM:SS.fraction'; other values unchanged.
 */
export function valueForm(field: Field): ValueForm {
  if (field.kind !== 'primitive' || field.repeated) return (v) => v
  const lt = field.logicalType
  const unit = lt?.TIMESTAMP?.unit ?? lt?.TIME?.unit
  const [perSecond, digits] = unit?.NANOS || field.physical === 'INT96' ? [1_000_000_000n, 9] : unit?.MICROS ? [1_000_000n, 6] : [1000n, 3]
  if (lt?.DATE) return (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)
  if (lt?.TIMESTAMP || field.physical === 'INT96') {
    return (v) => (typeof v === 'bigint' ? unitsToIso(v, perSecond, digits) : v instanceof Date ? v.toISOString() : v)
  }
  if (lt?.TIME) {
    return (v) => (typeof v === 'bigint' || typeof v === 'number' ? unitsToIso(BigInt(v), perSecond, digits).slice(11, -1) : v)
  }
  return (v) => v
}

function base64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]!)
  return btoa(text)
}

/** A CSV cell: '' for null, "" for the empty string, base64 for bytes, JSON for nested values. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value === '' ? '""' : csvField(value)
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString()
  if (value instanceof Uint8Array) return base64(value)
  return csvField(jsonText(value))
}

/** Lines of rows in `format`, by the top-level fields. */
export function rowFormatter(fields: FieldMap, format: 'csv' | 'jsonl'): { header: string; row: (r: Record<string, unknown>) => string } {
  const names = Object.keys(fields)
  const forms = names.map((n) => valueForm(fields[n]!))
  if (format === 'csv') {
    return {
      header: `${names.map(csvField).join(',')}\n`,
      row: (r) => `${names.map((n, i) => csvCell(forms[i]!(r[n]))).join(',')}\n`,
    }
  }
  return {
    header: '',
    row: (r) => {
      const out: Record<string, unknown> = {}
      for (let i = 0; i < names.length; i++) out[names[i]!] = forms[i]!(r[names[i]!] ?? null)
      return `${jsonText(out)}\n`
    },
  }
}
