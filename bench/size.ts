/**
 * Bundle-size probes: proves that the root entry tree-shakes. Each probe is a
 * one-line app importing one public function; esbuild bundles it for the
 * browser (minified, ESM, code splitting) and every output chunk is gzipped.
 * The first chunk (what a page loads up front: the entry and the chunks it
 * imports statically) is kept apart from the chunks loaded by dynamic import
 * (the codecs). Fails when a budget is exceeded, when a `node:` import reaches
 * a browser bundle, when importing the root entry alone leaves code behind,
 * or when codec code leaks into a first chunk or from one codec to another.
 *
 * Usage: `npm run size` (both modes), `tsx bench/size.ts --src|--dist`.
 * `src` bundles src/index.ts (precise per-file attribution); `dist` bundles
 * the built package through its package.json exports, as a user's bundler would.
 */
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import * as esbuild from 'esbuild'
import { ensureBuild, ROOT } from '../test/helpers/ensure-build.js'

export type Mode = 'src' | 'dist'

/**
 * First-chunk budgets in gzipped bytes. `target` is the goal set for the
 * project; `limit` is what CI enforces today (the measured size plus about 5%
 * headroom) until the target is met, so growth is caught either way.
 * `lazy: 0` means no lazy chunk may appear at all. The limits hold in both
 * modes (the ESM build is emitted file by file, so dist measures as src).
 */
const BUDGETS: Record<string, { limit: number; target: number; lazy?: number }> = {
  'import only': { limit: 0, target: 0, lazy: 0 },
  'import only, no hints': { limit: 2048, target: 2048 },
  // Measured (tsx bench/size.ts --src, f85e688): readMetadata 7015 B, readRows 19009 B, writeRows 35788 B.
  readMetadata: { limit: 7 * 1024, target: 5 * 1024 },
  readRows: { limit: 19.5 * 1024, target: 16 * 1024 },
  // Our own target for the writer (the issue sets none).
  writeRows: { limit: 37 * 1024, target: 28 * 1024 },
}

/** The codec a bundle input belongs to, by file or package name; undefined for non-codec code. */
export function codecOf(input: string): string | undefined {
  const vendor: Record<string, string> = { fzstd: 'zstd', brotli: 'brotli', fflate: 'gzip', snappyjs: 'snappy', lz4js: 'lz4' }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]
  if (pkg) return vendor[pkg]
  const src = /(?:src|dist)\/compression\/(zstd|brotli|gzip|snappy|lz4-raw|lz4-block|lz4|lzo|lz77|hadoop-framing|uncompressed)[.-]/.exec(input)?.[1]
  const shared: Record<string, string> = { lz77: 'zstd+brotli', 'lz4-block': 'lz4+lz4-raw', 'hadoop-framing': 'lz4+lzo' }
  if (src) return shared[src] ?? src
  return undefined
}

export interface ChunkInfo {
  file: string
  bytes: number
  gzip: number
  inputs: string[]
  /** Files imported statically (loaded together with this chunk). */
  staticImports: string[]
  /** Files imported with import(). */
  dynamicImports: string[]
  /** The codec whose dynamic import loads this chunk, if any. */
  codec?: string
  /** Bare `node:` imports left in the chunk. */
  nodeImports: string[]
}

export interface ProbeResult {
  name: string
  chunks: ChunkInfo[]
  /** The entry chunk plus everything it imports statically. */
  first: ChunkInfo[]
  /** Chunks the first chunk can load with import() (and what those import). */
  lazy: ChunkInfo[]
  /** Chunks esbuild wrote for import() calls in code that tree shaking removed: never loaded. */
  unreachable: number
  metafile: esbuild.Metafile
}

function probeSource(name: string): string {
  return name.startsWith('import only') ? `import 'parquet-ts'\n` : `export { ${name} } from 'parquet-ts'\n`
}

function resolver(): esbuild.Plugin {
  return {
    name: 'probe',
    setup(build) {
      build.onResolve({ filter: /^probe:/ }, (args) => ({ path: args.path.slice(6), namespace: 'probe' }))
      build.onLoad({ filter: /.*/, namespace: 'probe' }, (args) => ({ contents: probeSource(args.path), resolveDir: ROOT, loader: 'js' }))
    },
  }
}

/** How every probe is bundled: what a browser app's production build does (minified ESM). */
export const BROWSER_BUILD = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false } as const

