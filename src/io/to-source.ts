/**
 * Turns what a user hands us (bytes, a Blob, a URL, or a ready ByteSource)
 * into a ByteSource. Local paths need the Node entry (`parquet-ts/node`).
 */
import { ParquetError } from '../errors.js'
import { type ByteSource, blobSource, bufferSource } from './source.js'
import { type UrlSourceOptions, urlSource } from './url-source.js'

/** Everything the reader accepts as a file. */
export type SourceInput = ByteSource | Uint8Array | ArrayBuffer | Blob | URL | string

/** True for objects that already implement ByteSource. */
export function isByteSource(input: unknown): input is ByteSource {
  const s = input as ByteSource
  return typeof s === 'object' && s !== null && typeof s.read === 'function' && typeof s.readTail === 'function'
}

/** Normalises an input to a ByteSource; strings must be http(s) URLs. */
export function toSource(input: SourceInput, options: UrlSourceOptions = {}): ByteSource {
  if (isByteSource(input)) return input
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) return bufferSource(input)
  if (typeof Blob !== 'undefined' && input instanceof Blob) return blobSource(input)
  if (input instanceof URL || (typeof input === 'string' && /^https?:\/\//i.test(input))) return urlSource(input, options)
  const found = typeof input === 'string' ? `'${input.slice(0, 80)}'` : (input as object | null)?.constructor?.name ?? String(input)
  throw new ParquetError(
    'ARGUMENT_INVALID',
    `expected a Uint8Array, ArrayBuffer, Blob, http(s) URL or ByteSource, found ${found}; for a local file use fileSource(path) from 'parquet-ts/node'`,
  )
}
