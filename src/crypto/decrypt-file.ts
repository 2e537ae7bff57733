/**
 * Reading encrypted files (Encryption.md §4.3-4.4, §5.2-5.5): the footer of
 * the encrypted footer mode (magic PARE: a plaintext FileCryptoMetaData, then
 * the FileMetaData as a GCM module), the signature of the plaintext footer
 * mode, the ColumnMetaData encrypted on its own for columns with keys of
 * their own, and the key and AADs the pages of each encrypted chunk need
 * (page-decrypt.ts). Loaded with import() by footer-read.ts only for
 * encrypted files read with `decryption` options.
 */
import { ParquetError, type ParquetErrorContext, withContext } from '../errors.js'
import type { ColumnChunk, EncryptionAlgorithm, FileMetaData } from '../format/parquet.gen.js'
import * as Aes from './aes.js'
import type { DecryptionOptions, FileDecryption, FooterDecoders, PageDecrypter } from './options.js'
import { decryptPages } from './page-decrypt.js'

/** The file-wide part of decryption: algorithm, file AAD, footer key. */
interface FileKeys {
  algorithm: FileDecryption['algorithm']
  fileAad: Uint8Array
  footerKey?: Aes.ModuleKey
}

/**
 * Decodes Thrift `bytes` with `read`; errors say `what` they held. With
 * `base` (the file offset of plaintext bytes) their offset is a file offset;
 * in decrypted bytes the offset is the module's (in `ctx`) and the position
 * within the decrypted bytes is `decryptedOffset`.
 */
function decode<T>(read: (bytes: Uint8Array) => T, bytes: Uint8Array, what: string, ctx: ParquetErrorContext, base?: number): T {
  try {
    return read(bytes)
  } catch (e) {
    const { code, message, context } = withContext(e, {}, 'THRIFT_INVALID')
    const at = typeof context.offset === 'number' ? context.offset : 0
    const where = base === undefined ? { ...context, ...ctx, decryptedOffset: at } : { ...context, ...ctx, offset: base + at }
    throw new ParquetError(code, `cannot decode the ${what}: ${message.replace(/ \([^()]*\)$/, '')}`, where, { cause: e })
  }
}

/** The footer of a PARE file: `footer` holds FileCryptoMetaData and the encrypted FileMetaData; `offset` is its file offset. */
export async function readEncryptedFooter(
  footer: Uint8Array, offset: number, options: DecryptionOptions, decoders: FooterDecoders, ctx: ParquetErrorContext,
): Promise<{ metadata: FileMetaData; decryption: FileDecryption }> {
  const { value: crypto, end } = decode(decoders.fileCryptoMetaData, footer, 'file crypto metadata', ctx, offset)
  const file = await fileKeys(crypto.encryption_algorithm, crypto.key_metadata, options, ctx)
  if (!file.footerKey) throw new ParquetError('ENCRYPTED_FOOTER', 'the footer is encrypted: decryption.footerKey (or a keyRetriever that knows it) is needed', ctx)
  const where = { ...ctx, offset: offset + end }
  const { buffer } = Aes.readModule(footer, end, false, where)
  const plain = await Aes.decryptGcm(file.footerKey, buffer, Aes.moduleAad(file.fileAad, Aes.FOOTER, [], where), where)
  const metadata = decode(decoders.fileMetaData, plain, 'decrypted footer', where)
  return { metadata, decryption: await openColumns(metadata, file, options, decoders, ctx) }
}

/**
 * A plaintext footer of an encrypted file: checks its signature when the
 * footer key is known (`footer` is the FileMetaData's `end` bytes and the
 * 28-byte signature), and decrypts the column metadata it has keys for.
 */
export async function openPlaintextFooter(
  metadata: FileMetaData, footer: Uint8Array, end: number, options: DecryptionOptions, decoders: FooterDecoders, ctx: ParquetErrorContext,
): Promise<FileDecryption> {
  const file = await fileKeys(metadata.encryption_algorithm!, metadata.footer_signing_key_metadata, options, ctx)
  if (file.footerKey) {
    const aad = Aes.moduleAad(file.fileAad, Aes.FOOTER, [], ctx)
    await Aes.verifySignature(file.footerKey, footer.subarray(0, end), footer.subarray(end), aad, ctx)
  }
  return openColumns(metadata, file, options, decoders, ctx)
}

