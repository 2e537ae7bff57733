/**
 * Micro-benchmark of the hot decoders in src/encoding/. Run: npx tsx bench/encodings.ts
 * Prints millions of values decoded per second (best of several rounds).
 */
import { makeCursor } from '../src/cursor.js'
import { decodeDeltaInt32, decodeDeltaInt64, encodeDeltaInt32, encodeDeltaInt64 } from '../src/encoding/delta-binary-packed.js'
import { decodeDictionaryIndices, encodeDictionaryIndices } from '../src/encoding/dictionary.js'
import { decodePlainByteArray, decodePlainDouble, decodePlainInt32, decodePlainStrings, encodePlainNumeric, encodePlainStrings } from '../src/encoding/plain.js'
import { decodeRleHybrid, encodeRleHybrid } from '../src/encoding/rle-hybrid.js'

const N = 1_000_000

function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0
    return a
  }
}

function bench(name: string, count: number, fn: () => void): void {
  fn()
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < 7; round++) {
    const t0 = performance.now()
    fn()
    best = Math.min(best, performance.now() - t0)
  }
  console.log(`${name.padEnd(44)} ${(count / best / 1000).toFixed(1).padStart(8)} M values/s`)
}

const r = prng(1)

// Definition levels: runs of 1s with scattered nulls (bit width 1).
const levels = Array.from({ length: N }, (_, i) => (i % 1000 < 900 ? 1 : r() & 1))
const levelBytes = encodeRleHybrid(levels, 1)
const levelOut = new Uint8Array(N)
bench('RLE hybrid, width 1 levels -> Uint8Array', N, () => decodeRleHybrid(makeCursor(levelBytes), 1, N, levelOut))

const packed3 = encodeRleHybrid(Array.from({ length: N }, () => r() & 7), 3)
const out32 = new Int32Array(N)
bench('RLE hybrid, width 3 bit-packed -> Int32Array', N, () => decodeRleHybrid(makeCursor(packed3), 3, N, out32))

const dictIdx = encodeDictionaryIndices(Array.from({ length: N }, () => r() % 3000), 3000)
bench('dictionary indices, width 12, checked', N, () => decodeDictionaryIndices(makeCursor(dictIdx), N, out32, 0, 3000))

const ints = Int32Array.from({ length: N }, () => r() | 0)
const plainInts = new Uint8Array(encodePlainNumeric(ints).length + 1)
plainInts.set(encodePlainNumeric(ints), 1)
bench('PLAIN INT32 (unaligned source)', N, () => decodePlainInt32(makeCursor(plainInts, 1), N, out32))

const doubles = Float64Array.from({ length: N }, () => r() / 7)
const plainDoubles = encodePlainNumeric(doubles).slice()
const outD = new Float64Array(N)
bench('PLAIN DOUBLE', N, () => decodePlainDouble(makeCursor(plainDoubles), N, outD))

const short = Array.from({ length: N }, (_, i) => `user-${i % 5000}`)
const plainShort = encodePlainStrings(short).slice()
const strOut: string[] = new Array(N)
bench('PLAIN BYTE_ARRAY -> string, short ASCII', N, () => decodePlainStrings(makeCursor(plainShort), N, strOut))

const mixed = Array.from({ length: N / 10 }, (_, i) => `straße-${i}-日本`)
const plainMixed = encodePlainStrings(mixed).slice()
bench('PLAIN BYTE_ARRAY -> string, short UTF-8', N / 10, () => decodePlainStrings(makeCursor(plainMixed), N / 10, strOut))

const long = Array.from({ length: N / 10 }, (_, i) => `${'lorem ipsum dolor sit amet '.repeat(4)}${i}`)
const plainLong = encodePlainStrings(long).slice()
bench('PLAIN BYTE_ARRAY -> string, ~110 B ASCII', N / 10, () => decodePlainStrings(makeCursor(plainLong), N / 10, strOut))
bench('PLAIN BYTE_ARRAY -> offsets + bytes, short', N, () => decodePlainByteArray(makeCursor(plainShort), N))

const seq = Int32Array.from({ length: N }, (_, i) => i * 3 + (r() % 100))
const delta32 = encodeDeltaInt32(seq)
bench('DELTA_BINARY_PACKED INT32 (~8-bit deltas)', N, () => decodeDeltaInt32(makeCursor(delta32), out32))
const rand32 = encodeDeltaInt32(ints)
bench('DELTA_BINARY_PACKED INT32 (32-bit deltas)', N, () => decodeDeltaInt32(makeCursor(rand32), out32))

const seq64 = BigInt64Array.from(seq, (v) => BigInt(v) * 1_000_000_007n)
const delta64 = encodeDeltaInt64(seq64)
const out64 = new BigInt64Array(N)
bench('DELTA_BINARY_PACKED INT64 (~38-bit deltas)', N, () => decodeDeltaInt64(makeCursor(delta64), out64))
const small64 = encodeDeltaInt64(BigInt64Array.from(seq, (v) => BigInt(v)))
bench('DELTA_BINARY_PACKED INT64 (~8-bit deltas)', N, () => decodeDeltaInt64(makeCursor(small64), out64))
