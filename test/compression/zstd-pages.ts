/** The ZSTD-compressed page bodies of a Parquet file, found with the generated Thrift decoders (test helper for the ZSTD decoder tests). */
import { readFileSync } from 'node:fs'
import { makeCursor } from '../../src/cursor.js'
import { readFileMetaData } from '../../src/format/parquet-footer.gen.js'
import { readPageHeader } from '../../src/format/parquet-page-header.gen.js'

export interface ZstdPage {
  /** Compressed page body (for v2 pages, without the uncompressed levels). */
  body: Uint8Array
  /** Uncompressed size of `body`. */
  size: number
}

const ZSTD = 6

/** Every compressed page of every ZSTD column chunk in the file at `path`. */
export function zstdPages(path: string): ZstdPage[] {
  const bytes = new Uint8Array(readFileSync(path))
  const footerLen = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 8, true)
  const meta = readFileMetaData(makeCursor(bytes.subarray(bytes.length - 8 - footerLen, bytes.length - 8)))
  const pages: ZstdPage[] = []
  for (const rg of meta.row_groups) {
    for (const col of rg.columns) {
      const md = col.meta_data
      if (!md || md.codec !== ZSTD) continue
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
        pages.push({ body, size })
      }
    }
  }
  return pages
}

