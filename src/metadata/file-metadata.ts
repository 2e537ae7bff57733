/**
 * The metadata API: `readMetadata(source)` decodes the footer and presents it
 * with the schema tree, key-value metadata, row groups and column chunks
 * (with their byte ranges). The raw FileMetaData stays available as
 * `fileMetaData`; typed statistics are decoded on demand by
 * `chunkStatistics` (statistics.ts).
 */
import type { FileDecryption } from '../crypto/options.js'
import { ParquetError, withContext } from '../errors.js'
import {
  type ColumnChunk,
  type ColumnMetaData,
  CompressionCodecNames,
  EncodingNames,
  type FileMetaData,
  type RowGroup,
} from '../format/parquet.gen.js'
import type { ByteSource } from '../io/source.js'
import { type SourceInput, toSource } from '../io/to-source.js'
import type { UrlSourceOptions } from '../io/url-source.js'
import { type FooterOptions, readFooter } from './footer-read.js'
import { buildSchema, PHYSICAL_TYPES, type Schema, type SchemaNode } from './schema.js'

/** One column chunk of a row group: path, codec, encodings, byte range in the file (typed statistics: `chunkStatistics`). */
export interface ColumnChunkInfo {
  /** The leaf this chunk holds. */
  column: SchemaNode
  /** Dotted path, e.g. `a.list.element`. */
  path: string
  /** Codec name (SNAPPY, ZSTD, ...). */
  codec: string
  /** Encoding names used by the chunk's pages. */
  encodings: string[]
  numValues: number
  totalCompressedSize: number
  totalUncompressedSize: number
  /** Byte range of the chunk's pages in the file: [start, end). */
  start: number
  end: number
  dataPageOffset: number
  dictionaryPageOffset?: number
  /**
   * True when the statistics' min_value/max_value follow the type's sort
   * order: the file's column order for this column is TYPE_ORDER, or the
   * file lists no column orders.
   */
  typeOrder: boolean
  /** True when the chunk is encrypted (its ColumnMetaData is not in plaintext). */
  encrypted: boolean
  /** The raw footer objects. */
  chunk: ColumnChunk
  metaData?: ColumnMetaData
}

/** One row group: its row count, sizes and column chunks. */
export interface RowGroupInfo {
  index: number
  numRows: number
  totalByteSize: number
  /** One per leaf column, in column order. */
  columns: ColumnChunkInfo[]
  rowGroup: RowGroup
}

/** A file footer in a readable form: schema tree, row groups with their column chunks, and the raw Thrift FileMetaData. */
export interface ParquetMetadata {
  /** The decoded footer, with the IDL's field names. */
  fileMetaData: FileMetaData
  schema: Schema
  /**
   * Rows in the file: the sum of the row groups' counts, which is what the
   * reader returns. (The footer's own `num_rows` is in `fileMetaData`; a few
   * writers left it 0.)
   */
  numRows: number
  createdBy?: string
  /** Key-value metadata; a key without a value maps to undefined. */
  keyValueMetadata: Map<string, string | undefined>
  rowGroups: RowGroupInfo[]
  /** File length and the footer's position in it. */
  byteLength: number
  footerOffset: number
  footerLength: number
  /** Set for an encrypted file read with the `decryption` option: what reading its encrypted columns needs. */
  decryption?: FileDecryption
}

/** Options for `readMetadata`: footer read settings plus the `urlSource` options used when the input is a URL. */
export interface ReadMetadataOptions extends FooterOptions, UrlSourceOptions {}

/** Reads and decodes the metadata of a parquet file. */
export async function readMetadata(input: SourceInput, options: ReadMetadataOptions = {}): Promise<ParquetMetadata> {
  const source = toSource(input, options)
  const footer = await readFooter(source, options)
  return describeMetadata(footer.metadata, source, footer)
}

