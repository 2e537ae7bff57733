import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { metaCommand } from '../../src/cli/meta.js'
import { schemaCommand } from '../../src/cli/schema.js'
import { corpusDataFiles, corpusFile } from '../corpus.js'

const run = promisify(execFile)
const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' })
const plaintext = corpusDataFiles().filter((rel) => {
  const bytes = readFileSync(corpusFile(rel))
  return String.fromCharCode(...bytes.subarray(bytes.length - 4)) === 'PAR1'
})

describe('parquet-ts schema and meta print every corpus file', () => {
  it.each(plaintext)('%s', async (rel) => {
    const path = corpusFile(rel)
    const schema = await schemaCommand(path, { json: false })
    expect(schema).toMatch(/^message \S+ \{\n[\s\S]*\n\}$/)
    const meta = await metaCommand(path, { json: false })
    expect(meta).toContain('Row group')
    const json = JSON.parse(await metaCommand(path, { json: true }))
    expect(json.rowGroups.length).toBeGreaterThan(0)
    const tree = JSON.parse(await schemaCommand(path, { json: true }))
    expect(tree.children.length).toBeGreaterThan(0)
  })
})

describe('the sample file', () => {
  it('prints its schema in message-type notation', async () => {
    const text = await schemaCommand('test/fixtures/sample.parquet', { json: false })
    expect(text).toBe('message schema {\n  required int32 id;\n  required binary name (STRING);\n  required double score;\n}')
  })
})

describe('the executable', () => {
  it('prints the schema of a file', async () => {
    const { stdout } = await cli('schema', corpusFile('data/nested_maps.snappy.parquet'))
    expect(stdout).toContain('optional group a (MAP) {')
    expect(stdout).toContain('required boolean value;')
  })
  it('fails with one line on stderr and exit code 1 for bad input', async () => {
    for (const args of [
      ['meta', corpusFile('bad_data/PARQUET-1481.parquet')],
      ['schema', corpusFile('data/uniform_encryption.parquet.encrypted')],
      ['meta', 'no-such-file.parquet'],
      ['frobnicate'],
    ]) {
      const error = await cli(...args).then(() => undefined, (e) => e)
      expect(error?.code).toBe(1)
      expect(error.stderr).toMatch(/^parquet-ts: /)
      expect(error.stderr).not.toMatch(/\n\s+at /)
    }
  })
  it('names encryption for an encrypted footer', async () => {
    const error = await cli('schema', corpusFile('data/uniform_encryption.parquet.encrypted')).catch((e) => e)
    expect(error.stderr).toContain('ENCRYPTED_FOOTER')
  })
})
