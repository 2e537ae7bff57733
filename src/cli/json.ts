/**
 * JSON output for the CLI: bigint as decimal strings, bytes as base64, Maps
 * as objects, schema nodes without their parent links.
 */

function bytesToBase64(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]!)
  return btoa(text)
}

/** JSON.stringify replacer that makes every value the library returns printable. */
export function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Uint8Array) return { base64: bytesToBase64(value) }
  if (value instanceof Map) return Object.fromEntries(value)
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value)
  return value
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, jsonReplacer, 2)
}
