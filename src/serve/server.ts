/**
 * The Parquet API service: a small HTTP service (Node's http) over a folder
 * of parquet files, built on the library. Endpoints:
 *   GET  /api/files                      list files (id, name, size, rows, modified)
 *   GET  /api/files/{id}                 metadata of one file
 *   GET  /api/schema/{id}                its schema tree
 *   GET  /api/files/{id}/data?columns=a,b&offset=&limit=   rows, paginated, with total_rows
 *   POST /api/files?name=x.parquet       upload (raw body; validated, then renamed into uploads/)
 *   POST /api/query                      { file, columns, filter, offset, limit } → rows and pushdown figures
 *   GET  /health, /ready, /metrics
 * Ids contain a slash (uploads/x.parquet): encode it as %2F in paths.
 */
import { access } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { schemaNodeJson } from '../cli/schema.js'
import { fileSource } from '../io/node-file.js'
import type { ByteSource } from '../io/source.js'
import { type ParquetMetadata, readMetadata } from '../metadata/file-metadata.js'
import { chunkStatistics } from '../metadata/statistics.js'
import { type ReadOptions, readRows } from '../read/read.js'
import { type FileEntry, listFiles, prepareFolder, resolveId } from './files.js'
import { errorAnswer, HttpError, intParam, readJson, sendJson } from './http-util.js'
import { makeMetrics, type Metrics, observeQuery, renderMetrics } from './metrics.js'
import { receiveUpload } from './upload.js'

/** Options for `serve`: the data folder, where to listen and request limits. */
export interface ServeOptions {
  /** The data folder (uploads/, processed/ and temp/ are created in it). */
  dir: string
  port?: number
  host?: string
  /** Largest upload in bytes (default 1 GiB). */
  maxUploadBytes?: number
  /** Most rows one request may return (default 10,000; larger limits are capped). */
  maxRows?: number
  /** A data or query request taking longer is stopped with 504 (default 30 s). */
  queryTimeoutMs?: number
}

interface Context {
  root: string
  options: Required<Omit<ServeOptions, 'port' | 'host'>>
  metrics: Metrics
  metaCache: Map<string, { key: string; meta: ParquetMetadata }>
}

/** A server started by `serve`: the Node server, its base URL and a way to stop it. */
export interface RunningServer {
  server: Server
  url: string
  /** Stops accepting connections and resolves when the server is closed. */
  close(): Promise<void>
}

/** Starts the service; resolves once it listens. */
export async function serve(options: ServeOptions): Promise<RunningServer> {
  const ctx: Context = {
    root: await prepareFolder(options.dir),
    options: {
      dir: options.dir,
      maxUploadBytes: options.maxUploadBytes ?? 2 ** 30,
      maxRows: options.maxRows ?? 10_000,
      queryTimeoutMs: options.queryTimeoutMs ?? 30_000,
    },
    metrics: makeMetrics(),
    metaCache: new Map(),
  }
  const server = createServer((req, res) => {
    handle(ctx, req, res).catch((e) => answerError(ctx, res, e))
  })
  server.keepAliveTimeout = 5000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', resolve)
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    }),
  }
}

function answerError(ctx: Context, res: ServerResponse, e: unknown): void {
  ctx.metrics.errors++
  if (res.headersSent) {
    res.destroy()
    return
  }
  const { status, body } = errorAnswer(e)
  sendJson(res, status, body)
}

async function handle(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  ctx.metrics.requests++
  const url = new URL(req.url ?? '/', 'http://localhost')
  const parts = url.pathname.split('/').filter(Boolean).map(decodePart)
  const route = `${req.method} /${parts.map((p, i) => (i >= 2 && parts[0] === 'api' ? ':' : p)).join('/')}`
  switch (route) {
    case 'GET /health': return sendJson(res, 200, { status: 'ok' })
    case 'GET /ready': return ready(ctx, res)
    case 'GET /metrics': return metrics(ctx, res)
    case 'GET /api/files': return sendJson(res, 200, { files: await listing(ctx) })
    case 'POST /api/files': return upload(ctx, req, res, url)
    case 'GET /api/files/:': return fileInfo(ctx, res, parts[2]!)
    case 'GET /api/schema/:': return schema(ctx, res, parts[2]!)
    case 'GET /api/files/:/:':
      if (parts[3] === 'data') return data(ctx, res, parts[2]!, url)
      break
    case 'POST /api/query': return query(ctx, req, res)
  }
  throw new HttpError(404, 'NOT_FOUND', `no route for ${req.method} ${url.pathname}`)
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part)
  } catch {
    throw new HttpError(400, 'BAD_PATH', 'malformed percent-encoding in the path')
  }
}

async function ready(ctx: Context, res: ServerResponse): Promise<void> {
  const ok = await access(ctx.root).then(() => true, () => false)
  sendJson(res, ok ? 200 : 503, { ready: ok })
}

async function metrics(ctx: Context, res: ServerResponse): Promise<void> {
  const text = renderMetrics(ctx.metrics, (await listFiles(ctx.root)).length)
  res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
  res.end(text)
}

/** Metadata of a file, cached by size and modification time. */
async function metadataOf(ctx: Context, entry: FileEntry): Promise<ParquetMetadata> {
  const key = `${entry.size}:${entry.modified}`
  const hit = ctx.metaCache.get(entry.path)
  if (hit?.key === key) return hit.meta
  const meta = await withSource(ctx, entry, (source) => readMetadata(source))
  if (ctx.metaCache.size >= 256) ctx.metaCache.delete(ctx.metaCache.keys().next().value!)
  ctx.metaCache.set(entry.path, { key, meta })
  return meta
}

