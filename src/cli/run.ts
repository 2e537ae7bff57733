/**
 * The `parquet-ts` command line: dispatches to one module per subcommand. Errors
 * become one line on stderr and exit code 1, never a stack trace.
 */
import { isParquetError } from '../errors.js'
import { metaCommand } from './meta.js'
import { schemaCommand } from './schema.js'

const USAGE = `usage: parquet-ts <command> [options]

commands:
  schema FILE|URL [--json]   print the schema tree
  meta FILE|URL [--json]     print row groups, column chunks, sizes, codecs, encodings and statistics`

interface Parsed {
  command: string | undefined
  positional: string[]
  json: boolean
}

function parseArgs(argv: string[]): Parsed {
  const positional: string[] = []
  let json = false
  for (const arg of argv.slice(1)) {
    if (arg === '--json') json = true
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`)
    else positional.push(arg)
  }
  return { command: argv[0], positional, json }
}

class UsageError extends Error {}

export async function run(argv: string[]): Promise<string> {
  const args = parseArgs(argv)
  const target = args.positional[0]
  switch (args.command) {
    case 'schema':
    case 'meta':
      if (!target || args.positional.length > 1) throw new UsageError(`${args.command} takes one FILE or URL`)
      return args.command === 'schema' ? schemaCommand(target, args) : metaCommand(target, args)
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
    process.stdout.write(`${await run(argv)}\n`)
    return 0
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`parquet-ts: ${e.message}\n${USAGE}\n`)
    else if (isParquetError(e)) process.stderr.write(`parquet-ts: error ${e.code}: ${e.message.replace(/\n/g, ' ')}\n`)
    else process.stderr.write(`parquet-ts: ${(e as Error)?.message ?? String(e)}\n`.replace(/\n(?!$)/g, ' '))
    return 1
  }
}
