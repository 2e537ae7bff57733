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
 * Also what the one chunk would weigh without its error message texts, and
 * without those and the Thrift descriptor texts (the IDL names the footer is
 * decoded with): the share of the size that the project's standards (errors
 * saying what was expected and found; metadata keeping the IDL's names) cost.
 * Blanked in the minified text, so about, not exact.
 *
 * Usage: `tsx bench/size-chunks.ts [probe ...]` (from src).
 */
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { ROOT } from '../test/helpers/ensure-build.js'
import { BROWSER_BUILD, probe } from './size.js'

const gz = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length

/** The probe bundled as one file, dynamic imports external: its minified text. */
async function oneChunk(name: string): Promise<Uint8Array> {
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
  return result.outputFiles[0]!.contents
}

/**
 * `text` with every template literal (with what its `${}` hold) replaced by an
 * empty one, and each quoted string by what `quoted` gives for it and the
 * character before it.
 */
function blankStrings(text: string, quoted: (s: string, before: string) => string): string {
  let out = ''
  // One entry per open template: how many braces are open in its current `${}` (-1: in the literal text).
  const open: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    const top = open.length - 1
    if (top >= 0 && open[top] === -1) {
      if (ch === '\\') i++
      else if (ch === '`') open.pop()
      else if (ch === '$' && text[i + 1] === '{') {
        open[top] = 0
        i++
      }
      continue
    }
    if (ch === '"' || ch === "'") {
      // A quoted string is taken whole (a backtick inside one is not a template).
      let j = i + 1
      while (text[j] !== ch) j += text[j] === '\\' ? 2 : 1
      if (top < 0) out += quoted(text.slice(i, j + 1), text[i - 1] ?? '')
      i = j
    } else if (ch === '`') {
      if (top < 0) out += '``'
      open.push(-1)
    } else if (top >= 0) {
      if (ch === '{') open[top]!++
      else if (ch === '}') open[top] = open[top] ? open[top]! - 1 : -1
    } else out += ch
  }
  return out
}

/** [minified, gzipped] sizes of the one chunk: as is, without message texts, without those and descriptor texts. */
function floors(bytes: Uint8Array): [number, number][] {
  const text = new TextDecoder().decode(bytes)
  // Messages: template literals, and quoted strings with a space that do not open an array (descriptor texts do).
  const noMessages = blankStrings(text, (s, before) => (s.includes(' ') && before !== '[' ? '""' : s))
  const noDescriptors = blankStrings(noMessages, (s) => (s.includes(' ') ? '""' : s))
  return [text, noMessages, noDescriptors].map((t) => [t.length, gz(new TextEncoder().encode(t))])
}

/** The entry a chunk was made for (a probe or an import() target), by file name. */
function entryName(metafile: esbuild.Metafile, file: string): string {
  const entry = metafile.outputs[file]?.entryPoint
  return (entry ?? file).split('/').pop()!.replace(/^probe:/, '')
}

async function report(name: string): Promise<void> {
  const [[minified, one], [, noMessages], [, noDescriptors]] = floors(await oneChunk(name))
  const r = await probe(name, 'src')
  const total = r.first.reduce((sum, c) => sum + c.gzip, 0)
  console.log(`${name}: first chunk ${total} B gz in ${r.first.length} chunks; as one chunk ${one} B gz (${minified} B minified)`)
  console.log(`  as one chunk without error message texts about ${noMessages} B gz, without those and the Thrift descriptor texts about ${noDescriptors} B gz`)
  for (const c of r.first) {
    const sharedWith = r.chunks.filter((x) => x.staticImports.includes(c.file) && !r.first.includes(x)).map((x) => entryName(r.metafile, x.file))
    const inputs = Object.entries(r.metafile.outputs[c.file]?.inputs ?? {}).filter(([, i]) => i.bytesInOutput > 0)
    console.log(`  ${String(c.gzip).padStart(6)} B  ${inputs.map(([f, i]) => `${f.replace(/^src\//, '')} ${i.bytesInOutput}`).join(', ') || '(entry)'}`)
    if (sharedWith.length) console.log(`          also loaded by: ${[...new Set(sharedWith)].join(', ')}`)
  }
}

for (const name of process.argv.slice(2).length ? process.argv.slice(2) : ['readMetadata', 'readRows']) await report(name)
