/**
 * An HTTP(S) byte source built on `fetch` and Range requests (RFC 9110 §14):
 * the implementation behind `urlSource` (url-source.ts), loaded with import()
 * on a URL's first read.
 *
 * - The tail is read with a suffix range (`bytes=-N`), which also reveals the
 *   total length through Content-Range: no HEAD request, so presigned S3/GCS
 *   URLs that only allow GET work.
 * - A server that ignores Range answers 200 with the whole body; that body is
 *   kept and every later read is served from it.
 * - Custom headers (auth) or a whole custom fetch (request signing) can be given.
 * - At most `maxConcurrency` requests are in flight at once.
 */
import { checkAborted, checkRange, ParquetError } from '../errors.js'
import type { ByteSource, ReadOptions, SourceTail } from './source.js'
import type { UrlSourceOptions } from './url-source.js'

interface UrlState {
  url: string
  options: UrlSourceOptions
  byteLength: number | undefined
  whole: Uint8Array | undefined
  active: number
  waiting: (() => void)[]
}

/** A byte source over an HTTP(S) URL read with Range requests. */
export function fetchSource(url: string | URL, options: UrlSourceOptions = {}): ByteSource {
  const state: UrlState = {
    url: String(url),
    options,
    byteLength: options.byteLength,
    whole: undefined,
    active: 0,
    waiting: [],
  }
  return {
    name: state.url,
    get byteLength() {
      return state.byteLength
    },
    read: (start, end, readOptions) => readRange(state, start, end, readOptions),
    readTail: (length, readOptions) => readTail(state, length, readOptions),
  }
}

async function readRange(state: UrlState, start: number, end: number, options?: ReadOptions): Promise<Uint8Array> {
  checkAborted(options?.signal, state.url)
  checkRange(start, end, state.byteLength, state.url)
  if (start === end) return new Uint8Array(0)
  if (state.whole) return state.whole.subarray(start, end)
  const response = await request(state, `bytes=${start}-${end - 1}`, options)
  const body = new Uint8Array(await response.arrayBuffer())
  if (response.status === 200) return keepWhole(state, body).subarray(start, end)
  const range = parseContentRange(response.headers.get('content-range'))
  if (range?.total !== undefined) state.byteLength = range.total
  if (body.byteLength !== end - start || (range && range.start !== start)) {
    throw new ParquetError(
      'HTTP_ERROR',
      `expected ${end - start} bytes from offset ${start}, the server sent ${body.byteLength} bytes from ${range?.start ?? '?'}`,
      { source: state.url, offset: start },
    )
  }
  return body
}

async function readTail(state: UrlState, length: number, options?: ReadOptions): Promise<SourceTail> {
  checkAborted(options?.signal, state.url)
  if (state.whole) return { bytes: state.whole.subarray(Math.max(0, state.whole.byteLength - length)), byteLength: state.whole.byteLength }
  const response = await request(state, `bytes=-${length}`, options)
  if (response.status === 416) {
    const range = parseContentRange(response.headers.get('content-range'))
    if (range?.total === 0) {
      state.byteLength = 0
      return { bytes: new Uint8Array(0), byteLength: 0 }
    }
    throw httpError(state, response)
  }
  const body = new Uint8Array(await response.arrayBuffer())
  if (response.status === 200) {
    const whole = keepWhole(state, body)
    return { bytes: whole.subarray(Math.max(0, whole.byteLength - length)), byteLength: whole.byteLength }
  }
  const range = parseContentRange(response.headers.get('content-range'))
  if (range?.total === undefined || range.end + 1 !== range.total || range.end - range.start + 1 !== body.byteLength) {
    throw new ParquetError(
      'HTTP_ERROR',
      `expected a Content-Range 'bytes a-b/total' ending at the file's end for a suffix range, found '${response.headers.get('content-range')}'`,
      { source: state.url },
    )
  }
  state.byteLength = range.total
  return { bytes: body, byteLength: range.total }
}

function keepWhole(state: UrlState, body: Uint8Array): Uint8Array {
  state.whole = body
  state.byteLength = body.byteLength
  return body
}

async function request(state: UrlState, range: string, options?: ReadOptions): Promise<Response> {
  await acquire(state)
  try {
    const doFetch = state.options.fetch ?? globalThis.fetch
    let response: Response
    try {
      response = await doFetch(state.url, { headers: { ...state.options.headers, Range: range }, signal: options?.signal })
    } catch (e) {
      if (options?.signal?.aborted) throw new ParquetError('ABORTED', 'read aborted by the caller', { source: state.url })
      throw new ParquetError('IO_ERROR', `fetch failed: ${(e as Error).message}`, { source: state.url }, { cause: e })
    }
    if (response.status !== 200 && response.status !== 206 && response.status !== 416) {
      await response.body?.cancel().catch(() => {})
      throw httpError(state, response)
    }
    return response
  } finally {
    release(state)
  }
}

function httpError(state: UrlState, response: Response): ParquetError {
  return new ParquetError(
    'HTTP_ERROR',
    `expected HTTP 200 or 206, the server answered ${response.status} ${response.statusText}`.trimEnd(),
    { source: state.url, status: response.status },
  )
}

async function acquire(state: UrlState): Promise<void> {
  const limit = Math.max(1, state.options.maxConcurrency ?? 6)
  while (state.active >= limit) await new Promise<void>((resolve) => state.waiting.push(resolve))
  state.active++
}

function release(state: UrlState): void {
  state.active--
  state.waiting.shift()?.()
}

/** Parses `bytes start-end/total` (total may be `*`) or `bytes *\/total`. */
export function parseContentRange(header: string | null): { start: number; end: number; total?: number } | undefined {
  if (!header) return undefined
  const match = /^bytes\s+(?:(\d+)-(\d+)|\*)\/(\d+|\*)$/i.exec(header.trim())
  if (!match) return undefined
  const total = match[3] === '*' ? undefined : Number(match[3])
  if (match[1] === undefined) return { start: 0, end: -1, total }
  return { start: Number(match[1]), end: Number(match[2]), total }
}
