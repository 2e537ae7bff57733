/**
 * DECIMAL (LogicalTypes.md "DECIMAL"): `unscaledValue * 10^(-scale)`, the
 * unscaled value stored in an INT32, an INT64, or as big-endian two's
 * complement bytes in a FIXED_LEN_BYTE_ARRAY or BYTE_ARRAY. Helpers to read
 * the unscaled integer and to turn it into exact decimal text or a number;
 * the writing side is in decimal-write.ts, bigint conversion in be-bigint.ts.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER

/**
 * Big-endian two's complement `bytes[start..end)` as an exact number, or
 * undefined when its magnitude is over 2^53 - 1 (then use beToBigInt in be-bigint.ts).
 * Zero bytes read as 0.
 */
export function beToNumber(bytes: Uint8Array, start: number, end: number): number | undefined {
  if (end <= start) return 0
  const negative = bytes[start]! >= 0x80
  let v = 0
  for (let i = start; i < end; i++) {
    // Negative values accumulate the complement, so sign-extension bytes add nothing.
    v = v * 256 + (negative ? 255 - bytes[i]! : bytes[i]!)
    if (v > MAX_SAFE) return undefined
  }
  if (!negative) return v
  return v < MAX_SAFE ? -v - 1 : undefined
}

/**
 * Exact decimal text of `unscaled * 10^-scale` (scale >= 0): the sign, at
 * least one integer digit, and exactly `scale` fraction digits, e.g. (-5, 2)
 * gives "-0.05" and (100, 2) gives "1.00".
 */
export function formatDecimal(unscaled: bigint | number, scale: number): string {
  const negative = unscaled < 0
  let digits = (negative ? -unscaled : unscaled).toString()
  if (scale === 0) return negative ? `-${digits}` : digits
  if (digits.length <= scale) digits = '0'.repeat(scale - digits.length + 1) + digits
  const point = digits.length - scale
  return `${negative ? '-' : ''}${digits.slice(0, point)}.${digits.slice(point)}`
}

/**
 * The nearest double to `unscaled * 10^-scale`. Exact integer division when
 * both parts are exact doubles (a correctly rounded result), else the
 * correctly rounded parse of the exact text.
 */
export function decimalToNumber(unscaled: bigint | number, scale: number): number {
  if (typeof unscaled === 'number' && scale <= 22) return scale === 0 ? unscaled : unscaled / 10 ** scale
  if (typeof unscaled === 'bigint' && scale <= 22 && unscaled >= -MAX_SAFE && unscaled <= MAX_SAFE) {
    return Number(unscaled) / 10 ** scale
  }
  return Number(formatDecimal(unscaled, scale))
}