/** Algorithm, file AAD (checking or taking the caller's AAD prefix) and the footer key. */
async function fileKeys(algorithm: EncryptionAlgorithm, keyMetadata: Uint8Array | undefined, options: DecryptionOptions, ctx: ParquetErrorContext): Promise<FileKeys> {
  const name = algorithm.AES_GCM_V1 ? 'AES_GCM_V1' : algorithm.AES_GCM_CTR_V1 ? 'AES_GCM_CTR_V1' : undefined
  if (!name) throw new ParquetError('DECRYPTION_FAILED', `expected the encryption algorithm AES_GCM_V1 or AES_GCM_CTR_V1, found union member ${algorithm.unknown ?? 'none'}`, ctx)
  const a = algorithm[name]!
  const given = Aes.optionalBytes(options.aadPrefix, 'decryption.aadPrefix')
  if (given && a.aad_prefix && !sameBytes(given, a.aad_prefix)) {
    throw new ParquetError('DECRYPTION_FAILED', 'expected the AAD prefix given in decryption.aadPrefix, found another one stored in the file', ctx)
  }
  if (a.supply_aad_prefix && !given) throw new ParquetError('ARGUMENT_INVALID', 'the file was written with an AAD prefix it does not store: decryption.aadPrefix is needed', ctx)
  const fileAad = Aes.concatBytes([given ?? a.aad_prefix ?? new Uint8Array(0), a.aad_file_unique ?? new Uint8Array(0)])
  return { algorithm: name, fileAad, footerKey: await resolveKey(options.footerKey, keyMetadata, undefined, options, ctx) }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/** The key given by the caller, else the retriever's for the stored key metadata; undefined when neither knows it. */
async function resolveKey(
  given: Uint8Array | undefined, keyMetadata: Uint8Array | undefined, column: string | undefined, options: DecryptionOptions, ctx: ParquetErrorContext,
): Promise<Aes.ModuleKey | undefined> {
  const what = column ? `key of column ${column}` : 'footer key'
  if (given !== undefined) return Aes.moduleKey(given, what)
  if (!options.keyRetriever) return undefined
  let bytes: Uint8Array | undefined
  try {
    bytes = await options.keyRetriever(keyMetadata ?? new Uint8Array(0), column)
  } catch (e) {
    throw withContext(e, { ...ctx, column }, 'ARGUMENT_INVALID')
  }
  // undefined or null: the retriever does not know the key.
  return bytes == null ? undefined : Aes.moduleKey(bytes, what)
}

/**
 * Finds each encrypted column's key, decrypts the ColumnMetaData stored
 * encrypted (replacing the plaintext one, which a plaintext footer keeps
 * without statistics) and gives the handle that decrypts pages.
 */
async function openColumns(
  metadata: FileMetaData, file: FileKeys, options: DecryptionOptions, decoders: FooterDecoders, ctx: ParquetErrorContext,
): Promise<FileDecryption> {
  const keys = new Map<string, Aes.ModuleKey | undefined>()
  const keyOf = async (chunk: ColumnChunk): Promise<Aes.ModuleKey | undefined> => {
    const own = chunk.crypto_metadata?.ENCRYPTION_WITH_COLUMN_KEY
    if (!own) return file.footerKey
    const path = own.path_in_schema.join('.')
    const given = options.columnKeys && Object.hasOwn(options.columnKeys, path) ? options.columnKeys[path] : undefined
    if (!keys.has(path)) keys.set(path, await resolveKey(given, own.key_metadata, path, options, ctx))
    return keys.get(path)
  }
  const chunkKeys = new Map<ColumnChunk, Aes.ModuleKey | undefined>()
  // Every ColumnMetaData module is decrypted at once, and awaited in order so that a failure names the first chunk.
  const pending: Promise<void>[] = []
  for (const [g, rowGroup] of metadata.row_groups.entries()) {
    for (const [i, chunk] of rowGroup.columns.entries()) {
      if (!chunk.crypto_metadata) continue
      const key = await keyOf(chunk)
      chunkKeys.set(chunk, key)
      if (!key || !chunk.encrypted_column_metadata) continue
      const done = decryptColumnMetaData(chunk, key, file, decoders, [rowGroup.ordinal ?? g, i], { ...ctx, rowGroup: g })
      done.catch(() => undefined)
      pending.push(done)
    }
  }
  for (const done of pending) await done
  /** The key and AAD ordinals of an encrypted chunk whose key is known. */
  const located = (g: number, i: number) => {
    const rowGroup = metadata.row_groups[g]
    const chunk = rowGroup?.columns[i]
    const key = chunk && chunkKeys.get(chunk)
    return key && { key, chunk: chunk!, ordinals: [rowGroup!.ordinal ?? g, i] }
  }
  return {
    algorithm: file.algorithm,
    chunkPages(g: number, i: number): PageDecrypter | undefined {
      const at = located(g, i)
      if (!at) return undefined
      const crypto = {
        key: at.key, fileAad: file.fileAad, ctr: file.algorithm === 'AES_GCM_CTR_V1', rowGroupOrdinal: at.ordinals[0]!, columnOrdinal: i,
        dictionary: at.chunk.meta_data?.dictionary_page_offset !== undefined,
      }
      return (bytes, offset, ctx, split, pageDecoders) => decryptPages(bytes, offset, ctx, split, pageDecoders, crypto)
    },
    bloomFilter(g: number, i: number) {
      const at = located(g, i)
      return at && ((stored, ctx) => decryptBloomFilter(stored, at.key, file.fileAad, at.ordinals, ctx))
    },
    pageIndex(g: number, i: number) {
      const at = located(g, i)
      return at && (async (stored, kind, ctx) => {
        const type = kind === 'ColumnIndex' ? Aes.COLUMN_INDEX : Aes.OFFSET_INDEX
        return Aes.decryptGcm(at.key, Aes.readModule(stored, 0, false, ctx).buffer, Aes.moduleAad(file.fileAad, type, at.ordinals, ctx), ctx)
      })
    },
  }
}

/**
 * A bloom filter's header module and bitset module (AAD types 8 and 9),
 * decrypted. The header's plaintext may be longer than the header
 * (parquet-mr pads it with zeros), so the two are kept apart.
 */
async function decryptBloomFilter(
  stored: Uint8Array, key: Aes.ModuleKey, fileAad: Uint8Array, ordinals: number[], ctx: ParquetErrorContext,
): Promise<{ header: Uint8Array; bitset: Uint8Array }> {
  const header = Aes.readModule(stored, 0, false, ctx)
  const bitset = Aes.readModule(stored, header.end, false, ctx)
  return {
    header: await Aes.decryptGcm(key, header.buffer, Aes.moduleAad(fileAad, Aes.BLOOM_FILTER_HEADER, ordinals, ctx), ctx),
    bitset: await Aes.decryptGcm(key, bitset.buffer, Aes.moduleAad(fileAad, Aes.BLOOM_FILTER_BITSET, ordinals, ctx), ctx),
  }
}

async function decryptColumnMetaData(
  chunk: ColumnChunk, key: Aes.ModuleKey, file: FileKeys, decoders: FooterDecoders, ordinals: number[], ctx: ParquetErrorContext,
): Promise<void> {
  const where = { ...ctx, column: chunk.crypto_metadata?.ENCRYPTION_WITH_COLUMN_KEY?.path_in_schema.join('.') ?? chunk.meta_data?.path_in_schema.join('.') }
  const { buffer } = Aes.readModule(chunk.encrypted_column_metadata!, 0, false, where)
  const plain = await Aes.decryptGcm(key, buffer, Aes.moduleAad(file.fileAad, Aes.COLUMN_META_DATA, ordinals, where), where)
  chunk.meta_data = decode(decoders.columnMetaData, plain, 'decrypted column metadata', where)
}