/** Bundles one probe and describes its chunks. */
export async function probe(name: string, mode: Mode): Promise<ProbeResult> {
  const result = await esbuild.build({
    ...BROWSER_BUILD,
    entryPoints: { [name.replace(/\W/g, '_')]: `probe:${name}` },
    // Without the hints, esbuild keeps every module for its possible side effects, and with code splitting a module
    // also used by a lazily loaded part is moved whole into a shared chunk the entry imports: function declarations,
    // not code that runs. One file (dynamic imports inlined, unused functions shaken) shows what does run on import.
    splitting: name !== 'import only, no hints',
    outdir: join(ROOT, '.tmp/size-probe'),
    absWorkingDir: ROOT,
    metafile: true,
    external: ['node:*'],
    // This probe ignores package.json sideEffects and /* @__PURE__ */: what is left is top-level code that a
    // bundler without those hints keeps (today: TextDecoder/TextEncoder instances, an endianness test).
    ignoreAnnotations: name === 'import only, no hints',
    logLevel: 'error',
    // src mode maps the name to the source through esbuild's own resolver, so package.json sideEffects still applies.
    alias: mode === 'src' ? { 'parquet-ts': './src/index.ts' } : {},
    plugins: [resolver()],
  })
  const metafile = result.metafile!
  const chunks = describeChunks(result.outputFiles!, metafile)
  const byFile = new Map(chunks.map((c) => [c.file, c]))
  // Dynamic-import targets are entry points too in the metafile: the probe's own entry is the one in the probe namespace.
  const entry = chunks.find((c) => metafile.outputs[c.file]!.entryPoint?.startsWith('probe:'))!
  const first = closure(entry, byFile)
  const reachable = closure(entry, byFile, true)
  const lazy = reachable.filter((c) => !first.includes(c))
  return { name, chunks, first, lazy, unreachable: chunks.length - reachable.length, metafile }
}

function describeChunks(files: esbuild.OutputFile[], metafile: esbuild.Metafile): ChunkInfo[] {
  const texts = new Map(files.map((f) => [f.path.slice(ROOT.length + 1), f.contents]))
  return Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, out]) => {
      const contents = texts.get(file) ?? new Uint8Array(0)
      const inputs = Object.keys(out.inputs)
      const codecs = new Set(inputs.map(codecOf).filter((c) => c !== undefined))
      return {
        file,
        bytes: contents.length,
        gzip: contents.length === 0 ? 0 : gzipSync(contents, { level: 9 }).length,
        inputs,
        staticImports: out.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path),
        dynamicImports: out.imports.filter((i) => i.kind === 'dynamic-import' && !i.external).map((i) => i.path),
        codec: codecs.size ? [...codecs].join('+') : undefined,
        nodeImports: out.imports.filter((i) => i.path.startsWith('node:')).map((i) => i.path),
      }
    })
}

/** A chunk and every chunk it imports statically (and with import() when `dynamic`), transitively. */
export function closure(chunk: ChunkInfo, byFile: Map<string, ChunkInfo>, dynamic = false): ChunkInfo[] {
  const seen = new Map<string, ChunkInfo>()
  const visit = (c: ChunkInfo) => {
    if (seen.has(c.file)) return
    seen.set(c.file, c)
    for (const f of c.staticImports) visit(byFile.get(f)!)
    if (dynamic) for (const f of c.dynamicImports) visit(byFile.get(f)!)
  }
  visit(chunk)
  return [...seen.values()]
}

const sum = (chunks: ChunkInfo[], key: 'bytes' | 'gzip') => chunks.reduce((n, c) => n + c[key], 0)
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(9)

/** The probe names: every read entry point, plus writeRows once the root entry exports it. */
export async function probeNames(): Promise<string[]> {
  const root = (await import('../src/index.js')) as Record<string, unknown>
  const names = ['import only', 'import only, no hints', 'readMetadata', 'readRows', 'readColumns', 'readRowGroups', 'urlSource', 'blobSource']
  return typeof root.writeRows === 'function' ? [...names, 'writeRows'] : names
}

/** Every rule the probes must meet; returns the broken ones. */
export function checkProbe(r: ProbeResult): string[] {
  const errors: string[] = []
  const budget = BUDGETS[r.name]
  const first = sum(r.first, 'gzip')
  if (budget && first > budget.limit) errors.push(`${r.name}: first chunk ${first} B gzipped, over the limit of ${budget.limit} B`)
  if (budget?.lazy === 0 && r.lazy.length) errors.push(`${r.name}: expected no lazy chunk, found ${r.lazy.length}`)
  for (const c of [...r.first, ...r.lazy]) if (c.nodeImports.length) errors.push(`${r.name}: ${c.file} imports ${c.nodeImports.join(', ')}`)
  for (const c of r.first) {
    const leaked = c.inputs.filter((i) => codecOf(i) && codecOf(i) !== 'uncompressed')
    if (leaked.length) errors.push(`${r.name}: codec code in the first chunk: ${leaked.join(', ')}`)
  }
  return [...errors, ...checkCodecIsolation(r)]
}

