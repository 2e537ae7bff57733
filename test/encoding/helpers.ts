/** Shared helpers for the encoding tests: a seeded PRNG and error assertions. */
import { expect } from 'vitest'
import { isParquetError } from '../../src/errors.js'

/** mulberry32: a small seeded PRNG returning uint32s. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

/** Runs `fn` and expects nothing or a ParquetError with `code` (default ENCODING_INVALID); any other throw fails. */
export function onlyParquetError(fn: () => unknown, codes: string[] = ['ENCODING_INVALID']): 'ok' | 'error' {
  try {
    fn()
    return 'ok'
  } catch (e) {
    if (!isParquetError(e)) throw e
    expect(codes).toContain(e.code)
    return 'error'
  }
}

/** Expects `fn` to throw a ParquetError with `code` whose message matches `re`. */
export function expectParquetError(fn: () => unknown, code: string, re?: RegExp): void {
  let caught: unknown
  try {
    fn()
  } catch (e) {
    caught = e
  }
  expect(isParquetError(caught), `expected a ParquetError, got ${String(caught)}`).toBe(true)
  const e = caught as { code: string; message: string; context: Record<string, unknown> }
  expect(e.code).toBe(code)
  if (re) expect(e.message).toMatch(re)
}

export function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values)
}
