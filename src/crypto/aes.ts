/**
 * Parquet modular encryption, the cipher layer (Encryption.md §4.1-4.4, §5.1):
 * a module on disk is a 4-byte little-endian length, a 12-byte nonce, the
 * ciphertext and (AES-GCM) a 16-byte tag; AES-CTR modules (pages of
 * AES_GCM_CTR_V1 files) have no tag and count from nonce ‖ 00 00 00 01. A
 * GCM module's AAD is the file AAD (prefix ‖ file unique id) followed by the
 * module type and, except for the footer, the row group and column ordinals
 * and, for data pages and their headers, the page ordinal (2 bytes LE each).
 * The ciphers are Web Crypto's (`globalThis.crypto.subtle`: browsers, Node 20).
 */
import { ParquetError, type ParquetErrorContext } from '../errors.js'

/** Module types of the AAD suffix (Encryption.md §4.4.2). */
export const FOOTER = 0
export const COLUMN_META_DATA = 1
export const DATA_PAGE = 2
export const DICTIONARY_PAGE = 3
export const DATA_PAGE_HEADER = 4
export const DICTIONARY_PAGE_HEADER = 5
export const COLUMN_INDEX = 6
export const OFFSET_INDEX = 7
export const BLOOM_FILTER_HEADER = 8
export const BLOOM_FILTER_BITSET = 9

/**
 * A column or footer key, imported as a non-extractable Web Crypto key for
 * each cipher when it is made; the key bytes are not kept.
 */
export interface ModuleKey {
  gcm: Promise<CryptoKey>
  ctr: Promise<CryptoKey>
  /** Names the key in errors. */
  what: string
}

/** Web Crypto's view of bytes (which may be a view of any buffer: Web Crypto reads them when called). */
const src = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>

/** A string's UTF-8 bytes; bytes as they are. */
export function textBytes(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? new TextEncoder().encode(value) : value
}

/** Checks an optional value the caller gives as a string or bytes (AAD prefix, key metadata); `what` names it. */
export function optionalBytes(value: unknown, what: string): Uint8Array | undefined {
  if (value === undefined || typeof value === 'string' || value instanceof Uint8Array) return value === undefined ? undefined : textBytes(value)
  throw new ParquetError('ARGUMENT_INVALID', `expected ${what} as a string or Uint8Array, found ${typeof value}`)
}

/** The parts joined. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

/** Checks a key given by the caller (AES-128, -192 or -256) and imports it; `what` names it in errors. */
export function moduleKey(bytes: unknown, what: string): ModuleKey {
  if (!(bytes instanceof Uint8Array) || ![16, 24, 32].includes(bytes.length)) {
    const found = bytes instanceof Uint8Array ? `${bytes.length} bytes` : bytes === null ? 'null' : typeof bytes
    throw new ParquetError('ARGUMENT_INVALID', `expected the ${what} as a Uint8Array of 16, 24 or 32 bytes, found ${found}`)
  }
  const subtle = globalThis.crypto?.subtle
  if (!subtle) throw new ParquetError('ARGUMENT_INVALID', 'encryption needs Web Crypto (globalThis.crypto.subtle), found none')
  const copy = bytes.slice()
  const imported = (name: 'AES-GCM' | 'AES-CTR') => {
    const key = subtle.importKey('raw', copy, name, false, ['decrypt', 'encrypt'])
    // Awaited where used; a key a cipher never uses may fail unobserved (e.g. AES-192 where Web Crypto lacks it).
    key.catch(() => undefined)
    return key
  }
  return { gcm: imported('AES-GCM'), ctr: imported('AES-CTR'), what }
}

/** The imported key for `name` (ARGUMENT_INVALID when Web Crypto refused it, e.g. AES-192 in Chromium). */
async function cryptoKey(key: ModuleKey, name: 'AES-GCM' | 'AES-CTR', ctx: ParquetErrorContext): Promise<CryptoKey> {
  try {
    return await (name === 'AES-GCM' ? key.gcm : key.ctr)
  } catch (e) {
    throw new ParquetError('ARGUMENT_INVALID', `Web Crypto does not take the ${key.what} for ${name}: ${(e as Error)?.message ?? e}`, ctx, { cause: e })
  }
}

/** Web Crypto parameters of GCM with a 12-byte nonce, an AAD and a 16-byte tag. */
function gcm(nonce: Uint8Array, aad: Uint8Array): AesGcmParams {
  return { name: 'AES-GCM', iv: src(nonce), additionalData: src(aad), tagLength: 128 }
}

/** Web Crypto parameters of CTR from a 12-byte nonce: the counter block nonce ‖ 00 00 00 01, a 32-bit counter. */
function ctr(nonce: Uint8Array): AesCtrParams {
  const counter = new Uint8Array(16)
  counter.set(nonce)
  counter[15] = 1
  return { name: 'AES-CTR', counter, length: 32 }
}

/**
 * The AAD of a module: the file AAD, the module type, then the row group,
 * column and page ordinals that are given (each a 2-byte little-endian short).
 */
