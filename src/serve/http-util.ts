/**
 * Small HTTP helpers for the service: JSON answers, JSON errors with a status
 * chosen from the error, bounded request bodies.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { jsonReplacer } from '../cli/json.js'
import { isParquetError } from '../errors.js'

/** An error with an HTTP status, for request problems found by the service itself. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

/** Sends `body` as JSON: bigints as decimal strings, bytes as { base64 }, Dates as ISO text. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body, jsonReplacer)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

/** The status and JSON body for an error. */
export function errorAnswer(e: unknown): { status: number; body: { error: { code: string; message: string } } } {
  if (e instanceof HttpError) return { status: e.status, body: { error: { code: e.code, message: e.message } } }
  if (isParquetError(e)) {
    const status =
      e.context.notFound ? 404
      : e.code === 'ARGUMENT_INVALID' ? 400
      : e.code === 'ABORTED' ? 504
      : 500
    return { status, body: { error: { code: e.code, message: e.message } } }
  }
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'internal error' } } }
}

/** Reads a request body of at most `limit` bytes. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) throw new HttpError(413, 'TOO_LARGE', `request body over ${limit} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) throw new HttpError(413, 'TOO_LARGE', `request body over ${limit} bytes`)
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** Parses a JSON object body. */
export async function readJson(req: IncomingMessage, limit: number): Promise<Record<string, unknown>> {
  const text = (await readBody(req, limit)).toString('utf8')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'BAD_JSON', 'expected a JSON object body')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new HttpError(400, 'BAD_JSON', 'expected a JSON object body')
  return value as Record<string, unknown>
}

/** A non-negative integer query parameter, with a default and a cap. */
export function intParam(value: string | null | undefined, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  if (value === null || value === undefined || value === '') return fallback
  if (!/^\d+$/.test(value)) throw new HttpError(400, 'BAD_PARAMETER', `${name} expects a whole number, found '${value.slice(0, 40)}'`)
  return Math.min(Number(value), max)
}
