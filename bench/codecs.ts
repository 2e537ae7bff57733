/**
 * Codec throughput: our Snappy and LZ4 decoders against snappyjs and lz4js on
 * a few MB of Parquet-like page data; Snappy decoding and encoding on the real
 * pages of bench/data/lineitem-snappy.parquet (when present), ours against
 * snappyjs and hyparquet-compressors' SNAPPY (hysnappy, WebAssembly), timed
 * interleaved page by page in CPU time, medians of several rounds; our ZSTD and BROTLI compressors against
 * the zstd command-line tool (its own -b benchmark) and Node's zlib brotli;
 * our BROTLI decoder against Node's zlib (native) on streams of our
 * compressor and of zlib at qualities 1, 5 and 11; our ZSTD decoder against
 * fzstd on the pages of bench/data/lineitem-zstd.parquet (when present) and on
 * frames of our compressor and of zstd -3, interleaved, CPU time, medians.
 * Run: npx tsx bench/codecs.ts (add --snappy to stop after the Snappy and LZ4
 * rows, --zstd for the ZSTD decoder rows only)
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { constants as zlibConstants, brotliCompressSync, brotliDecompressSync } from 'node:zlib'
import { compressors as hyCompressors } from 'hyparquet-compressors'
import * as lz4js from 'lz4js'
import { decompress as fzstdDecompress } from 'fzstd'
import * as snappyjs from 'snappyjs'
import * as lz4raw from '../src/compression/lz4-raw.js'
import * as snappy from '../src/compression/snappy.js'
import * as brotli from '../src/compression/brotli.js'
import * as zstd from '../src/compression/zstd.js'
import { brotliCompress } from '../src/compression/brotli-compress.js'
import { zstdCompress } from '../src/compression/zstd-compress.js'
import { readMetadata } from '../src/metadata/file-metadata.js'
import { splitPages } from '../src/page/page-read.js'
import { pageData } from '../test/compression/compress-inputs.js'

function mbPerSecond(bytes: number, fn: () => unknown): number {
  for (let i = 0; i < 3; i++) fn()
  let runs = 0
  const start = performance.now()
  while (performance.now() - start < 1000) {
    fn()
    runs++
  }
  return (bytes * runs) / 1e6 / ((performance.now() - start) / 1000)
}

function lz4jsBlock(data: Uint8Array): Uint8Array {
  const dst = new Uint8Array(data.length + Math.ceil(data.length / 255) + 16)
  const n = lz4js.compressBlock(data, dst, 0, data.length, new Uint32Array(1 << 16))
  return dst.subarray(0, n)
}

if (process.argv.includes('--zstd')) {
  await zstdDecodeRows()
  process.exit(0)
}

const data = pageData(4 * 1024 * 1024)
const n = data.length
const rows: [string, number][] = []
const snappyPacked = snappyjs.compress(data)
rows.push(['snappy decompress: ours', mbPerSecond(n, () => snappy.decompress(snappyPacked, n))])
rows.push(['snappy decompress: snappyjs', mbPerSecond(n, () => snappyjs.uncompress(snappyPacked))])
rows.push(['snappy compress: ours', mbPerSecond(n, () => snappy.compress(data))])
rows.push(['snappy compress: snappyjs', mbPerSecond(n, () => snappyjs.compress(data))])
const lz4Ours = lz4raw.compress(data)
const lz4Theirs = lz4jsBlock(data)
rows.push(['lz4 block decompress: ours', mbPerSecond(n, () => lz4raw.decompress(lz4Ours, n))])
rows.push(['lz4 block decompress: lz4js', mbPerSecond(n, () => lz4js.decompressBlock(lz4Ours, new Uint8Array(n), 0, lz4Ours.length, 0))])
rows.push(['lz4 block compress: ours', mbPerSecond(n, () => lz4raw.compress(data))])
rows.push(['lz4 block compress: lz4js', mbPerSecond(n, () => lz4jsBlock(data))])
console.log(`input ${(n / 1e6).toFixed(1)} MB; snappy ratio ${(n / snappyPacked.length).toFixed(2)}, lz4 ratio ours ${(n / lz4Ours.length).toFixed(2)}, lz4js ${(n / lz4Theirs.length).toFixed(2)}`)
for (const [name, v] of rows) console.log(`${name.padEnd(42)} ${v.toFixed(0).padStart(6)} MB/s`)

/** The data pages of a file compressed with `codec`: [compressed body, uncompressed size]. */
async function snappyPages(file: string, codec = 'SNAPPY'): Promise<[Uint8Array, number][]> {
  const bytes = new Uint8Array(readFileSync(file))
  const meta = await readMetadata(bytes)
  const pages: [Uint8Array, number][] = []
  for (const rg of meta.rowGroups) {
    for (const c of rg.columns) {
      if (c.codec !== codec) continue
      for (const p of splitPages(bytes.subarray(c.start, c.end), c.start, { column: c.path, rowGroup: rg.index }, { verifyChecksums: false })) {
        const v2 = p.header.data_page_header_v2
        if (v2?.is_compressed === false) continue
        const levels = v2 ? v2.repetition_levels_byte_length + v2.definition_levels_byte_length : 0
        pages.push([p.body.subarray(levels), p.header.uncompressed_page_size - levels])
      }
    }
  }
  return pages
}

