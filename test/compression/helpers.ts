/** Test data and assertions shared by the codec tests. */
import { expect } from 'vitest'
import { isParquetError } from '../../src/errors.js'

/** CSV-like text: compressible, realistic. */
export function textData(bytes: number): Uint8Array {
  const parts: string[] = []
  let n = 0
  for (let i = 0; n < bytes; i++) {
    const row = `${i},user_${i % 977},${(i * 7919) % 100000},${(i % 13) * 1.25},2024-01-${(i % 28) + 1}\n`
    parts.push(row)
    n += row.length
  }
  return new TextEncoder().encode(parts.join('')).subarray(0, bytes)
}

/** Deterministic pseudo-random bytes (incompressible). */
export function randomData(bytes: number, seed = 1): Uint8Array {
  const out = new Uint8Array(bytes)
  let x = seed >>> 0
  for (let i = 0; i < bytes; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = x >>> 24
  }
  return out
}

/** A mix: runs, text, random patches, little-endian integers. */
export function mixedData(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes)
  const text = textData(bytes)
  const rnd = randomData(bytes, 7)
  for (let i = 0; i < bytes; i++) {
    const block = (i >>> 10) % 4
    out[i] = block === 0 ? text[i]! : block === 1 ? 0x41 : block === 2 ? rnd[i]! : (i >>> 2) & (i & 3 ? 0 : 255)
  }
  return out
}

export const SAMPLES: Record<string, Uint8Array> = {
  empty: new Uint8Array(0),
  one: Uint8Array.of(42),
  small: new TextEncoder().encode('hello hello hello parquet'),
  text: textData(100_000),
  random: randomData(70_000),
  mixed: mixedData(300_000),
  zeros: new Uint8Array(200_000),
}

/** Runs `fn` and checks that it throws a ParquetError with `code`. Returns the error. */
export function expectParquetError(fn: () => unknown, code = 'CODEC_INVALID'): Error {
  let caught: unknown
  try {
    fn()
  } catch (e) {
    caught = e
  }
  expect(caught, 'expected a throw').toBeDefined()
  if (!isParquetError(caught)) throw new Error(`expected a ParquetError, got ${String(caught)}`, { cause: caught })
  expect(caught.code).toBe(code)
  return caught
}

/** Either decodes to some Uint8Array or throws a ParquetError: nothing else is allowed. */
export function onlyParquetError(fn: () => unknown): void {
  try {
    const r = fn()
    expect(r).toBeInstanceOf(Uint8Array)
  } catch (e) {
    if (!isParquetError(e)) throw new Error(`expected only ParquetError, got ${String(e)}`, { cause: e })
  }
}

/** Truncations and bit flips of `valid`, for corrupt-input tests. */
export function corruptions(valid: Uint8Array, count = 40): Uint8Array[] {
  const out: Uint8Array[] = []
  for (const cut of [1, 2, 3, 5, 8, Math.floor(valid.length / 2), valid.length - 1]) {
    if (cut > 0 && cut < valid.length) out.push(valid.slice(0, cut))
  }
  const rnd = randomData(count * 3, 99)
  for (let k = 0; k < count && valid.length > 0; k++) {
    const copy = valid.slice()
    const pos = ((rnd[3 * k]! << 8) | rnd[3 * k + 1]!) % valid.length
    copy[pos] = copy[pos]! ^ (1 << (rnd[3 * k + 2]! & 7))
    out.push(copy)
  }
  for (let k = 0; k < 5; k++) out.push(randomData(1 + k * 37, 1000 + k))
  return out
}

/** Byte equality with a short message at the first difference (fast on large arrays). */
export function expectBytes(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.length, 'length').toBe(expected.length)
  const a = Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength)
  const b = Buffer.from(expected.buffer, expected.byteOffset, expected.byteLength)
  if (!a.equals(b)) {
    let i = 0
    while (a[i] === b[i]) i++
    expect(`byte ${i}: ${a[i]}`).toBe(`byte ${i}: ${b[i]}`)
  }
}
