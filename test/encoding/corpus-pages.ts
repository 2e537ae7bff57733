/**
 * Test helper: walks the pages of every column chunk of a corpus file with
 * the generated Thrift decoders, decompressing page bodies with the codec
 * packages. Only what the encoding tests need (no CRC, no encryption).
 */
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'fflate'
import { decompress as zstd } from 'fzstd'
import snappy from 'snappyjs'
import { makeCursor } from '../../src/cursor.js'
import type { ColumnMetaData, FileMetaData, PageHeader, SchemaElement } from '../../src/format/parquet.gen.js'
import { readFileMetaData } from '../../src/format/parquet-footer.gen.js'
import { readPageHeader } from '../../src/format/parquet-page-header.gen.js'
import { corpusFile } from '../corpus.js'

export interface Page {
  header: PageHeader
  /** Decompressed body (for V2 pages: levels, then the decompressed values). */
  body: Uint8Array
}

export interface Chunk {
  meta: ColumnMetaData
  element: SchemaElement
  pages: Page[]
}

export function readFooter(bytes: Uint8Array): FileMetaData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const len = view.getUint32(bytes.length - 8, true)
  return readFileMetaData(makeCursor(bytes.subarray(bytes.length - 8 - len, bytes.length - 8)))
}

function inflate(codec: number, data: Uint8Array, size: number): Uint8Array {
  if (codec === 0) return data
  if (codec === 1) return snappy.uncompress(data) as Uint8Array
  if (codec === 2) return gunzipSync(data)
  if (codec === 6) return zstd(data, new Uint8Array(size))
  throw new Error(`codec ${codec} not handled in tests`)
}

/** Every column chunk of row group 0 of a flat corpus file, with its pages. */
export function readChunks(relative: string): Chunk[] {
  const bytes = new Uint8Array(readFileSync(corpusFile(relative)))
  const meta = readFooter(bytes)
  const leaves = meta.schema.filter((e) => !e.num_children)
  return meta.row_groups[0]!.columns.map((col, i) => {
    const m = col.meta_data!
    const start = m.dictionary_page_offset || m.data_page_offset
    const end = start + m.total_compressed_size
    const pages: Page[] = []
    const c = makeCursor(bytes, start)
    while (c.offset < end) {
      const header = readPageHeader(c)
      const raw = bytes.subarray(c.offset, c.offset + header.compressed_page_size)
      c.offset += header.compressed_page_size
      const v2 = header.data_page_header_v2
      if (v2) {
        const lv = v2.definition_levels_byte_length + v2.repetition_levels_byte_length
        const values = v2.is_compressed === false ? raw.subarray(lv) : inflate(m.codec, raw.subarray(lv), header.uncompressed_page_size - lv)
        const body = new Uint8Array(lv + values.length)
        body.set(raw.subarray(0, lv))
        body.set(values, lv)
        pages.push({ header, body })
      } else pages.push({ header, body: inflate(m.codec, raw, header.uncompressed_page_size) })
    }
    return { meta: m, element: leaves[i]!, pages }
  })
}

/** Parses a simple CSV (quoted fields, no embedded newlines) into rows of fields; an empty unquoted field is null. */
export function readCsv(relative: string): { names: string[]; rows: (string | null)[][] } {
  const lines = readFileSync(corpusFile(relative), 'utf8').split('\n').filter((l) => l.length > 0)
  const parse = (line: string): (string | null)[] => {
    const out: (string | null)[] = []
    let i = 0
    while (i <= line.length) {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1)
        out.push(line.slice(i + 1, close))
        i = close + 2
      } else {
        let comma = line.indexOf(',', i)
        if (comma < 0) comma = line.length
        const f = line.slice(i, comma)
        out.push(f === '' ? null : f)
        i = comma + 1
      }
    }
    return out
  }
  const [head, ...rest] = lines
  return { names: parse(head!) as string[], rows: rest.map(parse) }
}

export interface PageValues {
  /** Definition levels (flat columns: 0 = null, 1 = value), one per row slot. */
  defs: Uint8Array
  /** Number of non-null values in the values section. */
  nonNull: number
  /** The values section of the page, as a cursor-ready array. */
  values: Uint8Array
  encoding: number
}

/** Splits a data page of a flat (no repetition) column into levels and values, using the RLE hybrid decoder for the levels. */
export function splitDataPage(chunk: Chunk, page: Page, decodeLevels: LevelDecoder): PageValues {
  const optional = chunk.element.repetition_type === 1
  const v2 = page.header.data_page_header_v2
  const v1 = page.header.data_page_header
  const n = (v2 ?? v1)!.num_values
  const defs = new Uint8Array(n).fill(1)
  let start = 0
  if (v2) {
    if (optional) decodeLevels(page.body.subarray(0, v2.definition_levels_byte_length), false, n, defs)
    start = v2.definition_levels_byte_length + v2.repetition_levels_byte_length
  } else if (optional) start = decodeLevels(page.body, true, n, defs)
  let nonNull = 0
  for (const d of defs) nonNull += d
  return { defs, nonNull, values: page.body.subarray(start), encoding: (v2 ?? v1)!.encoding }
}

/** Decodes `n` bit-width-1 levels into `out`; returns the bytes used. */
export type LevelDecoder = (data: Uint8Array, withLength: boolean, n: number, out: Uint8Array) => number