/** Loading one codec's chunk (with its static imports) must not bring in another codec's code. */
function checkCodecIsolation(r: ProbeResult): string[] {
  const errors: string[] = []
  const byFile = new Map(r.chunks.map((c) => [c.file, c]))
  for (const codec of ['snappy', 'gzip', 'zstd', 'brotli', 'lz4-raw']) {
    const own = r.lazy.find((c) => c.codec === codec)
    if (!own) continue
    // Code shared by several codecs (e.g. lz77 for the zstd and brotli compressors) may load with any of them.
    const foreign = closure(own, byFile).flatMap((c) => c.inputs.filter((i) => !(codecOf(i) ?? codec).split('+').includes(codec)))
    if (foreign.length) errors.push(`${r.name}: loading ${codec} also loads ${foreign.join(', ')}`)
  }
  return errors
}

function printTable(mode: Mode, results: ProbeResult[]): void {
  console.log(`\n${mode === 'src' ? 'from src/index.ts' : "from the built package ('parquet-ts' → dist/)"}; bytes minified / gzipped`)
  console.log(`${'probe'.padEnd(22)}${'first raw'.padStart(10)}${'first gz'.padStart(10)}${'limit'.padStart(10)}${'target'.padStart(10)}  lazy chunks, gzipped KB`)
  for (const r of results) {
    const b = BUDGETS[r.name]
    const cells = [sum(r.first, 'bytes'), sum(r.first, 'gzip')].map(kb).join(' ')
    const limits = b ? `${kb(b.limit)} ${kb(b.target)}` : `${'-'.padStart(9)} ${'-'.padStart(9)}`
    const lazy = r.lazy.map((c) => `${c.codec ?? 'shared'} ${(c.gzip / 1024).toFixed(1)}`).join(', ') || '-'
    const mark = b && sum(r.first, 'gzip') > b.target ? ' (over target)' : ''
    console.log(`${r.name.padEnd(22)}${cells} ${limits}  ${lazy}${mark}`)
  }
}

/** The heaviest inputs of a probe's first chunk (esbuild metafile bytesInOutput, before gzip). */
export function heaviestInputs(r: ProbeResult, top = 8): [string, number][] {
  const weights: [string, number][] = []
  for (const c of r.first) for (const [input, info] of Object.entries(r.metafile.outputs[c.file]?.inputs ?? {})) weights.push([input, info.bytesInOutput])
  return weights.sort((a, b) => b[1] - a[1]).slice(0, top)
}

function printWeights(r: ProbeResult): void {
  console.log(`  ${r.name}: heaviest inputs of the first chunk (minified bytes)`)
  for (const [input, bytes] of heaviestInputs(r)) console.log(`    ${String(bytes).padStart(7)}  ${input}`)
}

/** What a page loads, beyond the first chunk, the first time it meets each codec. */
function printCodecLoads(r: ProbeResult): void {
  const byFile = new Map(r.chunks.map((c) => [c.file, c]))
  console.log('  readRows, loaded on first use of each codec (chunk + its static imports, gzipped):')
  for (const own of r.lazy.filter((c) => c.codec && !c.codec.includes('+'))) {
    const loaded = closure(own, byFile)
    const codecs = [...new Set(loaded.map((c) => c.codec ?? 'shared'))].join(', ')
    console.log(`    ${own.codec!.padEnd(13)}${kb(sum(loaded, 'gzip'))}  (${codecs})`)
  }
}

async function main(): Promise<void> {
  const arg = process.argv.find((a) => a === '--src' || a === '--dist')
  const modes: Mode[] = arg === '--src' ? ['src'] : arg === '--dist' ? ['dist'] : ['src', 'dist']
  if (modes.includes('dist')) await ensureBuild()
  const names = await probeNames()
  const errors: string[] = []
  for (const mode of modes) {
    const results: ProbeResult[] = []
    for (const name of names) results.push(await probe(name, mode))
    printTable(mode, results)
    if (process.argv.includes('--why')) for (const r of results) printWeights(r)
    printCodecLoads(results.find((r) => r.name === 'readRows')!)
    for (const r of results) errors.push(...checkProbe(r).map((e) => `[${mode}] ${e}`))
  }
  if (errors.length) {
    console.error(`\nsize check FAILED:\n  ${errors.join('\n  ')}`)
    process.exit(1)
  }
  console.log('\nsize check passed: budgets met, no node: imports, root import leaves no code, codecs isolated in lazy chunks')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) await main()