/** Runs every function on every item, interleaved (rotating order), `rounds` times; median MB/s by CPU time. */
function interleaved<T>(items: T[], bytes: number, fns: [string, (item: T) => unknown][], rounds = 5): [string, number][] {
  const cpu = () => {
    const u = process.cpuUsage()
    return (u.user + u.system) / 1000
  }
  const times = fns.map((): number[] => [])
  for (let r = 0; r <= rounds; r++) {
    const sums = fns.map(() => 0)
    items.forEach((item, i) => {
      for (let j = 0; j < fns.length; j++) {
        const k = (i + j + r) % fns.length
        const t = cpu()
        fns[k]![1](item)
        sums[k]! += cpu() - t
      }
    })
    if (r > 0) for (let k = 0; k < fns.length; k++) times[k]!.push(sums[k]!)
  }
  return fns.map(([name], k) => {
    const sorted = times[k]!.sort((a, b) => a - b)
    return [name, bytes / 1e3 / sorted[sorted.length >> 1]!]
  })
}

const LINEITEM = 'bench/data/lineitem-snappy.parquet'
if (existsSync(LINEITEM)) {
  const pages = await snappyPages(LINEITEM)
  const total = pages.reduce((sum, [, size]) => sum + size, 0)
  const hy = hyCompressors.SNAPPY!
  for (const [body, size] of pages) {
    const ours = snappy.decompress(body, size)
    if (Buffer.compare(ours, snappyjs.uncompress(body)) !== 0) throw new Error('snappy: ours and snappyjs differ on a lineitem page')
  }
  console.log(`lineitem-snappy.parquet: ${pages.length} pages, ${(total / 1e6).toFixed(1)} MB uncompressed (CPU time, interleaved, medians)`)
  const decoders: [string, (p: [Uint8Array, number]) => unknown][] = [
    ['ours', ([body, size]) => snappy.decompress(body, size)],
    ['snappyjs', ([body]) => snappyjs.uncompress(body)],
    ['hyparquet-compressors (hysnappy, wasm)', ([body, size]) => hy(body, size)],
  ]
  for (const [name, v] of interleaved(pages, total, decoders)) console.log(`lineitem snappy decompress: ${name.padEnd(40)} ${v.toFixed(0).padStart(6)} MB/s`)
  const raw = pages.map(([body, size]) => snappy.decompress(body, size))
  const encoders: [string, (d: Uint8Array) => unknown][] = [
    ['ours', (d) => snappy.compress(d)],
    ['snappyjs', (d) => snappyjs.compress(d)],
  ]
  for (const [name, v] of interleaved(raw, total, encoders, 3)) console.log(`lineitem snappy compress: ${name.padEnd(42)} ${v.toFixed(0).padStart(6)} MB/s`)
}
// `npx tsx bench/codecs.ts --snappy`: stop after the Snappy and LZ4 rows.
if (process.argv.includes('--snappy')) process.exit(0)

