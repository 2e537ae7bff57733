/**
 * Uploads: the body is streamed to temp/, bounded in size, validated as
 * parquet (its footer must decode), then renamed into uploads/. An upload
 * that is too large, invalid or interrupted is deleted and never listed.
 */
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Transform } from 'node:stream'
import { fileSource } from '../io/node-file.js'
import { readMetadata } from '../metadata/file-metadata.js'
import { isValidName } from './files.js'
import { HttpError } from './http-util.js'

export interface UploadResult {
  id: string
  size: number
  rows: number
}

/** Receives one upload named `name` into `root`/uploads. */
export async function receiveUpload(req: IncomingMessage, root: string, name: string, maxBytes: number, overwrite: boolean): Promise<UploadResult> {
  if (!isValidName(name)) throw new HttpError(400, 'BAD_NAME', `expected a file name like 'sales.parquet' (letters, digits, . _ -), found '${name.slice(0, 100)}'`)
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw new HttpError(413, 'TOO_LARGE', `upload over ${maxBytes} bytes`)
  const target = join(root, 'uploads', name)
  if (!overwrite && (await exists(target))) throw new HttpError(409, 'EXISTS', `uploads/${name} exists (add ?overwrite=true to replace it)`)
  const temp = join(root, 'temp', `${randomUUID()}.part`)
  try {
    await pipeline(req, limitStream(maxBytes), createWriteStream(temp, { flags: 'wx' }))
    const rows = await validate(temp)
    await rename(temp, target)
    return { id: `uploads/${name}`, size: (await stat(target)).size, rows }
  } catch (e) {
    await rm(temp, { force: true })
    throw e
  }
}

function limitStream(maxBytes: number): Transform {
  let size = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      if (size > maxBytes) done(new HttpError(413, 'TOO_LARGE', `upload over ${maxBytes} bytes`))
      else done(null, chunk)
    },
  })
}

async function validate(path: string): Promise<number> {
  const source = await fileSource(path)
  try {
    const meta = await readMetadata(source)
    return meta.numRows
  } catch (e) {
    throw new HttpError(422, 'NOT_PARQUET', `the upload is not a readable parquet file: ${(e as Error).message}`)
  } finally {
    await source.close?.()
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false)
}
