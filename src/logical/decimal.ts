/**
 * DECIMAL (LogicalTypes.md "DECIMAL"): `unscaledValue * 10^(-scale)`, the
 * unscaled value stored in an INT32, an INT64, or as big-endian two's
 * complement bytes in a FIXED_LEN_BYTE_ARRAY or BYTE_ARRAY. Helpers to read
 * and write the unscaled integer and to turn it into and out of exact
 * decimal text.
 */

const MAX_SAFE = Number.MAX_SAFE_INTEGER

/**
 * Big-endian two's complement `bytes[start..end)` as an exact number, or
 * undefined when its magnitude is over 2^53 - 1 (then use {@link beToBigInt}).
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

let hexTable: string[] | undefined

/** Two lowercase hex digits per byte value, built on first use. */
export function hexPairs(): string[] {
  if (!hexTable) {
    hexTable = []
    for (let i = 0; i < 256; i++) hexTable.push(i.toString(16).padStart(2, '0'))
  }
  return hexTable
}

/** Big-endian two's complement `bytes[start..end)` as a bigint (linear time in the length). */
export function beToBigInt(bytes: Uint8Array, start: number, end: number): bigint {
  if (end <= start) return 0n
  const hex = hexPairs()
  const parts: string[] = ['0x']
  for (let i = start; i < end; i++) parts.push(hex[bytes[i]!]!)
  const unsigned = BigInt(parts.join(''))
  return bytes[start]! >= 0x80 ? unsigned - (1n << BigInt(8 * (end - start))) : unsigned
}

/** Number of bytes of the shortest two's complement form of `v` (at least 1). */
export function minimalByteLength(v: bigint): number {
  const magnitude = v < 0n ? -v - 1n : v
  const bits = magnitude === 0n ? 0 : magnitude.toString(2).length
  return Math.floor(bits / 8) + 1 // one more bit for the sign
}

/**
 * Writes `v` as `width` big-endian two's complement bytes at `out[offset..)`.
 * Returns false (writing nothing) when it does not fit.
 */
export function writeBigIntBE(v: bigint, out: Uint8Array, offset: number, width: number): boolean {
  if (minimalByteLength(v) > width) return false
  let u = BigInt.asUintN(8 * width, v)
  for (let i = offset + width - 1; i >= offset; i--) {
    out[i] = Number(u & 0xffn)
    u >>= 8n
  }
  return true
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

const DECIMAL_TEXT = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/**
 * Parses decimal text ("-12.5", "1e3", "0.10") to the unscaled integer for
 * `scale`. Returns a string saying why when the text is not a decimal, has
 * non-zero digits beyond `scale` fraction digits, or needs more than
 * `maxDigits` digits.
 */
export function parseDecimal(text: string, scale: number, maxDigits: number): bigint | string {
  const m = DECIMAL_TEXT.exec(text.trim())
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return 'not decimal text'
  const fraction = m[3] ?? ''
  let digits = (m[2]! + fraction).replace(/^0+/, '')
  if (digits === '') return 0n
  const shift = Number(m[4] ?? 0) - fraction.length + scale
  if (!Number.isFinite(shift)) return 'an exponent out of range'
  if (shift < 0) {
    const dropped = digits.slice(Math.max(0, digits.length + shift))
    if (/[^0]/.test(dropped) || digits.length + shift < 0) return `more than ${scale} fraction digits`
    digits = digits.slice(0, digits.length + shift)
  } else {
    if (digits.length + shift > maxDigits) return `more than ${maxDigits} digits`
    digits += '0'.repeat(shift)
  }
  if (digits.length > maxDigits) return `more than ${maxDigits} digits`
  const v = BigInt(digits)
  return m[1] === '-' ? -v : v
}
