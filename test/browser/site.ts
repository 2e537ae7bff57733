/**
 * What the test server hands to Chromium: the ESM build (dist/), an import map
 * for the packages dist/ imports by bare name (each prebundled to one browser
 * ESM file with esbuild, as a dev server would), a page that loads
 * /dist/index.js as a module, and the corpus files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as esbuild from 'esbuild'
import { ROOT } from '../helpers/ensure-build.js'

/**
 * The value → JSON text used on both sides (page and Node) before comparing:
 * bigint as a decimal string, bytes as hex, typed arrays as plain arrays.
 * Kept as source text so the page and Node run the very same function.
 */
export const TO_JSON_BODY = `
  return JSON.stringify(value, function (key, v) {
    if (typeof v === 'bigint') return v.toString()
    if (v instanceof Uint8Array) return 'bytes:' + Array.from(v, function (b) { return b.toString(16).padStart(2, '0') }).join('')
    if (ArrayBuffer.isView(v)) return Array.from(v, function (x) { return typeof x === 'bigint' ? x.toString() : x })
    if (typeof v === 'number' && !Number.isFinite(v)) return 'number:' + String(v)
    return v
  })`

/** The serializer for Node. */
export const toJson = new Function('value', TO_JSON_BODY) as (value: unknown) => string

/** dist/'s .js files as paths relative to dist/, in every folder (the ESM build mirrors src/). */
function distFiles(): string[] {
  return (readdirSync(join(ROOT, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.js') && !f.startsWith('docs/')).map((f) => f.replace(/\\/g, '/'))
}

/** Bare import specifiers in the library's browser files (every .js under dist/ but the CLI and the Node-only modules). */
export function bareImports(): string[] {
  const found = new Set<string>()
  for (const name of distFiles()) {
    if (name === 'cli.js' || name === 'node.js' || name.startsWith('serve/') || name.startsWith('cli/')) continue
    const text = readFileSync(join(ROOT, 'dist', name), 'utf8')
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"'./][^"']*)["']/g)) {
      if (!m[1]!.startsWith('node:') && !m[1]!.startsWith('parquet-ts')) found.add(m[1]!)
    }
  }
  return [...found].sort()
}

/**
 * One browser ESM file re-exporting package `spec` by name, and its default
 * export when it has one (CommonJS modules such as snappyjs, or brotli's
 * dictionary file whose module.exports is a string, included).
 */
async function vendorBundle(spec: string): Promise<Uint8Array> {
  const mod = (await import(spec)) as Record<string, unknown>
  const names = Object.keys(mod).filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n))
  const named = names.length ? `export const { ${names.join(', ')} } = ns\n` : ''
  const fallback = 'default' in mod ? 'export default ns.default\n' : ''
  const result = await esbuild.build({
    stdin: { contents: `import * as ns from '${spec}'\n${named}${fallback}`, resolveDir: ROOT },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  })
  return result.outputFiles[0]!.contents
}

const vendorPath = (spec: string) => `vendor/${spec.replace(/\//g, '__')}.js`

function pageHtml(specs: string[]): string {
  const imports = Object.fromEntries(specs.map((s) => [s, `/${vendorPath(s)}`]))
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>parquet-ts browser test</title>
<script type="importmap">${JSON.stringify({ imports })}</script>
<script>window.toJson = function (value) {${TO_JSON_BODY}\n}</script>
<script type="module">
  import * as pq from '/dist/index.js'
  window.pq = pq
  window.pqReady = true
</script></head>
<body><input type="file" id="file"></body></html>
`
}

/** The server's file map: page.html, dist/*, vendor/*, and the given corpus files under corpus/. */
export async function siteFiles(corpus: Record<string, string>): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = {}
  for (const name of distFiles()) files[`dist/${name}`] = join(ROOT, 'dist', name)
  const specs = bareImports()
  for (const spec of specs) files[vendorPath(spec)] = await vendorBundle(spec)
  files['page.html'] = new TextEncoder().encode(pageHtml(specs))
  files['favicon.ico'] = new Uint8Array(0)
  for (const [name, path] of Object.entries(corpus)) {
    if (!existsSync(path)) throw new Error(`corpus file missing: ${path}`)
    files[`corpus/${name}`] = path
  }
  return files
}
