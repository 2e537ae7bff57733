/**
 * Bundle sizes next to hyparquet's for the same uses: the same esbuild
 * settings as bench/size.ts (browser, ESM, minified, code splitting, gzip -9)
 * applied to one-line apps that import hyparquet, hyparquet-compressors and
 * hyparquet-writer (dev dependencies, installed for the benchmark). parquet-ts
 * is measured from src/ with bench/size.ts's `probe`. Informational: prints a
 * table, fails only when a probe cannot be built.
 *
 * Usage: `npx tsx bench/size-peers.ts` (also run by `npm run size`).
 */
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'
import * as esbuild from 'esbuild'
import { ROOT } from '../test/helpers/ensure-build.js'
import { BROWSER_BUILD, type ProbeResult, probe } from './size.js'

interface Use {
  use: string
  /** parquet-ts probe name (bench/size.ts) and which of its chunks count. */
  ours: { probe: string; part: 'first' | 'lazy' }
  /** The peer app's source. */
  peer: string
}

const USES: Use[] = [
  { use: 'metadata only', ours: { probe: 'readMetadata', part: 'first' }, peer: `export { parquetMetadataAsync } from 'hyparquet'` },
  {
    use: 'rows of a remote file (first chunk)',
    ours: { probe: 'readRows', part: 'first' },
    peer: `export { parquetReadObjects, asyncBufferFromUrl } from 'hyparquet'`,
  },
  { use: 'every codec (loaded on demand)', ours: { probe: 'readRows', part: 'lazy' }, peer: `export { compressors } from 'hyparquet-compressors'` },
  { use: 'write rows', ours: { probe: 'writeRows', part: 'first' }, peer: `export { parquetWriteBuffer } from 'hyparquet-writer'` },
]

/** Gzipped bytes of everything esbuild emits for a peer app (it has no dynamic imports). */
async function peerSize(source: string): Promise<number> {
  const result = await esbuild.build({
    ...BROWSER_BUILD,
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    splitting: true,
    outdir: join(ROOT, '.tmp/size-peers'),
    logLevel: 'error',
  })
  return result.outputFiles.filter((f) => f.path.endsWith('.js')).reduce((n, f) => n + gzipSync(f.contents, { level: 9 }).length, 0)
}

/** The first chunk, or the lazily loaded codec chunks (other lazy parts, e.g. the query engine, left out). */
function oursSize(r: ProbeResult, part: 'first' | 'lazy'): number {
  const chunks = part === 'first' ? r.first : r.lazy.filter((c) => c.codec !== undefined)
  return chunks.reduce((n, c) => n + c.gzip, 0)
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

async function main(): Promise<void> {
  const probes = new Map<string, ProbeResult>()
  console.log('\nparquet-ts (src) next to hyparquet for the same use; gzipped, same esbuild settings')
  console.log('| use | parquet-ts | hyparquet | hyparquet import |')
  console.log('| --- | ---: | ---: | --- |')
  for (const u of USES) {
    if (!probes.has(u.ours.probe)) probes.set(u.ours.probe, await probe(u.ours.probe, 'src'))
    const ours = oursSize(probes.get(u.ours.probe)!, u.ours.part)
    const theirs = await peerSize(u.peer)
    console.log(`| ${u.use} | ${kb(ours)} | ${kb(theirs)} | \`${u.peer.replace(/^export /, '')}\` |`)
  }
}

await main()
