/**
 * Decryption keys on the command line (--footer-key, --column-key PATH=KEY,
 * --aad-prefix): the `decryption` read option (Parquet modular encryption).
 * A key is 32, 48 or 64 hex digits, or written `hex:…`, `base64:…` or
 * `text:…` (its UTF-8 bytes); it must come to 16, 24 or 32 bytes.
 */
import type { DecryptionOptions } from '../crypto/options.js'

/** A command-line key: its bytes, or a message saying what is wrong. */
export function parseKey(text: string, option: string): Uint8Array {
  const [, form, body] = /^(hex|base64|text):(.*)$/s.exec(text) ?? [undefined, 'hex', text]
  let bytes: Uint8Array | undefined
  if (form === 'text') bytes = new TextEncoder().encode(body)
  else if (form === 'base64' && /^[A-Za-z0-9+/]*={0,2}$/.test(body!)) bytes = new Uint8Array(Buffer.from(body!, 'base64'))
  else if (form === 'hex' && /^([0-9a-fA-F]{2})*$/.test(body!)) bytes = new Uint8Array(Buffer.from(body!, 'hex'))
  if (!bytes || ![16, 24, 32].includes(bytes.length)) {
    const found = bytes ? `${bytes.length} bytes` : `invalid ${form}`
    throw new Error(`${option} expects a key of 16, 24 or 32 bytes (32, 48 or 64 hex digits, or hex:, base64:, text:), found ${found}`)
  }
  return bytes
}

/** The decryption option from the parsed flags; undefined when none is given. */
export function decryptionFromFlags(values: Record<string, string>, columnKeys: readonly string[]): DecryptionOptions | undefined {
  const footer = values['footer-key']
  const prefix = values['aad-prefix']
  if (footer === undefined && prefix === undefined && !columnKeys.length) return undefined
  // Own properties whatever the path (even '__proto__').
  const columns: Record<string, Uint8Array> = Object.fromEntries(columnKeys.map((entry) => {
    const at = entry.indexOf('=')
    if (at < 1) throw new Error(`--column-key expects PATH=KEY, found '${entry}'`)
    return [entry.slice(0, at), parseKey(entry.slice(at + 1), `--column-key ${entry.slice(0, at)}`)]
  }))
  return {
    footerKey: footer === undefined ? undefined : parseKey(footer, '--footer-key'),
    columnKeys: columns,
    aadPrefix: prefix,
  }
}
