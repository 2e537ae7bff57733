/**
 * Runs BROTLI decodes in a child process for brotli-decode.test.ts, so that a
 * decoder that hangs fails that test by timeout instead of hanging the suite.
 * Imports no vitest. Jobs (first argument): `hang` decodes the fixture that
 * hung brotli-lib; `fuzz SEED COUNT` decodes seeded corruptions of valid
 * streams and random bytes and compares every result with Node's zlib.
 * Prints one JSON object.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import * as brotli from '../../src/compression/brotli.js'
import { isParquetError } from '../../src/errors.js'

const FIXTURES = join(import.meta.dirname, '../fixtures/brotli')
/** Our message for a stream that ends before its input does; zlib ignores such trailing bytes. */
const TRAILING = /expected the stream to end at byte/

function rng(seed: number): () => number {
  let x = (Math.imul(seed, 0x9e3779b1) ^ 0x2545f491) | 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 2 ** 32
  }
}

function bytesOf(n: number, r: () => number, alphabet: number): Uint8Array {
  const out = new Uint8Array(n)
  for (let i = 0; i < n; i++) out[i] = r() < 0.05 && i > 8 ? out[i - 1 - Math.floor(r() * 8)]! : Math.floor(r() * alphabet)
  return out
}

/** Valid streams to corrupt: zlib's at several qualities and windows, and our compressor's. */
function sources(r: () => number): { packed: Uint8Array; size: number }[] {
  const text = new TextEncoder().encode(Array.from({ length: 400 }, (_, i) => `row ${i}, the value ${(i * 7919) % 1000} — naïve café\n`).join(''))
  const inputs = [text, bytesOf(3000, r, 256), bytesOf(6000, r, 16), new Uint8Array(5000).fill(7), bytesOf(40, r, 256)]
  const out: { packed: Uint8Array; size: number }[] = []
  for (const data of inputs) {
    for (const [q, lgwin] of [[0, 10], [1, 16], [5, 18], [9, 22], [11, 24], [11, 10]] as const) {
      const params = { [constants.BROTLI_PARAM_QUALITY]: q, [constants.BROTLI_PARAM_LGWIN]: lgwin }
      out.push({ packed: new Uint8Array(brotliCompressSync(data, { params })), size: data.length })
    }
    out.push({ packed: brotli.compress(data), size: data.length })
  }
  return out
}

function mutate(src: Uint8Array, kind: number, r: () => number): Uint8Array {
  if (kind === 0) {
    const b = src.slice()
    for (let k = 1 + Math.floor(r() * 4); k > 0; k--) b[Math.floor(r() * b.length)]! ^= 1 << Math.floor(r() * 8)
    return b
  }
  if (kind === 1) return src.slice(0, Math.floor(r() * src.length))
  const b = new Uint8Array(1 + Math.floor(r() * 300))
  for (let i = 0; i < b.length; i++) b[i] = Math.floor(r() * 256)
  return b
}

function zlibDecode(bytes: Uint8Array, size: number): Uint8Array | undefined {
  try {
    return new Uint8Array(brotliDecompressSync(bytes, { maxOutputLength: size + 1 }))
  } catch {
    return undefined
  }
}

/** Undefined when ours agrees with zlib: the same bytes, or a CODEC_INVALID ParquetError where zlib fails or gives another size. */
function compare(bytes: Uint8Array, size: number): { ok: boolean; mismatch?: string } {
  const reference = zlibDecode(bytes, size)
  try {
    const ours = brotli.decompress(bytes, size)
    const same = reference !== undefined && Buffer.from(ours).equals(Buffer.from(reference))
    return same ? { ok: true } : { ok: true, mismatch: `decoded ${ours.length} bytes, zlib ${reference ? `gave other bytes (${reference.length})` : 'failed'}` }
  } catch (e) {
    if (!isParquetError(e) || e.code !== 'CODEC_INVALID') return { ok: false, mismatch: `threw ${String(e)}` }
    if (reference?.length === size && !TRAILING.test(e.message)) return { ok: false, mismatch: `threw "${e.message}", zlib decoded ${size} bytes` }
    return { ok: false }
  }
}

function fuzz(seed: number, count: number): object {
  const r = rng(seed)
  const list = sources(r)
  let decoded = 0
  const mismatches: string[] = []
  for (let i = 0; i < count; i++) {
    const src = list[Math.floor(r() * list.length)]!
    const bytes = mutate(src.packed, i % 3, r)
    const result = compare(bytes, src.size)
    if (result.ok) decoded++
    if (result.mismatch && mismatches.length < 10) mismatches.push(`case ${i} (kind ${i % 3}): ${result.mismatch}`)
  }
  return { cases: count, decoded, rejected: count - decoded, mismatches }
}

function hang(): object {
  const packed = new Uint8Array(readFileSync(join(FIXTURES, 'hang-zlib-q11.br')))
  const expected = readFileSync(join(FIXTURES, 'hang-zlib-q11.expected'))
  const out = brotli.decompress(packed, expected.length)
  return { length: out.length, equal: Buffer.from(out).equals(expected) }
}

const [job, seed, count] = process.argv.slice(2)
const result = job === 'hang' ? hang() : fuzz(Number(seed), Number(count))
process.stdout.write(JSON.stringify(result))