/** Opens the file with a source that counts the bytes read into the metrics. */
async function withSource<T>(ctx: Context, entry: FileEntry, fn: (source: ByteSource) => Promise<T>): Promise<T> {
  const inner = await fileSource(entry.path)
  const source: ByteSource = {
    name: entry.id,
    byteLength: inner.byteLength,
    read: async (start, end, options) => {
      const bytes = await inner.read(start, end, options)
      ctx.metrics.bytesRead += bytes.length
      return bytes
    },
    readTail: async (length, options) => {
      const tail = await inner.readTail(length, options)
      ctx.metrics.bytesRead += tail.bytes.length
      return tail
    },
  }
  try {
    return await fn(source)
  } finally {
    await inner.close?.()
  }
}

async function listing(ctx: Context): Promise<unknown[]> {
  const out = []
  for (const entry of await listFiles(ctx.root)) {
    const rows = await metadataOf(ctx, entry).then((m) => m.numRows, () => null)
    out.push({ id: entry.id, name: entry.name, size: entry.size, rows, modified: entry.modified })
  }
  return out
}

async function fileInfo(ctx: Context, res: ServerResponse, id: string): Promise<void> {
  const entry = await resolveId(ctx.root, id)
  const meta = await metadataOf(ctx, entry)
  sendJson(res, 200, {
    id: entry.id, name: entry.name, size: entry.size, modified: entry.modified,
    rows: meta.numRows, createdBy: meta.createdBy, keyValueMetadata: meta.keyValueMetadata,
    rowGroups: meta.rowGroups.map((rg) => ({
      index: rg.index, numRows: rg.numRows, totalByteSize: rg.totalByteSize,
      columns: rg.columns.map((c) => ({
        path: c.path, physicalType: c.column.physicalType, codec: c.codec, encodings: c.encodings,
        numValues: c.numValues, compressedSize: c.totalCompressedSize, uncompressedSize: c.totalUncompressedSize,
        statistics: chunkStatistics(c),
      })),
    })),
  })
}

async function schema(ctx: Context, res: ServerResponse, id: string): Promise<void> {
  const meta = await metadataOf(ctx, await resolveId(ctx.root, id))
  sendJson(res, 200, { id, schema: schemaNodeJson(meta.schema.root) })
}

async function upload(ctx: Context, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const name = url.searchParams.get('name') ?? String(req.headers['x-file-name'] ?? '')
  const result = await receiveUpload(req, ctx.root, name, ctx.options.maxUploadBytes, url.searchParams.get('overwrite') === 'true')
  sendJson(res, 201, result)
}

async function data(ctx: Context, res: ServerResponse, id: string, url: URL): Promise<void> {
  const columns = url.searchParams.get('columns')?.split(',').map((c) => c.trim()).filter(Boolean)
  const offset = intParam(url.searchParams.get('offset'), 'offset', 0)
  const limit = intParam(url.searchParams.get('limit'), 'limit', 100, ctx.options.maxRows)
  const body = await runQuery(ctx, id, { columns, offset, limit })
  sendJson(res, 200, body)
}

async function query(ctx: Context, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req, 1 << 20)
  if (typeof body.file !== 'string') throw new HttpError(400, 'BAD_QUERY', "expected 'file' (a file id) in the query")
  const columns = body.columns === undefined ? undefined : body.columns
  if (columns !== undefined && !(Array.isArray(columns) && columns.every((c) => typeof c === 'string'))) {
    throw new HttpError(400, 'BAD_QUERY', "expected 'columns' to be an array of column names")
  }
  const offset = intParam(body.offset === undefined ? undefined : String(body.offset), 'offset', 0)
  const limit = intParam(body.limit === undefined ? undefined : String(body.limit), 'limit', 100, ctx.options.maxRows)
  sendJson(res, 200, await runQuery(ctx, body.file, { columns: columns as string[] | undefined, offset, limit, filter: body.filter }))
}

interface QuerySpec {
  columns?: string[]
  offset: number
  limit: number
  filter?: unknown
}

/** Reads the requested page of rows, bounded by the row cap and the timeout. */
async function runQuery(ctx: Context, id: string, spec: QuerySpec): Promise<Record<string, unknown>> {
  const entry = await resolveId(ctx.root, id)
  const meta = await metadataOf(ctx, entry)
  const started = performance.now()
  const signal = AbortSignal.timeout(ctx.options.queryTimeoutMs)
  let pushdown: unknown
  const options: ReadOptions & Record<string, unknown> = { metadata: meta, columns: spec.columns, signal }
  if (spec.filter !== undefined) {
    Object.assign(options, { filter: spec.filter, offset: spec.offset, limit: spec.limit, onStats: (s: unknown) => { pushdown = s } })
  } else {
    Object.assign(options, { rowStart: spec.offset, rowEnd: spec.offset + spec.limit })
  }
  try {
    const rows = await withSource(ctx, entry, (source) => readRows(source, options))
    return { file: entry.id, total_rows: meta.numRows, offset: spec.offset, limit: spec.limit, rows, ...(pushdown ? { pushdown } : {}) }
  } finally {
    observeQuery(ctx.metrics, (performance.now() - started) / 1000)
  }
}