/** zstd's own in-memory benchmark at `level` on `data`: [ratio, compression MB/s], or undefined without the tool. */
function zstdCli(level: number, data: Uint8Array): [number, number] | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'zstd-bench-'))
  try {
    const file = join(dir, 'page.bin')
    writeFileSync(file, data)
    const run = spawnSync('zstd', [`-b${level}`, '-i2', file], { encoding: 'utf8' })
    const lines = `${run.stdout ?? ''}${run.stderr ?? ''}`.split(/[\r\n]+/).filter((line) => line.includes('MB/s'))
    const m = /\(x?([0-9.]+)\),\s*([0-9.]+) MB\/s/.exec(lines.pop() ?? '')
    return m ? [Number(m[1]), Number(m[2])] : undefined
  } catch {
    return undefined
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** CSV-like text rows: many short matches, a harder case for fast LZ77. */
function csvData(bytes: number): Uint8Array {
  const rows: string[] = []
  for (let i = 0, size = 0; size < bytes; i++) {
    const row = `${i},user_${i % 977},${(i * 7919) % 100000},${(i % 13) * 1.25},2024-01-${(i % 28) + 1}\n`
    rows.push(row)
    size += row.length
  }
  return new TextEncoder().encode(rows.join('')).subarray(0, bytes)
}

function compressRows(label: string, input: Uint8Array): [string, number, number | undefined][] {
  const size = input.length
  const rows: [string, number, number | undefined][] = []
  rows.push([`${label} zstd compress: ours`, size / zstdCompress(input).length, mbPerSecond(size, () => zstdCompress(input))])
  for (const level of [1, 3]) {
    const ref = zstdCli(level, input)
    if (ref) rows.push([`${label} zstd compress: zstd -${level} (CLI, -b)`, ref[0], ref[1]])
  }
  rows.push([`${label} brotli compress: ours`, size / brotliCompress(input).length, mbPerSecond(size, () => brotliCompress(input))])
  for (const quality of [1, 5]) {
    const params = { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: size }
    const packed = brotliCompressSync(input, { params })
    rows.push([`${label} brotli compress: zlib quality ${quality}`, size / packed.length, mbPerSecond(size, () => brotliCompressSync(input, { params }))])
  }
  return rows
}

for (const [label, input] of [['pages', data], ['csv', csvData(4 * 1024 * 1024)]] as const) {
  for (const [name, ratio, speed] of compressRows(label, input)) {
    console.log(`${name.padEnd(42)} ${speed === undefined ? '     -' : speed.toFixed(0).padStart(6)} MB/s  ratio ${ratio.toFixed(2)}`)
  }
}

/** BROTLI decompression: ours and zlib's on one stream; the stream's ratio. */
function brotliDecodeRows(label: string, input: Uint8Array): [string, number, number][] {
  const size = input.length
  const streams: [string, Uint8Array][] = [['our compressor', brotliCompress(input)]]
  for (const quality of [1, 5, 11]) {
    const params = { [zlibConstants.BROTLI_PARAM_QUALITY]: quality, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: size }
    streams.push([`zlib q${quality}`, new Uint8Array(brotliCompressSync(input, { params }))])
  }
  const rows: [string, number, number][] = []
  for (const [name, packed] of streams) {
    rows.push([`${label} brotli decompress (${name}): ours`, size / packed.length, mbPerSecond(size, () => brotli.decompress(packed, size))])
    rows.push([`${label} brotli decompress (${name}): zlib`, size / packed.length, mbPerSecond(size, () => brotliDecompressSync(packed))])
  }
  return rows
}

for (const [label, input] of [['pages', data], ['csv', csvData(4 * 1024 * 1024)]] as const) {
  for (const [name, ratio, speed] of brotliDecodeRows(label, input)) {
    console.log(`${name.padEnd(48)} ${speed.toFixed(0).padStart(6)} MB/s  ratio ${ratio.toFixed(2)}`)
  }
}

/** ZSTD decompression, ours against fzstd: lineitem-zstd pages, then frames of our compressor and of zstd -3 on page-like data. */
async function zstdDecodeRows(): Promise<void> {
  const file = 'bench/data/lineitem-zstd.parquet'
  const sets: [string, [Uint8Array, number][]][] = []
  if (existsSync(file)) sets.push(['lineitem-zstd pages', await snappyPages(file, 'ZSTD')])
  const chunks = Array.from({ length: 32 }, (_, i) => pageData(256 * 1024 + i * 1000))
  sets.push(['page-like data, our compressor', chunks.map((c) => [zstdCompress(c), c.length])])
  const cli = chunks.map((c): [Uint8Array, number] => [new Uint8Array(spawnSync('zstd', ['-3', '-c'], { input: c }).stdout ?? []), c.length])
  if (cli.every(([f]) => f.length > 0)) sets.push(['page-like data, zstd -3 (with checksums)', cli])
  for (const [label, frames] of sets) {
    const total = frames.reduce((sum, [, size]) => sum + size, 0)
    for (const [body, size] of frames) {
      if (Buffer.compare(zstd.decompress(body, size), fzstdDecompress(body)) !== 0) throw new Error(`zstd: ours and fzstd differ on ${label}`)
    }
    const decoders: [string, (p: [Uint8Array, number]) => unknown][] = [
      ['ours', ([body, size]) => zstd.decompress(body, size)],
      ['fzstd', ([body]) => fzstdDecompress(body)],
      ['fzstd into a caller buffer (the old read path)', ([body, size]) => fzstdDecompress(body, new Uint8Array(size))],
    ]
    console.log(`${label}: ${frames.length} frames, ${(total / 1e6).toFixed(1)} MB uncompressed (CPU time, interleaved, medians)`)
    for (const [name, v] of interleaved(frames, total, decoders)) console.log(`  zstd decompress: ${name.padEnd(48)} ${v.toFixed(0).padStart(6)} MB/s`)
  }
}

await zstdDecodeRows()
