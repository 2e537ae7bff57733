/**
 * Finding and decoding the footer (format README "File format"): the file
 * ends with the Thrift-compact FileMetaData, its 4-byte little-endian length
 * and the magic `PAR1` (`PARE` when the footer is encrypted). One speculative
 * read of the tail usually holds the whole footer; a larger footer costs one
 * more read.
 */
import { type Cursor, makeCursor } from '../cursor.js'
import { ParquetError, withContext } from '../errors.js'
import type { DecryptionOptions, FileDecryption, FooterDecoders } from '../crypto/options.js'
import type { FileMetaData } from '../format/parquet.gen.js'
import { readColumnMetaData, readFileCryptoMetaData, readFileMetaData } from '../format/parquet-footer.gen.js'
import type { ByteSource, ReadOptions } from '../io/source.js'

export interface FooterOptions extends ReadOptions {
  /** Bytes read from the end in the first request (default 64 KiB; a larger footer costs one more read). */
  footerReadSize?: number
  /** Keys for an encrypted file (Parquet modular encryption); without them an encrypted footer is ENCRYPTED_FOOTER and encrypted columns ENCRYPTED_COLUMN. */
  decryption?: DecryptionOptions
}

export interface Footer {
  metadata: FileMetaData
  /** Total file length. */
  byteLength: number
  /** Offset of the first footer byte. */
  offset: number
  /** Length of the Thrift footer in bytes. */
  length: number
  /** Set for an encrypted file read with `decryption` options. */
  decryption?: FileDecryption
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
  const encrypted = text === 'PARE'
  if (encrypted && !options.decryption) throw new ParquetError('ENCRYPTED_FOOTER', 'encrypted footer (magic PARE): the decryption option with the footer key is needed', ctx)
  if (!encrypted && text !== 'PAR1') {
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
  if (encrypted) return { ...(await (await loadDecryption(ctx)).readEncryptedFooter(footer, offset, options.decryption!, footerDecoders, ctx)), byteLength, offset, length }
  const cursor = makeCursor(footer)
  const metadata = decodeFooter(cursor, offset, ctx)
  // A plaintext footer of an encrypted file: signature and column keys.
  const keys = metadata.encryption_algorithm && options.decryption
  const decryption = keys ? await (await loadDecryption(ctx)).openPlaintextFooter(metadata, footer, cursor.offset, keys, footerDecoders, ctx) : undefined
  return { metadata, byteLength, offset, length, decryption }
}

function decodeFooter(cursor: Cursor, offset: number, ctx: { source: string }): FileMetaData {
  try {
    return readFileMetaData(cursor)
  } catch (e) {
    const { code, message, context } = withContext(e, ctx, 'THRIFT_INVALID')
    // Thrift errors give offsets within the footer.
    context.offset = offset + (typeof context.offset === 'number' ? context.offset : cursor.offset)
    throw new ParquetError(code, `cannot decode the footer: ${message.replace(/ \([^()]*\)$/, '')}`, context, { cause: e })
  }
}

/** The footer decoders of the decryption code (crypto/options.ts says why it takes them from here). */
const footerDecoders: FooterDecoders = {
  fileCryptoMetaData(bytes) {
    const cursor = makeCursor(bytes)
    return { value: readFileCryptoMetaData(cursor), end: cursor.offset }
  },
  fileMetaData: (bytes) => readFileMetaData(makeCursor(bytes)),
  columnMetaData: (bytes) => readColumnMetaData(makeCursor(bytes)),
}

/** The decryption code, loaded for encrypted files read with keys (a failed load is an IO_ERROR). */
async function loadDecryption(ctx: { source: string }): Promise<typeof import('../crypto/decrypt-file.js')> {
  try {
    return await import('../crypto/decrypt-file.js')
  } catch (e) {
    throw withContext(e, { ...ctx, part: 'decryption' }, 'IO_ERROR')
  }
}
