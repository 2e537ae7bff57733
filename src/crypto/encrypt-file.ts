/**
 * Writing encrypted files (Encryption.md §4-5), the mirror of
 * decrypt-file.ts and page-decrypt.ts: every page and page header of an
 * encrypted column becomes a module (header AAD type 4 or 5, page 2 or 3,
 * with the data page ordinal; the header's compressed_page_size counts the
 * page module), its ColumnIndex and OffsetIndex too (6, 7), its bloom
 * filter's header and bitset (8, 9); a column with a
 * key of its own gets its ColumnMetaData encrypted (1); the footer is a
 * module after a plaintext FileCryptoMetaData (magic PARE) or stays
 * plaintext with a 28-byte signature (PAR1). Nonces and the file's unique
 * id are random. Loaded with import() by a writer given `encryption`.
 */
import type { WrittenChunk } from '../column/column-write.js'
import { ParquetError } from '../errors.js'
import * as PageTypes from '../format/enum/page-type.gen.js'
import type { ColumnChunk, EncryptionAlgorithm, FileMetaData, PageHeader } from '../format/parquet.gen.js'
import type { SchemaNode } from '../metadata/schema.js'
import * as Aes from './aes.js'
import type { EncryptionOptions, FileEncryption, MetadataEncoders } from './options.js'

/** A column's key and stored key metadata; `own` when it is not the footer key. */
interface ColumnKey {
  key: Aes.ModuleKey
  own: boolean
  metadata?: Uint8Array
}

/**
 * Checks the options and makes the writer's encryption for a file of these
 * leaves; `crc`: page CRCs are written (for encrypted pages, over their
 * modules: the column writer leaves them out of encrypted columns' headers).
 */
export function openEncryption(options: EncryptionOptions, leaves: readonly SchemaNode[], encoders: MetadataEncoders, crc: boolean): FileEncryption {
  const footerKey = Aes.moduleKey(options.footerKey, 'encryption.footerKey')
  const algorithm = options.algorithm ?? 'AES_GCM_V1'
  if (algorithm !== 'AES_GCM_V1' && algorithm !== 'AES_GCM_CTR_V1') {
    throw new ParquetError('ARGUMENT_INVALID', `expected encryption.algorithm AES_GCM_V1 or AES_GCM_CTR_V1, found ${String(algorithm)}`)
  }
  const keys = columnKeys(options, leaves, footerKey)
  const prefix = Aes.optionalBytes(options.aadPrefix, 'encryption.aadPrefix')
  const footerKeyMetadata = Aes.optionalBytes(options.footerKeyMetadata, 'encryption.footerKeyMetadata')
  const unique = Aes.randomBytes(8)
  const fileAad = Aes.concatBytes(prefix ? [prefix, unique] : [unique])
  const stored = prefix && options.storeAadPrefix === false ? { supply_aad_prefix: true } : { aad_prefix: prefix }
  const params: EncryptionAlgorithm = { [algorithm]: { ...stored, aad_file_unique: unique } }
  const file = { fileAad, ctr: algorithm === 'AES_GCM_CTR_V1', plaintextFooter: options.plaintextFooter === true }
  const aad = (type: number, ordinals: number[]) => Aes.moduleAad(fileAad, type, ordinals, {})
  const magic = Aes.textBytes(file.plaintextFooter ? 'PAR1' : 'PARE')
  return {
    magic,
    encrypts: (column) => keys[column] !== undefined,
    chunk: (chunk, rowGroup, column) =>
      encryptChunk(chunk, keys[column]!.key, file.ctr, crc, (type, page) => aad(type, page === undefined ? [rowGroup, column] : [rowGroup, column, page]), encoders),
    bloomFilter: async (header, bitset, rowGroup, column) => {
      const key = keys[column]!.key
      const sealed = [
        await Aes.encryptModule(key, header, aad(Aes.BLOOM_FILTER_HEADER, [rowGroup, column])),
        await Aes.encryptModule(key, bitset, aad(Aes.BLOOM_FILTER_BITSET, [rowGroup, column])),
      ]
      return Aes.concatBytes(sealed)
    },
    index: (bytes, kind, rowGroup, column) => Aes.encryptModule(keys[column]!.key, bytes, aad(kind === 'ColumnIndex' ? Aes.COLUMN_INDEX : Aes.OFFSET_INDEX, [rowGroup, column])),
    columnChunk: (chunk, rowGroup, column) => sealColumnChunk(chunk, keys[column]!, leaves[column]!, file.plaintextFooter, aad(Aes.COLUMN_META_DATA, [rowGroup, column]), encoders),
    footer: (metadata) => sealFooter(metadata, footerKey, params, footerKeyMetadata, file.plaintextFooter, aad(Aes.FOOTER, []), magic, encoders),
  }
}

/** Each leaf's key: with columnKeys only the columns named there (by leaf path), else every column with the footer key. */
function columnKeys(options: EncryptionOptions, leaves: readonly SchemaNode[], footerKey: Aes.ModuleKey): (ColumnKey | undefined)[] {
  const own = options.columnKeys
  if (!own) return leaves.map(() => ({ key: footerKey, own: false }))
  // An empty map would leave every column plaintext, which nobody asking for encryption means.
  if (typeof own !== 'object' || !Object.keys(own).length) {
    throw new ParquetError('ARGUMENT_INVALID', 'expected encryption.columnKeys to name at least one column (leave it out to encrypt every column with the footer key)')
  }
  const paths = leaves.map((l) => l.path.join('.'))
  for (const path of Object.keys(own)) {
    if (!paths.includes(path)) throw new ParquetError('ARGUMENT_INVALID', `expected encryption.columnKeys to name leaf columns, found '${path}'`)
  }
  return paths.map((path) => {
    if (!Object.hasOwn(own, path)) return undefined
    const metadata = options.columnKeyMetadata && Object.hasOwn(options.columnKeyMetadata, path) ? options.columnKeyMetadata[path] : undefined
    return { key: Aes.moduleKey(own[path], `encryption.columnKeys['${path}']`), own: true, metadata: Aes.optionalBytes(metadata, `encryption.columnKeyMetadata['${path}']`) }
  })
}

