/**
 * What modular encryption costs: the same 500,000 rows written and read
 * plaintext, with AES_GCM_V1 and with AES_GCM_CTR_V1 (every column under the
 * footer key), as ratios to plaintext; medians of interleaved rounds. No JS
 * peer reads or writes modular encryption, so plaintext is the reference.
 * Run: npx tsx bench/encryption-cost.ts
 */
import type { EncryptionOptions } from '../src/crypto/options.js'
import { readColumns, readRows } from '../src/read/read.js'
import { writeRows } from '../src/write/write.js'

const ROWS = Array.from({ length: 500_000 }, (_, i) => ({
  orderkey: BigInt(i), partkey: i % 200_000, price: (i * 7) % 10_000 / 100, flag: 'ANR'[i % 3]!, comment: `c${(i * 2654435761) % 1_000_003}`,
}))
const footerKey = new TextEncoder().encode('0123456789012345')
const MODES: [string, EncryptionOptions | undefined][] = [
  ['plaintext', undefined],
  ['AES_GCM_V1', { footerKey }],
  ['AES_GCM_CTR_V1', { footerKey, algorithm: 'AES_GCM_CTR_V1' }],
]

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await fn()
  return performance.now() - t
}

const files = new Map<string, Uint8Array>()
for (const [name, encryption] of MODES) files.set(name, await writeRows(ROWS, { encryption }))
const times = new Map(MODES.map(([name]) => [name, { write: [] as number[], rows: [] as number[], columns: [] as number[] }]))
for (let round = 0; round < 9; round++) {
  for (const [name, encryption] of MODES) {
    const t = times.get(name)!
    const bytes = files.get(name)!
    const decryption = encryption && { footerKey }
    t.write.push(await timed(() => writeRows(ROWS, { encryption })))
    t.rows.push(await timed(() => readRows(bytes, { decryption })))
    t.columns.push(await timed(() => readColumns(bytes, { decryption })))
  }
}
const base = times.get('plaintext')!
console.log(`500,000 rows, 5 columns, SNAPPY; medians of 9 interleaved rounds (ratio to plaintext)`)
console.log('| mode | file | writeRows | readRows | readColumns |\n| --- | ---: | ---: | ---: | ---: |')
for (const [name] of MODES) {
  const t = times.get(name)!
  const cell = (xs: number[], ref: number[]) => `${median(xs).toFixed(0)} ms (${(median(xs) / median(ref)).toFixed(2)}×)`
  console.log(`| ${name} | ${(files.get(name)!.length / 1e6).toFixed(2)} MB | ${cell(t.write, base.write)} | ${cell(t.rows, base.rows)} | ${cell(t.columns, base.columns)} |`)
}
