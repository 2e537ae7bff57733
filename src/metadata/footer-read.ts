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

export const MAGIC = 0x31524150 // 'PAR1' little-endian
export const MAGIC_ENCRYPTED = 0x45524150 // 'PARE'

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
  const want = Math.max(8, options.footerReadSize ?? 65536)
  const tail = await source.readTail(want, options)
  const { byteLength } = tail
  const ctx = { source: source.name }
  if (byteLength < 12) {
    throw new ParquetError('NOT_PARQUET', `expected at least 12 bytes (magic, footer, length, magic), found ${byteLength}`, ctx)
  }
  const end = makeCursor(tail.bytes, tail.bytes.length - 8)
  const length = end.view.getUint32(end.offset, true)
  checkMagic(tail.bytes.subarray(-4), byteLength, ctx)
  const offset = byteLength - 8 - length
  if (length > byteLength - 12) {
    throw new ParquetError('FOOTER_TOO_LARGE', `expected a footer length of at most ${byteLength - 12} bytes, found ${length}`, { ...ctx, offset: byteLength - 8 })
  }
  const footerBytes = length <= tail.bytes.length - 8
    ? tail.bytes.subarray(tail.bytes.length - 8 - length, tail.bytes.length - 8)
    : await source.read(offset, byteLength - 8, options)
  return { metadata: decodeFooter(footerBytes, offset, source.name), byteLength, offset, length }
}

function checkMagic(magic: Uint8Array, byteLength: number, ctx: { source: string }): void {
  const text = String.fromCharCode(...magic)
  if (text === 'PAR1') return
  if (text === 'PARE') {
    throw new ParquetError('ENCRYPTED_FOOTER', 'the footer is encrypted (magic PARE): decryption keys are needed to read this file', ctx)
  }
  const found = [...magic].map((b) => b.toString(16).padStart(2, '0')).join(' ')
  throw new ParquetError('NOT_PARQUET', `expected the magic 'PAR1' at the end of the file, found bytes ${found}`, { ...ctx, offset: byteLength - 4 })
}

/** Decodes footer bytes, reporting errors at their absolute file offset. */
export function decodeFooter(bytes: Uint8Array, fileOffset = 0, source?: string): FileMetaData {
  const cursor = makeCursor(bytes)
  try {
    return readFileMetaData(cursor)
  } catch (e) {
    const err = withContext(e, { source }, 'THRIFT_INVALID')
    if (typeof err.context.offset === 'number') err.context.offset += fileOffset
    else err.context.offset = fileOffset + cursor.offset
    throw new ParquetError(err.code, `cannot decode the footer: ${err.message.replace(/ \([^()]*\)$/, '')}`, err.context, { cause: e })
  }
}
