/**
 * Writing DECIMAL values (LogicalTypes.md "DECIMAL"): decimal text to the
 * unscaled integer for a scale, and that integer as big-endian two's
 * complement bytes of a given width. The reading side is decimal.ts.
 */

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
