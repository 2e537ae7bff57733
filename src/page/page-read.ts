/**
 * Splitting a column chunk's bytes into compressed pages (format README
 * "Column chunks" and parquet.thrift PageHeader): each page is a Thrift
 * PageHeader followed by `compressed_page_size` bytes. This step only slices;
 * decompressing and decoding are pure functions in page-decode.ts.
 */
import type { PageDecoders } from '../crypto/options.js'
import { makeCursor } from '../cursor.js'
import { ParquetError, type ParquetErrorContext, withContext } from '../errors.js'
import * as PageTypes from '../format/enum/page-type.gen.js'
import type { PageHeader } from '../format/parquet.gen.js'
import { readPageHeader } from '../format/parquet-page-header.gen.js'
import { crc32 } from './crc32.js'

export interface CompressedPage {
  header: PageHeader
  /** The page body as stored: a view into the chunk's bytes. */
  body: Uint8Array
  /** File offset of the page header. */
  offset: number
  /** Index of the page in its chunk (dictionary page included). */
  index: number
}

export interface PageContext extends ParquetErrorContext {
  column: string
  rowGroup: number
}

export interface SplitOptions {
  /** Verify PageHeader.crc where present (default true). */
  verifyChecksums?: boolean
  /** Stop after the data pages holding this many values (the chunk's num_values). */
  numValues?: number
  /** The data pages' indexes in the chunk when the bytes hold only some (encrypted chunks: their AADs' page ordinals). */
  pageOrdinals?: readonly number[]
}

/** Splits chunk bytes (starting at file offset `chunkOffset`) into pages. */
export function splitPages(chunk: Uint8Array, chunkOffset: number, ctx: PageContext, options: SplitOptions = {}): CompressedPage[] {
  const cursor = makeCursor(chunk)
  const pages: CompressedPage[] = []
  let values = 0
  const wanted = options.numValues ?? Number.POSITIVE_INFINITY
  while (cursor.offset < chunk.length && values < wanted) {
    const offset = chunkOffset + cursor.offset
    const where = { ...ctx, page: pages.length, offset }
    const header = readHeader(cursor, where)
    const size = header.compressed_page_size
    if (!(size >= 0) || size > chunk.length - cursor.offset) {
      throw new ParquetError('PAGE_INVALID', `expected a compressed page size of at most ${chunk.length - cursor.offset} bytes (the rest of the column chunk), found ${size}`, where)
    }
    const body = chunk.subarray(cursor.offset, cursor.offset + size)
    cursor.offset += size
    if (header.crc !== undefined && options.verifyChecksums !== false) verifyCrc(header.crc, body, where)
    values += dataPageValues(header)
    pages.push({ header, body, offset, index: pages.length })
  }
  return pages
}

/** How the pages of encrypted chunks are decoded once decrypted (crypto/page-decrypt.ts takes them from here). */
export const pageDecoders: PageDecoders = {
  header: (bytes, where) => readHeader(makeCursor(bytes), where),
  values: dataPageValues,
  checksum: verifyCrc,
}

function readHeader(cursor: ReturnType<typeof makeCursor>, where: PageContext): PageHeader {
  try {
    return readPageHeader(cursor)
  } catch (e) {
    const err = withContext(e, {}, 'PAGE_INVALID')
    throw new ParquetError(err.code, `cannot decode the page header: ${err.message}`, where, { cause: e })
  }
}

function verifyCrc(expected: number, body: Uint8Array, where: PageContext & { page: number; offset: number }): void {
  const found = crc32(body)
  if (found !== expected >>> 0) {
    throw new ParquetError('PAGE_CHECKSUM', `page CRC32 mismatch: the header says ${hex(expected >>> 0)}, the page bytes give ${hex(found)}`, where)
  }
}

function hex(n: number): string {
  return `0x${n.toString(16).padStart(8, '0')}`
}

/** Values (levels) a data page holds; 0 for other pages. */
export function dataPageValues(header: PageHeader): number {
  if (header.type === PageTypes.DATA_PAGE) return header.data_page_header?.num_values ?? 0
  if (header.type === PageTypes.DATA_PAGE_V2) return header.data_page_header_v2?.num_values ?? 0
  return 0
}
