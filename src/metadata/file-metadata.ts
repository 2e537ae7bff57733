/**
 * The metadata API: `readMetadata(source)` decodes the footer and presents it
 * with the schema tree, key-value metadata, row groups and column chunks
 * (with their byte ranges) and statistics decoded to typed values. The raw
 * FileMetaData stays available as `fileMetaData`.
 */
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
import { type ColumnStatistics, decodeStatistics } from './statistics.js'

/** One column chunk of a row group: path, codec, encodings, byte range in the file and statistics. */
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
  statistics?: ColumnStatistics
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
  footer: { byteLength: number; offset: number; length: number },
): ParquetMetadata {
  let schema: Schema
  try {
    schema = buildSchema(fileMetaData.schema)
  } catch (e) {
    throw withContext(e, { source: source.name })
  }
  const rowGroups = fileMetaData.row_groups.map((rg, i) => describeRowGroup(fileMetaData, schema, rg, i, footer.offset, source.name))
  return {
    fileMetaData,
    schema,
    numRows: rowGroups.reduce((sum, rg) => sum + rg.numRows, 0),
    createdBy: fileMetaData.created_by,
    // Later duplicates win, as in other readers.
    keyValueMetadata: new Map(fileMetaData.key_value_metadata?.map((kv) => [kv.key, kv.value])),
    rowGroups,
    byteLength: footer.byteLength,
    footerOffset: footer.offset,
    footerLength: footer.length,
  }
}

function describeRowGroup(
  file: FileMetaData, schema: Schema, rowGroup: RowGroup, index: number, footerOffset: number, source: string,
): RowGroupInfo {
  if (rowGroup.columns.length !== schema.leaves.length) {
    throw new ParquetError(
      'METADATA_INVALID',
      `expected ${schema.leaves.length} column chunks (one per leaf column), found ${rowGroup.columns.length}`,
      { source, rowGroup: index },
    )
  }
  const columns = rowGroup.columns.map((chunk, i) =>
    describeChunk(chunk, schema.leaves[i]!, file, { source, rowGroup: index, column: schema.leaves[i]!.path.join('.') }, footerOffset),
  )
  return { index, numRows: rowGroup.num_rows, totalByteSize: rowGroup.total_byte_size, columns, rowGroup }
}

type ChunkContext = { source: string; rowGroup: number; column: string }

function describeChunk(chunk: ColumnChunk, leaf: SchemaNode, file: FileMetaData, ctx: ChunkContext, footerOffset: number): ColumnChunkInfo {
  const meta = chunk.meta_data
  const encrypted = chunk.crypto_metadata !== undefined || (meta === undefined && chunk.encrypted_column_metadata !== undefined)
  const base = { column: leaf, path: ctx.column, chunk, encrypted }
  if (!meta) {
    if (!encrypted) throw new ParquetError('METADATA_INVALID', 'expected ColumnMetaData in the column chunk, found none', ctx)
    return { ...base, codec: 'UNKNOWN', encodings: [], numValues: 0, totalCompressedSize: 0, totalUncompressedSize: 0, start: 0, end: 0, dataPageOffset: 0 }
  }
  if (PHYSICAL_TYPES[meta.type] !== leaf.physicalType) {
    throw new ParquetError('METADATA_INVALID', `expected physical type ${leaf.physicalType} from the schema, found ${PHYSICAL_TYPES[meta.type] ?? meta.type} in the column chunk`, ctx)
  }
  const range = chunkRange(meta, footerOffset, ctx)
  const { start } = range
  const end = Math.min(footerOffset, range.end + oldParquetMrPadding(file.created_by))
  const order = file.column_orders?.[leaf.columnIndex]
  return {
    ...base,
    metaData: meta,
    codec: CompressionCodecNames[meta.codec] ?? `CODEC_${meta.codec}`,
    encodings: meta.encodings.map((e) => EncodingNames[e] ?? `ENCODING_${e}`),
    numValues: meta.num_values,
    totalCompressedSize: meta.total_compressed_size,
    totalUncompressedSize: meta.total_uncompressed_size,
    start,
    end,
    dataPageOffset: meta.data_page_offset,
    dictionaryPageOffset: meta.dictionary_page_offset,
    statistics: meta.statistics && decodeStatistics(meta.statistics, leaf, order, file.column_orders !== undefined),
  }
}

/**
 * A chunk starts at its dictionary page when there is one (some writers
 * store dictionary_page_offset 0 or leave it out even when the chunk starts
 * with a dictionary page; the page reader handles that), else at its first
 * data page, and spans total_compressed_size bytes.
 */
export function chunkRange(meta: ColumnMetaData, footerOffset: number, ctx: ChunkContext): { start: number; end: number } {
  const dict = meta.dictionary_page_offset
  const data = meta.data_page_offset
  // A chunk holding only a dictionary page may carry data_page_offset 0.
  const start = dict !== undefined && dict >= 4 && (dict < data || data < 4) ? dict : data
  const end = start + meta.total_compressed_size
  if (start < 4 || meta.total_compressed_size < 0 || end > footerOffset) {
    throw new ParquetError(
      'METADATA_INVALID',
      `expected the column chunk inside the file's data (bytes 4 to ${footerOffset}), found bytes ${start} to ${end}`,
      { ...ctx, offset: start },
    )
  }
  return { start, end }
}

/**
 * parquet-mr before 1.2.9 could store a column chunk size that is too small
 * (PARQUET-816: the last page ran past it). Readers take up to 100 extra
 * bytes for files from such writers; the page splitter stops at num_values.
 */
export function oldParquetMrPadding(createdBy: string | undefined): number {
  const match = /^parquet-mr(?: version (\d+)\.(\d+)\.(\d+))?/.exec(createdBy ?? '')
  if (!match) return 0
  // A version without a number is taken as old; minor and patch are below 1000 in every release.
  const version = match[1] === undefined ? 0 : Number(match[1]) * 1e6 + Number(match[2]) * 1e3 + Number(match[3])
  return version < 1002009 ? 100 : 0
}
