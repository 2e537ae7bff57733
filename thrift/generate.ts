/**
 * Generates the src/format/parquet*.gen.ts modules from thrift/parquet.thrift
 * (types and enums, decoders split by use, encoders, one constants module per
 * enum in src/format/enum/; see emit.ts).
 *
 *   npm run gen         writes the files
 *   npm run gen:check   exits 1 when a committed file differs from a fresh run
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './emit.js'
import { parseIdl } from './idl.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const idlPath = join(root, 'thrift', 'parquet.thrift')
const outDir = join(root, 'src', 'format')

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

function main(argv: string[]): number {
  const files = generate(parseIdl(readFileSync(idlPath, 'utf8')))
  if (argv.includes('--check')) {
    const stale = [...files].filter(([name, text]) => read(join(outDir, name)) !== text).map(([name]) => `src/format/${name}`)
    if (stale.length) {
      console.error(`gen:check: ${stale.join(', ')} missing or out of date with thrift/parquet.thrift; run npm run gen`)
      return 1
    }
    console.log(`gen:check: ${[...files.keys()].map((n) => `src/format/${n}`).join(', ')} up to date`)
    return 0
  }
  for (const [name, text] of files) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true })
    writeFileSync(join(outDir, name), text)
    console.log(`wrote src/format/${name}`)
  }
  return 0
}

process.exitCode = main(process.argv.slice(2))