/** Builds the metadata view from a decoded footer, validating it against the file. */
export function describeMetadata(
  fileMetaData: FileMetaData,
  source: Pick<ByteSource, 'name'>,
  footer: { byteLength: number; offset: number; length: number; decryption?: FileDecryption },
): ParquetMetadata {
  const ctx = { source: source.name }
  let schema: Schema
  try {
    schema = buildSchema(fileMetaData.schema)
  } catch (e) {
    throw withContext(e, ctx)
  }
  const { leaves } = schema
  const paths = leaves.map((leaf) => leaf.path.join('.'))
  const file: FileFacts = { ...ctx, orders: fileMetaData.column_orders, footerOffset: footer.offset, padding: oldParquetMrPadding(fileMetaData.created_by) }
  let numRows = 0
  const rowGroups = fileMetaData.row_groups.map((rowGroup, index): RowGroupInfo => {
    const { columns, num_rows } = rowGroup
    if (columns.length !== leaves.length) {
      throw new ParquetError('METADATA_INVALID', `expected ${leaves.length} column chunks (one per leaf), found ${columns.length}`, { ...ctx, rowGroup: index })
    }
    numRows += num_rows
    return {
      index,
      numRows: num_rows,
      totalByteSize: rowGroup.total_byte_size,
      columns: columns.map((chunk, i) => describeChunk(chunk, leaves[i]!, paths[i]!, index, file)),
      rowGroup,
    }
  })
  return {
    fileMetaData,
    schema,
    numRows,
    createdBy: fileMetaData.created_by,
    // Later duplicates win, as in other readers.
    keyValueMetadata: new Map(fileMetaData.key_value_metadata?.map((kv) => [kv.key, kv.value])),
    rowGroups,
    byteLength: footer.byteLength,
    footerOffset: footer.offset,
    footerLength: footer.length,
    decryption: footer.decryption,
  }
}

type FileFacts = { source: string; orders: FileMetaData['column_orders']; footerOffset: number; padding: number }

/** A chunk's view; an encrypted chunk without plaintext ColumnMetaData has codec UNKNOWN and zero sizes and offsets. */
function describeChunk(chunk: ColumnChunk, leaf: SchemaNode, path: string, rowGroup: number, file: FileFacts): ColumnChunkInfo {
  const meta = chunk.meta_data
  const encrypted = chunk.crypto_metadata !== undefined || (!meta && chunk.encrypted_column_metadata !== undefined)
  // The context is built only when an error is thrown.
  const invalid = (message: string, offset?: number) =>
    new ParquetError('METADATA_INVALID', message, { source: file.source, rowGroup, column: path, offset })
  let start = 0
  let end = 0
  if (meta) {
    const type = PHYSICAL_TYPES[meta.type]
    if (type !== leaf.physicalType) throw invalid(`expected type ${leaf.physicalType} as in the schema, found ${type ?? meta.type}`)
    // A chunk starts at its dictionary page when there is one (some writers store dictionary_page_offset 0 or leave it
    // out even when the chunk starts with one; the page reader handles that), else at its first data page; a chunk
    // holding only a dictionary page may carry data_page_offset 0.
    const { dictionary_page_offset: dict, data_page_offset: data, total_compressed_size: size } = meta
    start = dict !== undefined && dict >= 4 && (dict < data || data < 4) ? dict : data
    end = start + size
    if (start < 4 || size < 0 || end > file.footerOffset) {
      throw invalid(`expected the chunk within bytes 4-${file.footerOffset}, found ${start}-${end}`, start)
    }
    end = Math.min(file.footerOffset, end + file.padding)
  } else if (!encrypted) throw invalid('expected ColumnMetaData, found none')
  return {
    column: leaf,
    path,
    codec: meta ? (CompressionCodecNames[meta.codec] ?? `CODEC_${meta.codec}`) : 'UNKNOWN',
    encodings: meta ? meta.encodings.map((e) => EncodingNames[e] ?? `ENCODING_${e}`) : [],
    numValues: meta?.num_values ?? 0,
    totalCompressedSize: meta?.total_compressed_size ?? 0,
    totalUncompressedSize: meta?.total_uncompressed_size ?? 0,
    start,
    end,
    dataPageOffset: meta?.data_page_offset ?? 0,
    dictionaryPageOffset: meta?.dictionary_page_offset,
    typeOrder: !file.orders || file.orders[leaf.columnIndex]?.TYPE_ORDER !== undefined,
    encrypted,
    chunk,
    metaData: meta,
  }
}

/**
 * parquet-mr before 1.2.9 could store a column chunk size that is too small
 * (PARQUET-816: the last page ran past it). Readers take up to 100 extra
 * bytes for files from such writers (a version without a number is taken as
 * old); the page splitter stops at num_values.
 */
function oldParquetMrPadding(createdBy = ''): number {
  const m = /^parquet-mr(?: version (\d+)\.(\d+)\.(\d+))?/.exec(createdBy)
  // Minor and patch are below 1000 in every release.
  return m && !(+m[1]! * 1e6 + +m[2]! * 1e3 + +m[3]! >= 1002009) ? 100 : 0
}
