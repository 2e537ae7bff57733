/** The committed src/format/parquet*.gen.ts and src/format/enum/*.gen.ts modules must match a fresh run of the generator. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as CompressionCodecs from '../../src/format/enum/compression-codec.gen.js'
import * as ConvertedTypes from '../../src/format/enum/converted-type.gen.js'
import * as Encodings from '../../src/format/enum/encoding.gen.js'
import * as PageTypes from '../../src/format/enum/page-type.gen.js'
import { CompressionCodec, ConvertedType, Encoding, EncodingNames, PageType } from '../../src/format/parquet.gen.js'
import { descFile, enumFile, generate, HEADER, READ_MODULES, TYPES_FILE, WRITE_FILE } from '../../thrift/emit.js'
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
    const enums = parseIdl(idl).enums.map((e) => enumFile(e.name))
    expect([...a.keys()].sort()).toEqual([TYPES_FILE, WRITE_FILE, ...enums, ...READ_MODULES.flatMap((m) => [m.file, descFile(m.file)])].sort())
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

  it('emits one module of plain constants per enum, named after the enum in kebab case', () => {
    const a = generate(parseIdl(readFileSync(join(root, 'thrift', 'parquet.thrift'), 'utf8')))
    expect(enumFile('CompressionCodec')).toBe('enum/compression-codec.gen.ts')
    expect(enumFile('Type')).toBe('enum/type.gen.ts')
    // Only `export const NAME = number` lines (and comments): nothing a bundler could not inline.
    for (const e of parseIdl(readFileSync(join(root, 'thrift', 'parquet.thrift'), 'utf8')).enums) {
      const code = a.get(enumFile(e.name))!.split('\n').filter((l) => l && !/^\s*(\/\/|\/\*\*|\*)/.test(l))
      expect(code).toEqual(e.values.map((v) => `export const ${v.name} = ${v.value}`))
    }
    // Values from parquet-format's parquet.thrift.
    expect([Encodings.PLAIN, Encodings.PLAIN_DICTIONARY, Encodings.RLE, Encodings.BIT_PACKED, Encodings.RLE_DICTIONARY, Encodings.BYTE_STREAM_SPLIT]).toEqual([0, 2, 3, 4, 8, 9])
    expect([PageTypes.DATA_PAGE, PageTypes.INDEX_PAGE, PageTypes.DICTIONARY_PAGE, PageTypes.DATA_PAGE_V2]).toEqual([0, 1, 2, 3])
    expect([CompressionCodecs.SNAPPY, CompressionCodecs.ZSTD, CompressionCodecs.LZ4_RAW]).toEqual([1, 6, 7])
    expect(ConvertedTypes.JSON).toBe(19)
    // The same values as the public enum objects.
    expect({ ...Encodings }).toEqual(Encoding)
    expect({ ...PageTypes }).toEqual(PageType)
    expect({ ...CompressionCodecs }).toEqual(CompressionCodec)
    expect({ ...ConvertedTypes }).toEqual(ConvertedType)
  })

  it('names Encoding values with a gap at id 1 (GROUP_VAR_INT, no longer in parquet.thrift)', () => {
    expect(EncodingNames[0]).toBe('PLAIN')
    expect(EncodingNames[1]).toBeUndefined()
    expect(EncodingNames[2]).toBe('PLAIN_DICTIONARY')
    expect(EncodingNames[8]).toBe('RLE_DICTIONARY')
    expect(EncodingNames[11]).toBeUndefined()
    expect(Object.keys(EncodingNames)).toEqual(['0', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
  })

  it('fails the check when the IDL changes', () => {
    const idl = readFileSync(join(root, 'thrift', 'parquet.thrift'), 'utf8')
    const changed = idl.replace('ALP = 10;', 'ALP = 10;\n  NEXT = 11;')
    expect(generate(parseIdl(changed)).get(TYPES_FILE)).not.toBe(readFileSync(join(root, 'src', 'format', TYPES_FILE), 'utf8'))
  })
})
