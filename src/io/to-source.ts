/**
 * Turns what a user hands us (bytes, a Blob, a URL, or a ready ByteSource)
 * into a ByteSource. Local paths need the Node entry (`parquet-ts/node`).
 */
import { ParquetError } from '../errors.js'
import { type ByteSource, blobSource, bufferSource } from './source.js'
import { type UrlSourceOptions, urlSource } from './url-source.js'

/** Everything the reader accepts as a file. */
export type SourceInput = ByteSource | Uint8Array | ArrayBuffer | Blob | URL | string

/** Normalises an input to a ByteSource (any object with read and readTail is taken as one); strings must be http(s) URLs. */
export function toSource(input: SourceInput, options: UrlSourceOptions = {}): ByteSource {
  const s = input as ByteSource | null
  if (typeof s?.read === 'function' && typeof s.readTail === 'function') return s
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return bufferSource(input)
  if (typeof Blob !== 'undefined' && input instanceof Blob) return blobSource(input)
  const text = typeof input === 'string'
  if (input instanceof URL || (text && /^https?:\/\//i.test(input))) return urlSource(input, options)
  throw new ParquetError(
    'ARGUMENT_INVALID',
    `expected a Uint8Array, ArrayBuffer, Blob, http(s) URL or ByteSource, found ${text ? `'${input.slice(0, 80)}'` : (s?.constructor?.name ?? String(input))}; local files need fileSource(path) from 'parquet-ts/node'`,
  )
}
