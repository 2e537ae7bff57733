/**
 * Opens what the command line names: an http(s) URL or a local file path.
 */
import { fileSource } from '../io/node-file.js'
import type { ByteSource } from '../io/source.js'
import { urlSource } from '../io/url-source.js'

export async function openInput(target: string): Promise<ByteSource> {
  if (/^https?:\/\//i.test(target)) return urlSource(target)
  return fileSource(target)
}

/** Runs `fn` with the source open, closing it afterwards. */
export async function withInput<T>(target: string, fn: (source: ByteSource) => Promise<T>): Promise<T> {
  const source = await openInput(target)
  try {
    return await fn(source)
  } finally {
    await source.close?.()
  }
}
