/**
 * The caller's side of Parquet modular encryption (Encryption.md §4.3-4.4):
 * the keys and AAD prefix a reader of an encrypted file supplies, the
 * handle the metadata keeps for reading encrypted column chunks, and the
 * writer's encryption settings. Types only: the code is in decrypt-file.ts
 * and encrypt-file.ts, loaded with import() for encrypted files.
 */
import type { WrittenChunk } from '../column/column-write.js'
import type { ParquetErrorContext } from '../errors.js'
import type { ColumnChunk, ColumnMetaData, FileCryptoMetaData, FileMetaData, PageHeader } from '../format/parquet.gen.js'
import type { CompressedPage, PageContext, SplitOptions } from '../page/page-read.js'

/** Keys for reading an encrypted file (AES-128, -192 or -256: 16, 24 or 32 bytes each). */
export interface DecryptionOptions {
  /**
   * The footer key: decrypts an encrypted footer (magic PARE), checks a
   * plaintext footer's signature, and decrypts the columns encrypted with it.
   */
  footerKey?: Uint8Array
  /** Keys of the columns encrypted with keys of their own, by dotted column path (e.g. `a.list.element`). */
  columnKeys?: Record<string, Uint8Array>
  /**
   * Asked for each key not given above, with the key metadata the file
   * stores for it (e.g. a key id; empty when it stores none) and, for a
   * column key, the column path; undefined when the key is not available.
   */
  keyRetriever?: (keyMetadata: Uint8Array, column?: string) => Uint8Array | undefined | Promise<Uint8Array | undefined>
  /** The AAD prefix, for files whose writer did not store it (a string is taken as UTF-8). */
  aadPrefix?: Uint8Array | string
}

/*
 * The Thrift decoders the decryption code needs are handed to it by its
 * callers (footer-read.ts, page-read.ts) instead of being imported: a file the
 * lazily loaded decryption code imported would be moved out of every reader's
 * first chunk into a chunk shared with it (see bench/size-chunks.ts).
 */

/** Footer decoders for the decryption code; each throws ParquetErrors whose offsets are within `bytes`. */
export interface FooterDecoders {
  /** FileCryptoMetaData at the start of `bytes`, and where it ends. */
  fileCryptoMetaData(bytes: Uint8Array): { value: FileCryptoMetaData; end: number }
  fileMetaData(bytes: Uint8Array): FileMetaData
  columnMetaData(bytes: Uint8Array): ColumnMetaData
}

/** Page decoders for the decryption code. */
export interface PageDecoders {
  /** A decrypted page header; throws a ParquetError with the page's context. */
  header(bytes: Uint8Array, where: PageContext): PageHeader
  /** Values (levels) a data page holds; 0 for other pages. */
  values(header: PageHeader): number
  /** Throws PAGE_CHECKSUM unless the CRC32 of `stored` (the page as written: its module, length included) is `expected`. */
  checksum(expected: number, stored: Uint8Array, where: PageContext & { page: number; offset: number }): void
}

/** Decrypts the pages of one column chunk (see FileDecryption.chunkPages). */
export type PageDecrypter = (
  chunk: Uint8Array, chunkOffset: number, ctx: PageContext, options: SplitOptions, decoders: PageDecoders,
) => Promise<CompressedPage[]>

/** Decrypts a stored bloom filter: the header module's plaintext (the header, possibly followed by padding) and the bitset. */
export type BloomDecrypter = (stored: Uint8Array, ctx: ParquetErrorContext) => Promise<{ header: Uint8Array; bitset: Uint8Array }>

