/**
 * The `parquet-ts` command line: dispatches to one module per subcommand. Errors
 * become one line on stderr and exit code 1, never a stack trace.
 */
import { isParquetError } from '../errors.js'
import type { CompressionName } from '../write/options.js'
import { catCommand, type RowFormat } from './cat.js'
import { decryptionFromFlags } from './keys.js'
import { metaCommand } from './meta.js'
import { schemaCommand } from './schema.js'

const USAGE = `usage: parquet-ts <command> [options]

commands:
  schema FILE|URL [--json]   print the schema tree
  meta FILE|URL [--json]     print row groups, column chunks, sizes, codecs, encodings and statistics
  cat FILE|URL [options]     print rows
  head FILE|URL [options]    print the first rows (10 unless --limit says otherwise)
  serve DIR [--port 8080] [--host 127.0.0.1]
                             run the Parquet API service over a folder
  convert IN OUT [options]   convert between .csv, .jsonl/.ndjson and .parquet
                             (by extension), streaming; OUT appears when complete

options for cat and head:
  --format jsonl|csv|table   output format (default jsonl)
  --columns a,b.c            top-level columns or dotted paths
  --offset N                 first row (default 0)
  --limit N                  number of rows

options for convert:
  --schema schema.json       column types, e.g. {"id": "int64", "name": "string?",
                             "tags": {"list": "string"}} (default: the Parquet
                             input's schema, or inferred from the first rows)
  --compression C            UNCOMPRESSED, SNAPPY (default), GZIP, BROTLI, ZSTD, LZ4_RAW
  --row-group-size N         rows per row group (default 122880)
  --infer-rows N             rows looked at to infer CSV/JSON Lines types (default 1000)

options for encrypted files (schema, meta, cat, head, convert from Parquet):
  --footer-key KEY           the footer key (and of columns encrypted with it)
  --column-key PATH=KEY      a column's own key; repeat for each column
  --aad-prefix TEXT          the AAD prefix, when the file does not store it
  KEY: 32, 48 or 64 hex digits, or hex:..., base64:..., text:... (16, 24 or 32 bytes)`

interface Parsed {
  command: string | undefined
  positional: string[]
  json: boolean
  values: Record<string, string>
  /** Every --column-key given. */
  columnKeys: string[]
}

const VALUE_OPTIONS = new Set([
  '--format', '--columns', '--offset', '--limit', '--port', '--host', '--schema', '--compression', '--row-group-size', '--infer-rows',
  '--footer-key', '--aad-prefix', '--column-key',
])

function parseArgs(argv: string[]): Parsed {
  const positional: string[] = []
  const values: Record<string, string> = {}
  const columnKeys: string[] = []
  let json = false
  const args = argv.slice(1)
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined]
    if (arg === '--json') json = true
    else if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? args[++i]
      if (value === undefined) throw new UsageError(`${name} needs a value`)
      if (name === '--column-key') columnKeys.push(value)
      else values[name.slice(2)] = value
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`)
    else positional.push(arg)
  }
  return { command: argv[0], positional, json, values, columnKeys }
}

function decryption(args: Parsed) {
  try {
    return decryptionFromFlags(args.values, args.columnKeys)
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
}

function count(text: string | undefined, name: string): number | undefined {
  if (text === undefined) return undefined
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} expects a whole number, found '${text}'`)
  return Number(text)
}

function catOptions(args: Parsed) {
  const format = (args.values.format ?? 'jsonl') as RowFormat
  if (!['jsonl', 'csv', 'table'].includes(format)) throw new UsageError(`--format expects jsonl, csv or table, found '${format}'`)
  const limit = count(args.values.limit, 'limit') ?? (args.command === 'head' ? 10 : undefined)
  const columns = args.values.columns?.split(',').map((c) => c.trim()).filter(Boolean)
  return { format, columns, offset: count(args.values.offset, 'offset') ?? 0, limit, decryption: decryption(args) }
}

function convertOptions(args: Parsed) {
  const compression = args.values.compression?.toUpperCase() as CompressionName | undefined
  const rowGroupSize = count(args.values['row-group-size'], 'row-group-size')
  const inferRows = count(args.values['infer-rows'], 'infer-rows')
  if (rowGroupSize === 0 || inferRows === 0) throw new UsageError('--row-group-size and --infer-rows expect a number of at least 1')
  return { schema: args.values.schema, compression, rowGroupSize, inferRows, decryption: decryption(args) }
}

class UsageError extends Error {}

export async function run(argv: string[]): Promise<string> {
  const args = parseArgs(argv)
  const target = args.positional[0]
  switch (args.command) {
    case 'schema':
    case 'meta':
      if (!target || args.positional.length > 1) throw new UsageError(`${args.command} takes one FILE or URL`)
      return (args.command === 'schema' ? schemaCommand : metaCommand)(target, { json: args.json, decryption: decryption(args) })
    case 'cat':
    case 'head': {
      if (!target || args.positional.length > 1) throw new UsageError(`${args.command} takes one FILE or URL`)
      const chunks: string[] = []
      await catCommand(target, catOptions(args), (text) => {
        if (chunks.length > 256) process.stdout.write(chunks.splice(0).join(''))
        chunks.push(text)
      })
      return chunks.join('').replace(/\n$/, '')
    }
    case 'serve': {
      if (!target || args.positional.length > 1) throw new UsageError('serve takes one folder')
      const { serve } = await import('../serve/server.js')
      const running = await serve({ dir: target, port: count(args.values.port, 'port') ?? 8080, host: args.values.host ?? '127.0.0.1' })
      process.stderr.write(`parquet-ts: serving ${target} at ${running.url}\n`)
      await new Promise<void>((resolve) => {
        const stop = () => running.close().then(resolve)
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
      })
      return ''
    }
    case 'convert': {
      if (args.positional.length !== 2) throw new UsageError('convert takes an input and an output file')
      const { convertCommand } = await import('./convert.js')
      await convertCommand(args.positional[0]!, args.positional[1]!, convertOptions(args))
      return ''
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return USAGE
    default:
      throw new UsageError(`unknown command '${args.command}'`)
  }
}

export async function main(argv: string[]): Promise<number> {
  try {
    const text = await run(argv)
    if (text) process.stdout.write(`${text}\n`)
    return 0
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`parquet-ts: ${e.message}\n${USAGE}\n`)
    else if (isParquetError(e)) process.stderr.write(`parquet-ts: error ${e.code}: ${e.message.replace(/\n/g, ' ')}\n`)
    else process.stderr.write(`parquet-ts: ${(e as Error)?.message ?? String(e)}\n`.replace(/\n(?!$)/g, ' '))
    return 1
  }
}
