/**
 * Reading the legacy INT96 timestamp (12 little-endian bytes: int64
 * nanoseconds of the day, then the int32 Julian day number; Julian day
 * 2440588 is 1970-01-01), only needed by the rarely used conversions
 * (to-js-rare.ts).
 */
import { EPOCH_JULIAN_DAY, floorDiv, floorDivBig, MS_PER_DAY, NS_PER_DAY } from './temporal.js'

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

export function readUint32LE(bytes: Uint8Array, p: number): number {
  return (bytes[p]! | (bytes[p + 1]! << 8) | (bytes[p + 2]! << 16) | (bytes[p + 3]! << 24)) >>> 0
}