/** What reading an encrypted file with keys keeps (ParquetMetadata.decryption); holds the keys, not their bytes. */
export interface FileDecryption {
  /** The file's encryption algorithm. */
  algorithm: 'AES_GCM_V1' | 'AES_GCM_CTR_V1'
  /**
   * The page decrypter of column `column` (leaf index) of row group
   * `rowGroup`; undefined when it is not encrypted or its key is unknown.
   * Used by the read functions.
   * @internal
   */
  chunkPages(rowGroup: number, column: number): PageDecrypter | undefined
  /**
   * Decrypts the bloom filter of column `column` of row group `rowGroup`
   * from its stored bytes (header module, then bitset module); undefined
   * when it is not encrypted or its key is unknown. Used by filter pushdown.
   * @internal
   */
  bloomFilter(rowGroup: number, column: number): BloomDecrypter | undefined
  /**
   * Decrypts a ColumnIndex or OffsetIndex module of column `column` of row
   * group `rowGroup`; undefined when it is not encrypted or its key is
   * unknown. Used by the page index reader.
   * @internal
   */
  pageIndex(rowGroup: number, column: number): IndexDecrypter | undefined
}

/** Decrypts a stored ColumnIndex or OffsetIndex module to its Thrift bytes. */
export type IndexDecrypter = (stored: Uint8Array, kind: 'ColumnIndex' | 'OffsetIndex', ctx: ParquetErrorContext) => Promise<Uint8Array>

/** Writing an encrypted file (keys of 16, 24 or 32 bytes: AES-128, -192, -256). */
export interface EncryptionOptions {
  /** The footer key: encrypts the footer (or signs a plaintext one) and, without `columnKeys`, every column. */
  footerKey: Uint8Array
  /**
   * Columns encrypted with keys of their own, by dotted leaf path; when
   * given, only these columns are encrypted (the others stay plaintext).
   */
  columnKeys?: Record<string, Uint8Array>
  /** AES_GCM_V1 (default: every module authenticated) or AES_GCM_CTR_V1 (pages in AES-CTR). */
  algorithm?: 'AES_GCM_V1' | 'AES_GCM_CTR_V1'
  /** Leave the footer readable (signed; magic PAR1) so that readers without keys see the schema and plaintext columns. */
  plaintextFooter?: boolean
  /** An AAD prefix identifying the file (a string is taken as UTF-8); readers must then present the same. */
  aadPrefix?: Uint8Array | string
  /** Store the AAD prefix in the file (default true); when false, readers must supply it. */
  storeAadPrefix?: boolean
  /** Stored for readers' key retrievers: the footer key's metadata (e.g. a key id). */
  footerKeyMetadata?: Uint8Array | string
  /** Stored for readers' key retrievers: each column key's metadata, by path. */
  columnKeyMetadata?: Record<string, Uint8Array | string>
}

/** Metadata encoders for the encryption code, given by the file writer (see the note above on decoders). */
export interface MetadataEncoders {
  pageHeader(header: PageHeader): Uint8Array
  columnMetaData(metaData: ColumnMetaData): Uint8Array
  fileMetaData(metadata: FileMetaData): Uint8Array
  fileCryptoMetaData(crypto: FileCryptoMetaData): Uint8Array
  /** The page CRC32 (PageHeader.crc) of stored page bytes. */
  checksum(stored: Uint8Array): number
}

/** The file writer's side of encryption (encrypt-file.ts). */
export interface FileEncryption {
  /** The magic at the start and end of the file: PARE for an encrypted footer, else PAR1. */
  magic: Uint8Array
  /** True when leaf `column` is encrypted. */
  encrypts(column: number): boolean
  /** Encrypts the pages of a written chunk, updating its sizes, offsets and offset index (still chunk-relative). */
  chunk(chunk: WrittenChunk, rowGroup: number, column: number): Promise<void>
  /** An encrypted column's bloom filter as its header and bitset modules. */
  bloomFilter(header: Uint8Array, bitset: Uint8Array, rowGroup: number, column: number): Promise<Uint8Array>
  /** An encrypted column's ColumnIndex or OffsetIndex bytes as a module. */
  index(bytes: Uint8Array, kind: 'ColumnIndex' | 'OffsetIndex', rowGroup: number, column: number): Promise<Uint8Array>
  /** Sets an encrypted column chunk's crypto metadata and encrypted ColumnMetaData once its offsets are final. */
  columnChunk(chunk: ColumnChunk, rowGroup: number, column: number): Promise<void>
  /** The file's last bytes: the footer as the mode says, its length and the magic. */
  footer(metadata: FileMetaData): Promise<Uint8Array>
}
