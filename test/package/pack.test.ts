/**
 * The npm package as users get it: `npm pack`, then publint and
 * arethetypeswrong on the tarball, then the tarball installed into a fresh
 * project in a temporary folder, used from ESM, from CommonJS, from strict
 * TypeScript (types checked with the repo's tsc, both module formats) and
 * through its `parquet-ts` bin.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { publint } from 'publint'
import { formatMessage } from 'publint/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusFile } from '../corpus.js'
import { ensureBuild, ROOT } from '../helpers/ensure-build.js'

const GZIP_FILE = corpusFile('data/concatenated_gzip_members.parquet')
const ZSTD_FILE = corpusFile('data/delta_length_byte_array.parquet')

let work: string
let tarball: string
let packed: { files: { path: string }[] }
let consumer: string

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } })
}

/**
 * Installs the tarball (and @types/node at the repo's version, which a TypeScript user of the
 * Node entry has) from the local npm cache; asks the registry only for what the cache lacks.
 */
function installTarball(dir: string): void {
  const typesNode = JSON.parse(readFileSync(join(ROOT, 'node_modules/@types/node/package.json'), 'utf8')).version
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball, `@types/node@${typesNode}`]
  try {
    run('npm', [...args, '--offline'], dir)
  } catch {
    run('npm', [...args, '--prefer-offline'], dir)
  }
}

beforeAll(async () => {
  await ensureBuild()
  work = mkdtempSync(join(tmpdir(), 'parquet-ts-pack-'))
  const out = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], ROOT))
  packed = out[0]
  tarball = join(work, out[0].filename)
  consumer = join(work, 'consumer')
  run('mkdir', ['-p', consumer], work)
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
  installTarball(consumer)
}, 240_000)

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('the packed tarball', () => {
  it('holds dist/, README and LICENSE, and no sources, tests or corpus', () => {
    const paths = packed.files.map((f) => f.path)
    for (const need of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/node.js', 'dist/cli.js']) {
      expect(paths).toContain(need)
    }
    expect(paths.filter((p) => !/^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(p))).toEqual([])
    expect(paths.filter((p) => p.endsWith('.parquet') || p.startsWith('dist/docs/'))).toEqual([])
  })

  it('publint reports nothing, suggestions included', async () => {
    const tar = readFileSync(tarball)
    const { messages, pkg } = await publint({ pack: { tarball: tar.buffer.slice(tar.byteOffset, tar.byteOffset + tar.length) }, level: 'suggestion', strict: true })
    expect(messages.map((m) => formatMessage(m, pkg) ?? m.code)).toEqual([])
  })

  it('arethetypeswrong finds no problem in any entry point or resolution mode', () => {
    let text: string
    try {
      text = run(join(ROOT, 'node_modules/.bin/attw'), [tarball, '--format', 'json'], work)
    } catch (e) {
      text = (e as { stdout?: string }).stdout ?? String(e)
    }
    const report = JSON.parse(text)
    expect(report.analysis.problems ?? report.problems).toEqual([])
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './node', './package.json'])
  })
})

const ESM = `
import { readRows, readMetadata, ParquetError } from 'parquet-ts'
import { fileSource } from 'parquet-ts/node'
const gzip = await readRows(await fileSource(process.argv[2]))
const zstd = await readMetadata(await fileSource(process.argv[3]))
const zstdRows = await readRows(await fileSource(process.argv[3]), { metadata: zstd, rowEnd: 3 })
console.log(JSON.stringify({ n: gzip.length, first: gzip.slice(0, 3).map((r) => String(r.long_col)), zstd: zstd.numRows, zstdRows, error: typeof ParquetError }))
`

const CJS = `
const { readRows, readMetadata, ParquetError } = require('parquet-ts')
const { fileSource } = require('parquet-ts/node')
;(async () => {
  const gzip = await readRows(await fileSource(process.argv[2]))
  const zstd = await readMetadata(await fileSource(process.argv[3]))
  const zstdRows = await readRows(await fileSource(process.argv[3]), { metadata: zstd, rowEnd: 3 })
  console.log(JSON.stringify({ n: gzip.length, first: gzip.slice(0, 3).map((r) => String(r.long_col)), zstd: zstd.numRows, zstdRows, error: typeof ParquetError }))
})()
`

/** Type use that compiles only when the declarations are found and right (not `any`). */
const TYPES = (importLine: string) => `${importLine}
export async function firstIds(path: string): Promise<number> {
  const meta: ParquetMetadata = await readMetadata(await fileSource(path))
  const rows: Record<string, unknown>[] = await readRows(await fileSource(path), { metadata: meta, columns: ['id'], rowEnd: 2 })
  const columns = await readColumns(await fileSource(path), { columns: ['id'] })
  const source: ByteSource = await fileSource(path)
  if (isParquetError(new Error('x'))) throw new ParquetError('ARGUMENT_INVALID', 'never')
  // @ts-expect-error readRows takes no number: fails to compile if the types were missing (any)
  await readRows(42)
  // @ts-expect-error rowStart is a number
  await readRows(source, { rowStart: 'one' })
  return rows.length + meta.numRows + Object.keys(columns).length
}
`

const IMPORTS = "{ readRows, readMetadata, readColumns, ParquetError, isParquetError, type ParquetMetadata, type ByteSource }"

describe('installed into a fresh project', () => {
  const expected = {
    n: 513,
    first: ['1', '2', '3'],
    zstd: 1000,
  }

  it('ESM import works, codec chunks included (GZIP, ZSTD)', () => {
    writeFileSync(join(consumer, 'esm.mjs'), ESM)
    const out = JSON.parse(run('node', ['esm.mjs', GZIP_FILE, ZSTD_FILE], consumer))
    expect(out).toMatchObject({ ...expected, error: 'function' })
    expect(out.zstdRows.length).toBe(3)
  })

  it('CommonJS require works and gives what ESM gives', () => {
    writeFileSync(join(consumer, 'cjs.cjs'), CJS)
    const cjs = run('node', ['cjs.cjs', GZIP_FILE, ZSTD_FILE], consumer)
    expect(cjs).toBe(run('node', ['esm.mjs', GZIP_FILE, ZSTD_FILE], consumer))
  })

  it('types compile under strict TypeScript, from ESM (.mts) and CommonJS (.cts)', () => {
    writeFileSync(join(consumer, 'use.mts'), TYPES(`import ${IMPORTS} from 'parquet-ts'\nimport { fileSource } from 'parquet-ts/node'`))
    writeFileSync(join(consumer, 'use.cts'), TYPES(`import ${IMPORTS} from 'parquet-ts'\nimport { fileSource } from 'parquet-ts/node'`))
    const tsconfig = { compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: ['node'] }, files: ['use.mts', 'use.cts'] }
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify(tsconfig))
    let output = ''
    try {
      output = run('node', [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], consumer)
    } catch (e) {
      output = `${(e as { stdout?: string }).stdout ?? ''}${(e as { stderr?: string }).stderr ?? String(e)}`
    }
    expect(output).toBe('')
  })

  it('the CLI runs through npx parquet-ts head', () => {
    const out = run('npx', ['--no-install', 'parquet-ts', 'head', GZIP_FILE, '--limit', '3'], consumer)
    expect(out).toBe('{"long_col":"1"}\n{"long_col":"2"}\n{"long_col":"3"}\n')
  })
})
