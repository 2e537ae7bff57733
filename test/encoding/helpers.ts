/** Shared helpers for the encoding tests: a seeded PRNG and error assertions. */
import { expect } from 'vitest'
import { isParquetError } from '../../src/errors.js'

/** A seeded PRNG returning uint32s. */
export { prngUint32 as rng } from '../helpers/prng.js'

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
