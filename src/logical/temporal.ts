/**
 * Temporal values (LogicalTypes.md "DATE", "TIME", "TIMESTAMP") and the legacy
 * INT96 timestamp (12 little-endian bytes: int64 nanoseconds of the day, then
 * the int32 Julian day number; Julian day 2440588 is 1970-01-01).
 * Integer helpers here are exact: no value goes through a lossy double.
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

/** Reads the INT96 at `bytes[offset..offset+12)` as epoch nanoseconds (exact, may exceed 64 bits). */
export function int96ToNanos(bytes: Uint8Array, offset: number): bigint {
  const lo = readUint32LE(bytes, offset)
  const hi = readUint32LE(bytes, offset + 4) | 0
  const day = readUint32LE(bytes, offset + 8) | 0
  const nanos = (BigInt(hi) << 32n) + BigInt(lo)
  return BigInt(day - EPOCH_JULIAN_DAY) * NS_PER_DAY + nanos
}

/** Reads the INT96 at `bytes[offset..offset+12)` as epoch milliseconds, rounded toward negative infinity. */
export function int96ToMillis(bytes: Uint8Array, offset: number): number {
  const lo = readUint32LE(bytes, offset)
  const hi = readUint32LE(bytes, offset + 4) | 0
  const day = readUint32LE(bytes, offset + 8) | 0
  if (hi >= -0x200000 && hi < 0x200000) {
    // nanos is a safe integer; a sum outside the Date range only has to stay outside it.
    return (day - EPOCH_JULIAN_DAY) * MS_PER_DAY + floorDiv(hi * 2 ** 32 + lo, 1_000_000)
  }
  return Number(floorDivBig(int96ToNanos(bytes, offset), 1_000_000n))
}

/**
 * Writes epoch nanoseconds as an INT96 at `out[offset..offset+12)` (nanoseconds
 * of day in [0, 86400e9)). Returns false when the Julian day does not fit an int32.
 */
export function nanosToInt96(ns: bigint, out: Uint8Array, offset: number): boolean {
  const days = floorDivBig(ns, NS_PER_DAY)
  const julian = days + BigInt(EPOCH_JULIAN_DAY)
  if (julian < -0x80000000n || julian > 0x7fffffffn) return false
  const nanos = ns - days * NS_PER_DAY
  writeUint32LE(out, offset, Number(nanos & 0xffffffffn))
  writeUint32LE(out, offset + 4, Number(nanos >> 32n))
  writeUint32LE(out, offset + 8, Number(julian) >>> 0)
  return true
}

export function readUint32LE(bytes: Uint8Array, p: number): number {
  return (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> 0
}

export function writeUint32LE(out: Uint8Array, p: number, v: number): void {
  out[p] = v & 0xff
  out[p + 1] = (v >>> 8) & 0xff
  out[p + 2] = (v >>> 16) & 0xff
  out[p + 3] = (v >>> 24) & 0xff
}
