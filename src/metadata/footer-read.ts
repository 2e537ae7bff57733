/**
 * Finding and decoding the footer (format README "File format"): the file
 * ends with the Thrift-compact FileMetaData, its 4-byte little-endian length
 * and the magic `PAR1` (`PARE` when the footer is encrypted). One speculative
 * read of the tail usually holds the whole footer; a larger footer costs one
 * more read.
 */
import { makeCursor } from '../cursor.js'
import { ParquetError, withContext } from '../errors.js'
import type { FileMetaData } from '../format/parquet.gen.js'
import { readFileMetaData } from '../format/parquet-footer.gen.js'
import type { ByteSource, ReadOptions } from '../io/source.js'

export interface FooterOptions extends ReadOptions {
  /** Bytes read from the end in the first request (default 64 KiB; a larger footer costs one more read). */
  footerReadSize?: number
}

export interface Footer {
  metadata: FileMetaData
  /** Total file length. */
  byteLength: number
  /** Offset of the first footer byte. */
  offset: number
  /** Length of the Thrift footer in bytes. */
  length: number
}

/** Reads and decodes the footer of `source`. */
export async function readFooter(source: ByteSource, options: FooterOptions = {}): Promise<Footer> {
  const { bytes, byteLength } = await source.readTail(Math.max(8, options.footerReadSize ?? 65536), options)
  const n = bytes.length
  const ctx = { source: source.name }
  if (byteLength < 12) {
    throw new ParquetError('NOT_PARQUET', `expected at least 12 bytes, found ${byteLength}`, ctx)
  }
  const magic = bytes.subarray(n - 4)
  const text = String.fromCharCode(...magic)
  if (text === 'PARE') throw new ParquetError('ENCRYPTED_FOOTER', 'encrypted footer (magic PARE): decryption keys needed', ctx)
  if (text !== 'PAR1') {
    const found = [...magic].map((b) => b.toString(16).padStart(2, '0')).join(' ')
    throw new ParquetError('NOT_PARQUET', `expected magic PAR1 at the end, found bytes ${found}`, { ...ctx, offset: byteLength - 4 })
  }
  // Little-endian; bytes past the start (a source that returned a short tail) read as 0.
  const length = (bytes[n - 8]! | (bytes[n - 7]! << 8) | (bytes[n - 6]! << 16) | (bytes[n - 5]! << 24)) >>> 0
  const offset = byteLength - 8 - length
  if (offset < 4) {
    throw new ParquetError('FOOTER_TOO_LARGE', `expected a footer length of at most ${byteLength - 12} bytes, found ${length}`, { ...ctx, offset: byteLength - 8 })
  }
  const footer = length <= n - 8 ? bytes.subarray(n - 8 - length, n - 8) : await source.read(offset, byteLength - 8, options)
  const cursor = makeCursor(footer)
  try {
    return { metadata: readFileMetaData(cursor), byteLength, offset, length }
  } catch (e) {
    const { code, message, context } = withContext(e, ctx, 'THRIFT_INVALID')
    // Thrift errors give offsets within the footer.
    context.offset = offset + (typeof context.offset === 'number' ? context.offset : cursor.offset)
    throw new ParquetError(code, `cannot decode the footer: ${message.replace(/ \([^()]*\)$/, '')}`, context, { cause: e })
  }
}
