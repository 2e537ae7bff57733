/**
 * The caller's side of Parquet modular encryption (Encryption.md §4.3-4.4):
 * the keys and AAD prefix a reader of an encrypted file supplies, and the
 * handle the metadata keeps for reading encrypted column chunks. Types only:
 * the code is in decrypt-file.ts, loaded with import() for encrypted files.
 */
import type { ColumnMetaData, FileCryptoMetaData, FileMetaData, PageHeader } from '../format/parquet.gen.js'
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
}

/** Decrypts the pages of one column chunk (see FileDecryption.chunkPages). */
export type PageDecrypter = (
  chunk: Uint8Array, chunkOffset: number, ctx: PageContext, options: SplitOptions, decoders: PageDecoders,
) => Promise<CompressedPage[]>

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
}
