/**
 * Where a probe's first chunk goes (bench/size.ts budgets the total): for
 * readMetadata and readRows, the same code bundled as one chunk with every
 * import() target left out (what the code weighs without code splitting),
 * then each first chunk with its gzipped size, its source files and the lazily
 * loaded parts that share it. esbuild gives every file to the chunk of the set
 * of entries using it, and every import() target of a module the root index
 * reaches is an entry, so a file used by the probe and by a lazy part lands in
 * a shared chunk gzipped on its own: that split is the gap between the two
 * figures.
 *
 * Usage: `tsx bench/size-chunks.ts [probe ...]` (from src).
 */
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { ROOT } from '../test/helpers/ensure-build.js'
import { BROWSER_BUILD, probe } from './size.js'

const gz = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length

/** The probe bundled as one file, dynamic imports external: [minified bytes, gzipped bytes]. */
async function oneChunk(name: string): Promise<[number, number]> {
  const result = await esbuild.build({
    ...BROWSER_BUILD,
    stdin: { contents: `export { ${name} } from './src/index.ts'`, resolveDir: ROOT, loader: 'js' },
    external: ['node:*'],
    logLevel: 'error',
    plugins: [{
      name: 'lazy-external',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined))
      },
    }],
  })
  const text = result.outputFiles[0]!.contents
  return [text.length, gz(text)]
}

/** The entry a chunk was made for (a probe or an import() target), by file name. */
function entryName(metafile: esbuild.Metafile, file: string): string {
  const entry = metafile.outputs[file]?.entryPoint
  return (entry ?? file).split('/').pop()!.replace(/^probe:/, '')
}

async function report(name: string): Promise<void> {
  const [minified, one] = await oneChunk(name)
  const r = await probe(name, 'src')
  const total = r.first.reduce((sum, c) => sum + c.gzip, 0)
  console.log(`${name}: first chunk ${total} B gz in ${r.first.length} chunks; as one chunk ${one} B gz (${minified} B minified)`)
  for (const c of r.first) {
    const sharedWith = r.chunks.filter((x) => x.staticImports.includes(c.file) && !r.first.includes(x)).map((x) => entryName(r.metafile, x.file))
    const inputs = Object.entries(r.metafile.outputs[c.file]?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0)
    console.log(`  ${String(c.gzip).padStart(6)} B  ${inputs.map(([f, i]) => `${f.replace(/^src\//, '')} ${i.bytesInOutput}`).join(', ') || '(entry)'}`)
    if (sharedWith.length) console.log(`          also loaded by: ${[...new Set(sharedWith)].join(', ')}`)
  }
}

for (const name of process.argv.slice(2).length ? process.argv.slice(2) : ['readMetadata', 'readRows']) await report(name)
