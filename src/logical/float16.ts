/**
 * FLOAT16 (LogicalTypes.md "FLOAT16"): IEEE 754 binary16 stored little-endian
 * in a FIXED_LEN_BYTE_ARRAY(2). Conversions between the 16-bit pattern and a
 * JS number (every binary16 value is exactly representable as a double).
 */

/** IEEE 754 binary16 bits (0..0xffff) to a number. */
export function float16ToNumber(bits: number): number {
  const sign = bits & 0x8000 ? -1 : 1
  const exponent = (bits >> 10) & 0x1f
  const fraction = bits & 0x3ff
  if (exponent === 0) return sign * fraction * 2 ** -24
  if (exponent === 0x1f) return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY
  return sign * (1 + fraction / 1024) * 2 ** (exponent - 15)
}

/** Rounds a non-negative `x` to an integer, ties to even. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x)
  const d = x - f
  if (d > 0.5) return f + 1
  if (d < 0.5) return f
  return f % 2 === 0 ? f : f + 1
}

/**
 * A number to the nearest binary16 bit pattern (round to nearest, ties to
 * even; overflow gives ±Infinity, NaN gives the quiet NaN 0x7e00, -0 keeps
 * its sign).
 */
export function numberToFloat16(value: number): number {
  if (Number.isNaN(value)) return 0x7e00
  const sign = value < 0 || Object.is(value, -0) ? 0x8000 : 0
  const a = Math.abs(value)
  if (a >= 65520) return sign | 0x7c00 // 65520 is the halfway point above 65504, the largest finite half
  if (a < 2 ** -14) return sign | roundHalfEven(a * 2 ** 24) // subnormal; 1024 carries into the smallest normal
  let e = Math.floor(Math.log2(a))
  if (2 ** e > a) e--
  else if (2 ** (e + 1) <= a) e++
  const m = roundHalfEven((a / 2 ** e - 1) * 1024) // exact: scaling by powers of two
  return sign | (((e + 15) << 10) + m) // m === 1024 carries into the exponent
}
