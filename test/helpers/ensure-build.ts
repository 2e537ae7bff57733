/**
 * Makes sure `dist/` (the tsup build) is at least as new as its sources before
 * a test or script uses it. Builds with `npm run build` when stale; a lock
 * folder keeps test files running in parallel from building at the same time.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/node.js', 'dist/cli.js']
const INPUTS = ['package.json', 'tsup.config.ts']

function newestIn(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    const time = entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs
    if (time > newest) newest = time
  }
  return newest
}

/** True when a dist output is missing or older than a source file. */
export function distIsStale(): boolean {
  if (!OUTPUTS.every((f) => existsSync(join(ROOT, f)))) return true
  const oldestOutput = Math.min(...OUTPUTS.map((f) => statSync(join(ROOT, f)).mtimeMs))
  const newestInput = Math.max(newestIn(join(ROOT, 'src')), ...INPUTS.map((f) => statSync(join(ROOT, f)).mtimeMs))
  return newestInput > oldestOutput
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Builds `dist/` when stale; waits (up to 3 minutes) while another process holds the build lock. */
export async function ensureBuild(): Promise<void> {
  const lock = join(ROOT, '.tmp', 'build.lock')
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  for (let tries = 0; ; tries++) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (tries >= 900) throw new Error(`build lock ${lock} held for over 3 minutes; remove it if no build runs`)
      await sleep(200)
    }
  }
  try {
    if (distIsStale()) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' })
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
