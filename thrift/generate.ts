/**
 * Generates src/format/parquet.gen.ts from thrift/parquet.thrift.
 *
 *   npm run gen         writes the file
 *   npm run gen:check   exits 1 when the committed file differs from a fresh run
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './emit.js'
import { parseIdl } from './idl.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const idlPath = join(root, 'thrift', 'parquet.thrift')
const outPath = join(root, 'src', 'format', 'parquet.gen.ts')

function main(argv: string[]): number {
  const text = generate(parseIdl(readFileSync(idlPath, 'utf8')))
  if (argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(outPath, 'utf8')
    } catch {
      console.error(`gen:check: ${outPath} is missing; run npm run gen`)
      return 1
    }
    if (current !== text) {
      console.error('gen:check: src/format/parquet.gen.ts is out of date with thrift/parquet.thrift; run npm run gen')
      return 1
    }
    console.log('gen:check: src/format/parquet.gen.ts is up to date')
    return 0
  }
  writeFileSync(outPath, text)
  console.log(`wrote ${outPath}`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
