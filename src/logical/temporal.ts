/**
 * Temporal values (LogicalTypes.md "DATE", "TIME", "TIMESTAMP") and the legacy
 * INT96 timestamp (12 little-endian bytes: int64 nanoseconds of the day, then
 * the int32 Julian day number; Julian day 2440588 is 1970-01-01).
 * Integer helpers here are exact: no value goes through a lossy double. The
 * conversions to JS values are in temporal-read.ts, to INT96 in temporal-write.ts.
 */
import type { TimeUnit } from '../metadata/logical-type.js'

/** Julian day number of 1970-01-01. */
export const EPOCH_JULIAN_DAY = 2440588
export const MS_PER_DAY = 86_400_000
export const NS_PER_DAY = 86_400_000_000_000n
/** The largest magnitude of a valid Date's time value (ECMAScript TimeClip). */
export const MAX_DATE_MS = 8.64e15

/** How many of `unit` make one millisecond. */
export function unitsPerMilli(unit: TimeUnit): number {
  return unit === 'MILLIS' ? 1 : unit === 'MICROS' ? 1000 : 1_000_000
}

/** How many of `unit` make one day. */
export function unitsPerDay(unit: TimeUnit): bigint {
  return BigInt(MS_PER_DAY) * BigInt(unitsPerMilli(unit))
}

/** floor(n / d) for a safe integer `n` and a positive integer `d` (exact). */
export function floorDiv(n: number, d: number): number {
  const r = n % d
  return (n - r) / d - (r < 0 ? 1 : 0)
}

/** floor(n / d) for bigints, `d` positive. */
export function floorDivBig(n: bigint, d: bigint): bigint {
  const q = n / d
  return n % d < 0n ? q - 1n : q
}
