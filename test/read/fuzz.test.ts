/**
 * Seeded fuzzing: corpus files with flipped bits, overwritten lengths and cut
 * bytes must each either read or fail with a ParquetError, quickly: never
 * another error type, a hang or a crash. Set FUZZ_SEED to explore other seeds.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isParquetError } from '../../src/errors.js'
import { readRows } from '../../src/read/read.js'
import { corpusFile } from '../corpus.js'
import { prng } from '../helpers/prng.js'

const FILES = [
  'data/alltypes_plain.snappy.parquet',
  'data/alltypes_dictionary.parquet',
  'data/datapage_v2.snappy.parquet',
  'data/delta_binary_packed.parquet',
  'data/delta_byte_array.parquet',
  'data/nested_maps.snappy.parquet',
  'data/nullable.impala.parquet',
  'data/byte_stream_split_extended.gzip.parquet',
  'data/lz4_raw_compressed.parquet',
  'data/rle_boolean_encoding.parquet',
  'data/fixed_length_decimal.parquet',
  'data/int32_with_null_pages.parquet',
]
const CASES = 320
const SEED = Number(process.env.FUZZ_SEED ?? 20261122)

type Mutation = (bytes: Uint8Array, rand: () => number) => Uint8Array

const int = (rand: () => number, n: number) => Math.floor(rand() * n)
/** Positions in the footer region are more interesting than page bodies: bias half of them there. */
function position(bytes: Uint8Array, rand: () => number): number {
  const footerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 8, true)
  const footerStart = Math.max(0, bytes.length - 8 - Math.min(footerLength, bytes.length - 8))
  return rand() < 0.5 ? footerStart + int(rand, bytes.length - footerStart) : int(rand, bytes.length)
}

const MUTATIONS: Record<string, Mutation> = {
  flipBits(bytes, rand) {
    const out = bytes.slice()
    for (let i = 1 + int(rand, 8); i > 0; i--) out[position(out, rand)]! ^= 1 << int(rand, 8)
    return out
  },
  overwriteLength(bytes, rand) {
    const out = bytes.slice()
    const at = Math.min(position(out, rand), out.length - 4)
    const values = [0xffffffff, 0x7fffffff, 0x80000000, 0, 1, int(rand, 1 << 30)]
    new DataView(out.buffer).setUint32(at, values[int(rand, values.length)]!, true)
    return out
  },
  overwriteVarint(bytes, rand) {
    const out = bytes.slice()
    const at = position(out, rand)
    for (let i = 0; i < 5 && at + i < out.length; i++) out[at + i] = 0x80 | int(rand, 128)
    return out
  },
  cutMiddle(bytes, rand) {
    const at = int(rand, bytes.length - 8)
    const cut = 1 + int(rand, Math.min(64, bytes.length - 8 - at))
    const out = new Uint8Array(bytes.length - cut)
    out.set(bytes.subarray(0, at))
    out.set(bytes.subarray(at + cut), at)
    return out
  },
  truncate(bytes, rand) {
    return bytes.slice(0, int(rand, bytes.length))
  },
}

describe('fuzzing readRows with corrupted corpus files', () => {
  it(`${CASES} mutations (seed ${SEED}) return or throw ParquetError`, async () => {
    const rand = prng(SEED)
    const originals = FILES.map((f) => new Uint8Array(readFileSync(corpusFile(f))))
    const names = Object.keys(MUTATIONS)
    const outcomes: Record<string, number> = {}
    for (let i = 0; i < CASES; i++) {
      const file = int(rand, FILES.length)
      const name = names[int(rand, names.length)]!
      const mutated = MUTATIONS[name]!(originals[file]!, rand)
      const started = performance.now()
      const result = await readRows(mutated).then(() => 'ok', (e: unknown) => e)
      const elapsed = performance.now() - started
      const label = `case ${i}: ${name} of ${FILES[file]}`
      if (result !== 'ok' && !isParquetError(result)) expect.fail(`${label} threw ${String(result)}\n${(result as Error)?.stack}`)
      // A hang guard, not a benchmark: every case finishes far below this.
      expect(elapsed, label).toBeLessThan(10_000)
      const key = result === 'ok' ? 'ok' : (result as { code: string }).code
      outcomes[key] = (outcomes[key] ?? 0) + 1
    }
    expect(Object.values(outcomes).reduce((a, b) => a + b, 0)).toBe(CASES)
  }, 300_000)
})
