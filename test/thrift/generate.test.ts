/** The committed src/format/parquet*.gen.ts modules must match a fresh run of the generator. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { descFile, generate, HEADER, READ_MODULES, TYPES_FILE, WRITE_FILE } from '../../thrift/emit.js'
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
    expect(generate(parseIdl(idl))).toEqual(a)
    expect([...a.keys()].sort()).toEqual([TYPES_FILE, WRITE_FILE, ...READ_MODULES.flatMap((m) => [m.file, descFile(m.file)])].sort())
    for (const text of a.values()) expect(text.startsWith(`${HEADER}\n`)).toBe(true)
  })

  it('splits by use: types hold no decoder or encoder, each reader module holds its own readers', () => {
    const a = generate(parseIdl(readFileSync(join(root, 'thrift', 'parquet.thrift'), 'utf8')))
    const exported = (file: string) => [...a.get(file)!.matchAll(/^export function (\w+)/gm)].map((m) => m[1])
    expect(exported(TYPES_FILE)).toEqual([])
    expect(exported('parquet-footer.gen.ts')).toContain('readFileMetaData')
    expect(exported('parquet-footer.gen.ts')).not.toContain('readPageHeader')
    expect(exported('parquet-page-header.gen.ts')).toEqual(['readDataPageHeader', 'readIndexPageHeader', 'readDictionaryPageHeader', 'readDataPageHeaderV2', 'readPageHeader'])
    expect(exported('parquet-index.gen.ts')).toEqual(expect.arrayContaining(['readColumnIndex', 'readOffsetIndex', 'readBloomFilterHeader']))
    expect(exported(WRITE_FILE).every((n) => n.startsWith('write'))).toBe(true)
    // The footer descriptors module is the only one that describes Statistics; the page-header one imports it.
    expect(a.get('parquet-page-header-desc.gen.ts')).toMatch(/import \{[^}]*Statistics\$[^}]*\} from '\.\/parquet-footer-desc\.gen\.js'/)
    for (const m of READ_MODULES) expect(a.get(m.file)).not.toMatch(/CompactWriter/)
    // Descriptor modules hold no code and import no runtime: the encoders take them without the decoding code.
    for (const m of READ_MODULES) {
      expect(a.get(descFile(m.file))).not.toMatch(/function|struct-read|compact-read/)
      expect(a.get(m.file)).toMatch(/from '\.\/parquet-[a-z-]+-desc\.gen\.js'/)
    }
    expect(a.get(WRITE_FILE)).not.toMatch(/from '\.\/parquet-(footer|page-header|index)\.gen\.js'/)
  })

  it('fails the check when the IDL changes', () => {
    const idl = readFileSync(join(root, 'thrift', 'parquet.thrift'), 'utf8')
    const changed = idl.replace('ALP = 10;', 'ALP = 10;\n  NEXT = 11;')
    expect(generate(parseIdl(changed)).get(TYPES_FILE)).not.toBe(readFileSync(join(root, 'src', 'format', TYPES_FILE), 'utf8'))
  })
})
