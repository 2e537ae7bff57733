/** The committed src/format/parquet.gen.ts must match a fresh run of the generator. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { generate, HEADER } from '../../thrift/emit.js'
import { parseIdl } from '../../thrift/idl.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

describe('thrift generator', () => {
  it('npm run gen:check (tsx thrift/generate.ts --check) passes', () => {
    const out = execFileSync(join(root, 'node_modules', '.bin', 'tsx'), ['thrift/generate.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    })
    expect(out).toContain('up to date')
  })

  it('is deterministic and starts with the generated-file header', () => {
    const idl = readFileSync(join(root, 'thrift', 'parquet.thrift'), 'utf8')
    const a = generate(parseIdl(idl))
    expect(generate(parseIdl(idl))).toBe(a)
    expect(a.startsWith(`${HEADER}\n`)).toBe(true)
  })

  it('fails the check when the IDL changes', () => {
    const idl = readFileSync(join(root, 'thrift', 'parquet.thrift'), 'utf8')
    const changed = idl.replace('ALP = 10;', 'ALP = 10;\n  NEXT = 11;')
    expect(generate(parseIdl(changed))).not.toBe(readFileSync(join(root, 'src', 'format', 'parquet.gen.ts'), 'utf8'))
  })
})
