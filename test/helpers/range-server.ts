/**
 * A local HTTP server for tests (127.0.0.1, random port) that serves files
 * with Range support (RFC 9110) and counts requests and bytes sent.
 * Modes: `ignoreRange` answers 200 with the whole body; HEAD is always refused
 * (like some presigned S3 URLs) so clients must not rely on it.
 * Responses carry a Content-Type from the file extension (browsers load module
 * scripts only with a JavaScript type) and `Cache-Control: no-store`, so every
 * load is a counted request; `paths` lists every requested path in order.
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RangeServer {
  url(name: string): string
  requests: number
  bytesSent: number
  ranges: string[]
  /** Every requested path (without the leading '/'), in order. */
  paths: string[]
  /** Every response with a body: path, Range header (if any) and bytes sent. */
  log: SentEntry[]
  reset(): void
  close(): Promise<void>
}

export interface SentEntry {
  path: string
  range?: string
  bytes: number
}

export interface RangeServerOptions {
  ignoreRange?: boolean
  /** Header a request must carry, e.g. ['authorization', 'Bearer x']. */
  requireHeader?: [string, string]
}

export async function startRangeServer(files: Record<string, string | Uint8Array>, options: RangeServerOptions = {}): Promise<RangeServer> {
  const cache = new Map<string, Uint8Array>()
  const body = (name: string): Uint8Array | undefined => {
    const f = files[name]
    if (f === undefined) return undefined
    if (typeof f !== 'string') return f
    if (!cache.has(name)) cache.set(name, readFileSync(f))
    return cache.get(name)
  }
  const state = { requests: 0, bytesSent: 0, ranges: [] as string[], paths: [] as string[], log: [] as SentEntry[] }
  const server: Server = createServer((req, res) => handle(req, res, body, state, options))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (name) => `http://127.0.0.1:${port}/${name}`,
    get requests() { return state.requests },
    get bytesSent() { return state.bytesSent },
    get ranges() { return state.ranges },
    get paths() { return state.paths },
    get log() { return state.log },
    reset() { state.requests = 0; state.bytesSent = 0; state.ranges = []; state.paths = []; state.log = [] },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

interface ServerState {
  requests: number
  bytesSent: number
  ranges: string[]
  paths: string[]
  log: SentEntry[]
}

function handle(
  req: IncomingMessage, res: ServerResponse, body: (n: string) => Uint8Array | undefined,
  state: ServerState, options: RangeServerOptions,
): void {
  state.requests++
  const name = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0]!)
  state.paths.push(name)
  const data = body(name)
  const range = req.headers.range
  if (req.method !== 'GET') end(res, 403)
  else if (options.requireHeader && req.headers[options.requireHeader[0]] !== options.requireHeader[1]) end(res, 401)
  else if (!data) end(res, 404)
  else if (!range || options.ignoreRange) send(res, 200, data, state, { 'content-type': contentType(name) }, { path: name })
  else {
    state.ranges.push(range)
    const parsed = parseRange(range, data.length)
    if (!parsed) end(res, 416, { 'content-range': `bytes */${data.length}` })
    else {
      const headers = { 'content-range': `bytes ${parsed[0]}-${parsed[1]}/${data.length}` }
      send(res, 206, data.subarray(parsed[0], parsed[1] + 1), state, headers, { path: name, range })
    }
  }
}

function parseRange(header: string, size: number): [number, number] | undefined {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header)
  if (!m || (m[1] === '' && m[2] === '')) return undefined
  if (m[1] === '') return size === 0 ? undefined : [Math.max(0, size - Number(m[2])), size - 1]
  const start = Number(m[1])
  const stop = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  return start < size && start <= stop ? [start, stop] : undefined
}

const TYPES: Record<string, string> = { js: 'text/javascript', html: 'text/html; charset=utf-8', json: 'application/json', map: 'application/json' }

function contentType(name: string): string {
  return TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream'
}

function send(
  res: ServerResponse, status: number, data: Uint8Array, state: ServerState, headers: Record<string, string>, entry: Omit<SentEntry, 'bytes'>,
): void {
  state.bytesSent += data.length
  state.log.push({ ...entry, bytes: data.length })
  res.writeHead(status, { 'content-length': String(data.length), 'accept-ranges': 'bytes', 'cache-control': 'no-store', ...headers })
  res.end(data)
}

function end(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers)
  res.end()
}
