/**
 * `urlSource`: a byte source over an HTTP(S) URL read with Range requests
 * (RFC 9110 §14). The fetch code (url-fetch.ts) loads with import() on the
 * first read, so a bundle that never reads a URL does not carry it.
 */
import { withContext } from '../errors.js'
import type { ByteSource } from './source.js'

/** Options for `urlSource`: request headers, a custom fetch, a known length, concurrency. */
export interface UrlSourceOptions {
  /** Extra request headers, e.g. `{ Authorization: 'Bearer …' }`. */
  headers?: Record<string, string>
  /** A fetch to use instead of the global one (e.g. one that signs requests). */
  fetch?: typeof fetch
  /** The file length when already known (saves nothing but a check). */
  byteLength?: number
  /** Maximum number of requests in flight (default 6). */
  maxConcurrency?: number
}

/**
 * A byte source over an HTTP(S) URL. The tail is read with a suffix range,
 * which also gives the file length (no HEAD request); a server that ignores
 * Range is read once in full. A failed load of the fetch code is an IO_ERROR.
 */
export function urlSource(url: string | URL, options: UrlSourceOptions = {}): ByteSource {
  const name = String(url)
  let source: ByteSource | undefined
  let loading: Promise<ByteSource> | undefined
  const load = (): Promise<ByteSource> =>
    (loading ??= import('./url-fetch.js').then(
      (m) => (source = m.fetchSource(name, options)),
      (e) => {
        loading = undefined
        throw withContext(e, { source: name }, 'IO_ERROR')
      },
    ))
  return {
    name,
    get byteLength() {
      return source ? source.byteLength : options.byteLength
    },
    read: async (start, end, readOptions) => (await load()).read(start, end, readOptions),
    readTail: async (length, readOptions) => (await load()).readTail(length, readOptions),
  }
}