export function moduleAad(fileAad: Uint8Array, type: number, ordinals: number[], ctx: ParquetErrorContext): Uint8Array {
  const aad = new Uint8Array(fileAad.length + 1 + 2 * ordinals.length)
  aad.set(fileAad)
  aad[fileAad.length] = type
  ordinals.forEach((n, i) => {
    if (!(n >= 0 && n <= 32767)) throw new ParquetError('LIMIT_EXCEEDED', `expected a module ordinal within 0-32767 (a 2-byte AAD field), found ${n}`, ctx)
    aad[fileAad.length + 1 + 2 * i] = n & 255
    aad[fileAad.length + 2 + 2 * i] = n >> 8
  })
  return aad
}

/** A module read at `at`: its buffer (nonce, ciphertext, tag) and where the next byte is. */
export function readModule(bytes: Uint8Array, at: number, ctr: boolean, ctx: ParquetErrorContext): { buffer: Uint8Array; end: number } {
  const min = ctr ? 12 : 28
  const length = at + 4 <= bytes.length ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0 : -1
  if (length < min || at + 4 + length > bytes.length) {
    const left = Math.max(0, bytes.length - at - 4)
    throw new ParquetError('DECRYPTION_FAILED', `expected an encrypted module of ${min}-${left} bytes, found a length of ${length < 0 ? 'none' : length}`, ctx)
  }
  return { buffer: bytes.subarray(at + 4, at + 4 + length), end: at + 4 + length }
}

/** Decrypts a GCM module buffer with `aad`, checking its tag (DECRYPTION_FAILED when the key, the AAD or the bytes are wrong). */
export async function decryptGcm(key: ModuleKey, buffer: Uint8Array, aad: Uint8Array, ctx: ParquetErrorContext): Promise<Uint8Array> {
  const k = await cryptoKey(key, 'AES-GCM', ctx)
  try {
    return new Uint8Array(await globalThis.crypto.subtle.decrypt(gcm(buffer.subarray(0, 12), aad), k, src(buffer.subarray(12))))
  } catch (e) {
    throw new ParquetError('DECRYPTION_FAILED', 'the module does not authenticate: wrong key or AAD prefix, or altered bytes', ctx, { cause: e })
  }
}

/** Decrypts a CTR module buffer (a page of an AES_GCM_CTR_V1 file: not authenticated). */
export async function decryptCtr(key: ModuleKey, buffer: Uint8Array, ctx: ParquetErrorContext): Promise<Uint8Array> {
  const k = await cryptoKey(key, 'AES-CTR', ctx)
  try {
    return new Uint8Array(await globalThis.crypto.subtle.decrypt(ctr(buffer.subarray(0, 12)), k, src(buffer.subarray(12))))
  } catch (e) {
    throw new ParquetError('DECRYPTION_FAILED', 'the page does not decrypt with AES-CTR', ctx, { cause: e })
  }
}

/**
 * Checks a plaintext footer's signature (Encryption.md §5.5): the nonce and
 * GCM tag of the footer encrypted with the footer key; the ciphertext is not
 * stored, so the footer is encrypted again with that nonce and the tags
 * compared (every byte, whatever the first difference).
 */
export async function verifySignature(key: ModuleKey, footer: Uint8Array, signature: Uint8Array, aad: Uint8Array, ctx: ParquetErrorContext): Promise<void> {
  const failed = () => new ParquetError('DECRYPTION_FAILED', 'the plaintext footer does not match its signature: wrong footer key or AAD prefix, or an altered footer', ctx)
  if (signature.length !== 28) throw failed()
  const k = await cryptoKey(key, 'AES-GCM', ctx)
  let sealed: Uint8Array
  try {
    sealed = new Uint8Array(await globalThis.crypto.subtle.encrypt(gcm(signature.subarray(0, 12), aad), k, src(footer)))
  } catch (e) {
    throw new ParquetError('DECRYPTION_FAILED', 'cannot recompute the footer signature', ctx, { cause: e })
  }
  let diff = 0
  for (let i = 0; i < 16; i++) diff |= sealed[sealed.length - 16 + i]! ^ signature[12 + i]!
  if (diff !== 0) throw failed()
}

/** A random nonce (12 bytes) or file unique id. */
export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n))
}

/** `plain` as a module: length, nonce, ciphertext and (GCM, with `aad`) tag; CTR when `aad` is undefined. */
export async function encryptModule(key: ModuleKey, plain: Uint8Array, aad: Uint8Array | undefined): Promise<Uint8Array> {
  const nonce = randomBytes(12)
  const params = aad ? gcm(nonce, aad) : ctr(nonce)
  const sealed = await globalThis.crypto.subtle.encrypt(params, await cryptoKey(key, aad ? 'AES-GCM' : 'AES-CTR', {}), src(plain))
  const length = new Uint8Array(4)
  new DataView(length.buffer).setUint32(0, 12 + sealed.byteLength, true)
  return concatBytes([length, nonce, new Uint8Array(sealed)])
}

/** The 28-byte signature of a plaintext footer: a nonce and the GCM tag of the footer encrypted with it. */
export async function signFooter(key: ModuleKey, footer: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  const module = await encryptModule(key, footer, aad)
  return concatBytes([module.subarray(4, 16), module.subarray(module.length - 16)])
}
