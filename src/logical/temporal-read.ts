/**
 * Temporal values to JavaScript (LogicalTypes.md "DATE", "TIME",
 * "TIMESTAMP"): epoch milliseconds and Dates. INT96 is read in int96-read.ts.
 */
import type { TimeUnit } from '../metadata/logical-type.js'
import { floorDiv, floorDivBig, MAX_DATE_MS, unitsPerMilli } from './temporal.js'

/**
 * A count of `unit` since the epoch as epoch milliseconds, rounded toward
 * negative infinity (so the millisecond that contains the instant).
 */
export function unitsToMillis(v: bigint, unit: TimeUnit): number {
  if (unit === 'MILLIS') return Number(v)
  const per = unitsPerMilli(unit)
  if (v >= -9007199254740991n && v <= 9007199254740991n) return floorDiv(Number(v), per)
  return Number(floorDivBig(v, BigInt(per)))
}

/** A Date for epoch milliseconds; an Invalid Date outside ±8.64e15 ms. */
export function millisToDate(ms: number): Date {
  return new Date(ms >= -MAX_DATE_MS && ms <= MAX_DATE_MS ? ms : Number.NaN)
}
