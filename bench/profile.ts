/**
 * Where parquet-ts spends a read: runs readRows or readColumns on the built
 * dist/ under `node --cpu-prof` (one warm-up and two runs in one process) and
 * lists the functions with the most self time, with their share of all
 * samples. Needs dist/ (npm run build) and the data sets (npm run bench).
 *
 *   npm run bench:profile -- [readRows|readColumns] [data set, default lineitem-snappy] [top N, default 25] [options as JSON]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { fileURLToPath } from 'node:url'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '')
const [fn = 'readRows', dataset = 'lineitem-snappy', top = '25', options = '{}'] = process.argv.slice(2)
const FILE = `${ROOT}/bench/data/${dataset}.parquet`
const DIR = `${ROOT}/bench/.cache/profile`

function profileRead(): Profile {
  if (fn !== 'readRows' && fn !== 'readColumns') throw new Error(`expected readRows or readColumns, found ${fn}`)
  if (!existsSync(`${ROOT}/dist/index.js`)) throw new Error('no dist/index.js: npm run build first')
  if (!existsSync(FILE)) throw new Error(`no ${FILE}: npm run bench makes the data sets`)
  rmSync(DIR, { recursive: true, force: true })
  mkdirSync(DIR, { recursive: true })
  const script = `
    import { readFileSync } from 'node:fs'
    const pt = await import(${JSON.stringify(`${ROOT}/dist/index.js`)})
    const bytes = new Uint8Array(readFileSync(${JSON.stringify(FILE)}))
    for (let i = 0; i < 3; i++) {
      const t = performance.now()
      await pt.${fn}(bytes, ${JSON.stringify(JSON.parse(options))})
      console.log('run', i, Math.round(performance.now() - t), 'ms')
    }`
  const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${DIR}`, '--max-old-space-size=12288', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  if (r.status !== 0) throw new Error(`profiled process failed (exit ${r.status})`)
  const name = readdirSync(DIR).find((f) => f.endsWith('.cpuprofile'))
  if (!name) throw new Error('no .cpuprofile written')
  return JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Profile
}

const maps = new Map<string, SourceMap | undefined>()

/** Where a dist/ position comes from in src/ (through the build's source map), else the dist position. */
function origin(url: string, line: number, column: number): string {
  const file = url.replace(/^file:\/\//, '')
  if (!file.startsWith(`${ROOT}/dist/`)) return file.startsWith('node:') || !file ? file : file.replace(`${ROOT}/`, '')
  if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : undefined)
  const entry = maps.get(file)?.findEntry(line, column) as { originalSource?: string; originalLine?: number } | undefined
  if (!entry?.originalSource) return `${file.replace(`${ROOT}/`, '')}:${line + 1}`
  return `${entry.originalSource.replace(/^.*?\/src\//, 'src/')}:${(entry.originalLine ?? 0) + 1}`
}

/** Self time (µs) per function (name, source file, line), largest first. */
function selfTimes(p: Profile): { key: string; us: number }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const totals = new Map<string, number>()
  for (let i = 0; i < p.samples.length; i++) {
    const f = byId.get(p.samples[i]!)!.callFrame
    const key = `${f.functionName || '(anonymous)'} ${origin(f.url, f.lineNumber, f.columnNumber)}`.trim()
    totals.set(key, (totals.get(key) ?? 0) + (p.timeDeltas[i] ?? 0))
  }
  return [...totals].map(([key, us]) => ({ key, us })).sort((a, b) => b.us - a.us)
}

const times = selfTimes(profileRead())
const total = times.reduce((n, t) => n + t.us, 0)
console.log(`\n${fn} on ${dataset}: ${(total / 1e6).toFixed(1)} s of samples; top self time:\n`)
console.log('| self % | self ms | function (source file:line) |\n| ---: | ---: | --- |')
for (const t of times.slice(0, Number(top))) {
  console.log(`| ${((t.us / total) * 100).toFixed(1)} | ${(t.us / 1000).toFixed(0)} | ${t.key} |`)
}
