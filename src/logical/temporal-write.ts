/**
 * Writing the legacy INT96 timestamp (12 little-endian bytes: int64
 * nanoseconds of the day, then the int32 Julian day number).
 */
import { EPOCH_JULIAN_DAY, floorDivBig, NS_PER_DAY } from './temporal.js'

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

export function writeUint32LE(out: Uint8Array, p: number, v: number): void {
  out[p] = v & 0xff
  out[p + 1] = (v >>> 8) & 0xff
  out[p + 2] = (v >>> 16) & 0xff
  out[p + 3] = (v >>> 24) & 0xff
}