/**
 * Replaces a chunk's pages by their modules: each header (with `crc`, the
 * CRC of its page module) and page encrypted in turn; sizes, page offsets
 * and the offset index follow the longer pages.
 */
async function encryptChunk(
  chunk: WrittenChunk, key: Aes.ModuleKey, ctr: boolean, crc: boolean, aad: (type: number, page?: number) => Uint8Array, encoders: MetadataEncoders,
): Promise<void> {
  const parts: Uint8Array[] = []
  const starts: number[] = []
  let at = 0
  let dataPages = 0
  const ordinals = chunk.headers.map((h) => (h.type === PageTypes.DICTIONARY_PAGE ? undefined : dataPages++))
  // Every page is encrypted at once; the headers, which hold their pages' sizes and CRCs, follow in turn.
  const pages = chunk.headers.map((_, i) => {
    const type = ordinals[i] === undefined ? Aes.DICTIONARY_PAGE : Aes.DATA_PAGE
    const sealed = Aes.encryptModule(key, chunk.pages[2 * i + 1]!, ctr ? undefined : aad(type, ordinals[i]))
    sealed.catch(() => undefined)
    return sealed
  })
  for (const [i, header] of chunk.headers.entries()) {
    const ordinal = ordinals[i]
    const dictionary = ordinal === undefined
    const page = await pages[i]!
    const sealed: PageHeader = { ...header, compressed_page_size: page.length }
    // A CRC (when the writer writes them) covers the page as stored: its module.
    if (crc) sealed.crc = encoders.checksum(page)
    const head = await Aes.encryptModule(key, encoders.pageHeader(sealed), aad(dictionary ? Aes.DICTIONARY_PAGE_HEADER : Aes.DATA_PAGE_HEADER, ordinal))
    if (!dictionary) starts.push(at)
    parts.push(head, page)
    at += head.length + page.length
  }
  const md = chunk.metaData
  if (md.dictionary_page_offset !== undefined) md.data_page_offset = parts[0]!.length + parts[1]!.length
  md.total_compressed_size = at
  const locations = chunk.offsetIndex?.page_locations ?? []
  locations.forEach((loc, k) => {
    loc.offset = starts[k]!
    loc.compressed_page_size = (starts[k + 1] ?? at) - starts[k]!
  })
  chunk.pages = parts
  chunk.byteLength = at
}

/**
 * An encrypted column's ColumnChunk: its crypto metadata and, for a column
 * with a key of its own (and for every encrypted column under a plaintext
 * footer), the ColumnMetaData as a module; the plaintext copy is then
 * dropped (encrypted footer) or kept without statistics (plaintext footer).
 */
async function sealColumnChunk(
  chunk: ColumnChunk, key: ColumnKey, leaf: SchemaNode, plaintextFooter: boolean, aad: Uint8Array, encoders: MetadataEncoders,
): Promise<void> {
  chunk.crypto_metadata = key.own
    ? { ENCRYPTION_WITH_COLUMN_KEY: { path_in_schema: leaf.path, ...(key.metadata ? { key_metadata: key.metadata } : {}) } }
    : { ENCRYPTION_WITH_FOOTER_KEY: {} }
  if (!key.own && !plaintextFooter) return
  const md = chunk.meta_data!
  chunk.encrypted_column_metadata = await Aes.encryptModule(key.key, encoders.columnMetaData(md), aad)
  if (!plaintextFooter) chunk.meta_data = undefined
  else {
    const { statistics: _, size_statistics: __, ...rest } = md
    chunk.meta_data = rest
  }
}

/** The footer and what follows it: [FileCryptoMetaData, FileMetaData module] or [FileMetaData, signature], then the length and magic. */
async function sealFooter(
  metadata: FileMetaData, key: Aes.ModuleKey, algorithm: EncryptionAlgorithm, keyMetadata: Uint8Array | undefined, plaintextFooter: boolean,
  aad: Uint8Array, magic: Uint8Array, encoders: MetadataEncoders,
): Promise<Uint8Array> {
  let parts: Uint8Array[]
  if (plaintextFooter) {
    const footer = encoders.fileMetaData({ ...metadata, encryption_algorithm: algorithm, ...(keyMetadata ? { footer_signing_key_metadata: keyMetadata } : {}) })
    parts = [footer, await Aes.signFooter(key, footer, aad)]
  } else {
    const crypto = encoders.fileCryptoMetaData({ encryption_algorithm: algorithm, ...(keyMetadata ? { key_metadata: keyMetadata } : {}) })
    parts = [crypto, await Aes.encryptModule(key, encoders.fileMetaData(metadata), aad)]
  }
  const length = new Uint8Array(4)
  new DataView(length.buffer).setUint32(0, parts[0]!.length + parts[1]!.length, true)
  return Aes.concatBytes([...parts, length, magic])
}
