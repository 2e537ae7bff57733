/**
 * Test helper: the compressed pages of every column chunk of a Parquet file,
 * found with the generated Thrift decoders, for the codec tests (corpus
 * decompression, the ZSTD decoder). V2 pages come without their uncompressed
 * levels; V2 pages stored uncompressed are left out.
 */
import { readFileSync } from 'node:fs'
import { makeCursor } from '../../src/cursor.js'
import { readPageHeader } from '../../src/format/parquet-page-header.gen.js'
import { readFooter } from '../encoding/corpus-pages.js'

export interface RawPage {
  /** The chunk's CompressionCodec id. */
  codec: number
  /** Compressed page body. */
  body: Uint8Array
  /** Uncompressed size of `body`. */
  size: number
}

/** Every compressed page of the file at `path` (chunks without plaintext metadata skipped). */
export function rawPages(path: string): RawPage[] {
  const bytes = new Uint8Array(readFileSync(path))
  const pages: RawPage[] = []
  for (const rg of readFooter(bytes).row_groups) {
    for (const col of rg.columns) {
      const md = col.meta_data
      if (!md) continue
      const start = md.dictionary_page_offset || md.data_page_offset
      const cursor = makeCursor(bytes, start)
      while (cursor.offset < start + md.total_compressed_size) {
        const header = readPageHeader(cursor)
        let body = bytes.subarray(cursor.offset, cursor.offset + header.compressed_page_size)
        let size = header.uncompressed_page_size
        cursor.offset += header.compressed_page_size
        const v2 = header.data_page_header_v2
        if (v2) {
          const levels = v2.definition_levels_byte_length + v2.repetition_levels_byte_length
          body = body.subarray(levels)
          size -= levels
          if (v2.is_compressed === false) continue
        }
        pages.push({ codec: md.codec, body, size })
      }
    }
  }
  return pages
}

/** The pages of the file's ZSTD column chunks. */
export function zstdPages(path: string): RawPage[] {
  return rawPages(path).filter((p) => p.codec === 6)
}
