/**
 * The pages of an encrypted column chunk (Encryption.md §3, §4.4.2, §5.1):
 * every page header is a GCM module of its own (AAD type 5 for the
 * dictionary page's, 4 with the page ordinal for a data page's), and the
 * header's compressed_page_size counts the page module that follows it
 * (length prefix included), encrypted with GCM (types 3 and 2) or, in
 * AES_GCM_CTR_V1 files, with CTR; a page CRC covers that module (the only
 * check a CTR page has). Gives the same compressed pages as
 * page-read.ts' splitPages does for a plaintext chunk.
 */
import { ParquetError } from '../errors.js'
import * as PageTypes from '../format/enum/page-type.gen.js'
import type { PageHeader } from '../format/parquet.gen.js'
import type { CompressedPage, PageContext, SplitOptions } from '../page/page-read.js'
import * as Aes from './aes.js'
import type { PageDecoders } from './options.js'

/** What decrypting one chunk's pages needs. */
interface ChunkCrypto {
  key: Aes.ModuleKey
  /** The file AAD: AAD prefix ‖ file unique id. */
  fileAad: Uint8Array
  /** Pages are AES-CTR (AES_GCM_CTR_V1). */
  ctr: boolean
  rowGroupOrdinal: number
  columnOrdinal: number
  /** The chunk starts with a dictionary page (ColumnMetaData.dictionary_page_offset is set). */
  dictionary: boolean
}

/**
 * Splits and decrypts an encrypted chunk's bytes (starting at file offset
 * `chunkOffset`) into compressed pages. Headers are decrypted in turn (each
 * gives the next one's place); the page bodies are decrypted meanwhile, all
 * at once, and awaited at the end in page order.
 */
export async function decryptPages(
  chunk: Uint8Array, chunkOffset: number, ctx: PageContext, options: SplitOptions, decoders: PageDecoders, c: ChunkCrypto,
): Promise<CompressedPage[]> {
  const pages: CompressedPage[] = []
  const bodies: Promise<Uint8Array>[] = []
  const wanted = options.numValues ?? Number.POSITIVE_INFINITY
  let at = 0
  let values = 0
  let dataPages = 0
  while (at < chunk.length && values < wanted) {
    const offset = chunkOffset + at
    const where = { ...ctx, page: pages.length, offset }
    const module = Aes.readModule(chunk, at, false, where)
    const ordinal = options.pageOrdinals ? options.pageOrdinals[dataPages] ?? -1 : dataPages
    const header = await firstOrNextHeader(module.buffer, c, decoders, pages.length === 0, ordinal, where)
    const dictionary = header.type === PageTypes.DICTIONARY_PAGE
    const size = header.compressed_page_size
    if (!(size >= 0) || size > chunk.length - module.end) {
      throw new ParquetError('PAGE_INVALID', `expected an encrypted page of at most ${chunk.length - module.end} bytes (the rest of the column chunk), found ${size}`, where)
    }
    const stored = chunk.subarray(module.end, module.end + size)
    const page = Aes.readModule(stored, 0, c.ctr, where)
    if (page.end !== size) throw new ParquetError('PAGE_INVALID', `expected the page module to take the page's ${size} bytes, found ${page.end}`, where)
    // The CRC covers the page as written: its module, length prefix included (as parquet-mr writes it).
    if (header.crc !== undefined && options.verifyChecksums !== false) decoders.checksum(header.crc, stored, where)
    const body = c.ctr
      ? Aes.decryptCtr(c.key, page.buffer, where)
      : Aes.decryptGcm(c.key, page.buffer, aad(c, dictionary ? Aes.DICTIONARY_PAGE : Aes.DATA_PAGE, dictionary ? undefined : ordinal, where), where)
    // Observed at once, so that a body failing before the loop ends is not an unhandled rejection; awaited below.
    body.catch(() => undefined)
    bodies.push(body)
    values += decoders.values(header)
    if (!dictionary) dataPages++
    pages.push({ header, body: chunk.subarray(0, 0), offset, index: pages.length })
    at = module.end + size
  }
  // In page order, so that a failure names the first page that fails.
  for (const [i, page] of pages.entries()) {
    page.body = await bodies[i]!
    page.header.compressed_page_size = page.body.length
  }
  return pages
}

/**
 * Decrypts a page header. Which AAD it has depends on its type, which is
 * inside it: the first page is taken as the dictionary page when the chunk
 * declares one, and if it does not authenticate as such it is tried as a
 * data page (and the other way round).
 */
async function firstOrNextHeader(
  buffer: Uint8Array, c: ChunkCrypto, decoders: PageDecoders, first: boolean, ordinal: number, where: PageContext,
): Promise<PageHeader> {
  const asDictionary = first && c.dictionary
  try {
    return await header(buffer, c, decoders, asDictionary, ordinal, where)
  } catch (e) {
    if (!first || (e as ParquetError).code !== 'DECRYPTION_FAILED') throw e
    return header(buffer, c, decoders, !asDictionary, ordinal, where)
  }
}

/** Decrypts a page header: a dictionary page's, or the data page's of page ordinal `ordinal`. */
async function header(buffer: Uint8Array, c: ChunkCrypto, decoders: PageDecoders, dictionary: boolean, ordinal: number, where: PageContext): Promise<PageHeader> {
  const type = dictionary ? Aes.DICTIONARY_PAGE_HEADER : Aes.DATA_PAGE_HEADER
  const plain = await Aes.decryptGcm(c.key, buffer, aad(c, type, dictionary ? undefined : ordinal, where), where)
  const h = decoders.header(plain, where)
  if ((h.type === PageTypes.DICTIONARY_PAGE) !== dictionary) {
    throw new ParquetError('PAGE_INVALID', `expected a ${dictionary ? 'dictionary' : 'data'} page header by its AAD, found page type ${h.type}`, where)
  }
  return h
}

function aad(c: ChunkCrypto, type: number, page: number | undefined, where: PageContext): Uint8Array {
  const ordinals = page === undefined ? [c.rowGroupOrdinal, c.columnOrdinal] : [c.rowGroupOrdinal, c.columnOrdinal, page]
  return Aes.moduleAad(c.fileAad, type, ordinals, where)
}
