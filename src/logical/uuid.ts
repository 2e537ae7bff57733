/**
 * UUID (LogicalTypes.md "UUID"): 16 bytes in a FIXED_LEN_BYTE_ARRAY(16),
 * big-endian, shown as the canonical lowercase 8-4-4-4-12 hex text
 * (bytes 00 11 .. ff are "00112233-4455-6677-8899-aabbccddeeff").
 */
import { hexPairs } from './be-bigint.js'

/** The 16 bytes at `bytes[offset..)` as canonical lowercase UUID text. */
export function formatUuid(bytes: Uint8Array, offset: number): string {
  const h = hexPairs()
  let s = ''
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) s += '-'
    s += h[bytes[offset + i]!]!
  }
  return s
}

const UUID_TEXT = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/**
 * Writes 8-4-4-4-12 hex text (either case) as 16 bytes at `out[offset..)`.
 * Returns false (writing nothing) when the text is not in that form.
 */
export function parseUuid(text: string, out: Uint8Array, offset: number): boolean {
  if (!UUID_TEXT.test(text)) return false
  const hex = text.replace(/-/g, '')
  for (let i = 0; i < 16; i++) out[offset + i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16)
  return true
}
