/**
 * Big-endian two's complement bytes as a bigint (the unscaled value of a
 * DECIMAL in a FIXED_LEN_BYTE_ARRAY or BYTE_ARRAY, LogicalTypes.md
 * "DECIMAL"), and the hex digit table UUID text also uses. Shared by the
 * reading side and the writer (statistics compare decimal bounds), so kept
 * apart from either.
 */

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
