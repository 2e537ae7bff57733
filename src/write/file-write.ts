/**
 * Laying out a Parquet file (format README "File format", PageIndex.md):
 * `PAR1`, the row groups' column chunks, then the bloom filters asked for
 * (BloomFilter.md), then every ColumnIndex, then every
 * OffsetIndex, then the footer (FileMetaData with TYPE_ORDER column orders
 * for every leaf), its length and `PAR1`. Chunk-relative offsets from
 * column-write.ts are moved to file offsets here. The bytes go out as they
 * are made (a row group's pages through `emit`, then the tail): only the
 * chunks' metadata and page indexes stay in memory until the footer.
 */
import { type ColumnWriteOptions, type LeafInput, type WrittenChunk, writeColumnChunk } from '../column/column-write.js'
import { makePageScratch, type PageScratch } from '../page/page-write.js'
import { withContext } from '../errors.js'
import type {
  ColumnChunk, ColumnIndex, FileMetaData, KeyValue, OffsetIndex, RowGroup, SchemaElement, SortingColumn,
} from '../format/parquet.gen.js'
import type { FileEncryption } from '../crypto/options.js'
import { encodeColumnIndex, encodeFooter, encodeOffsetIndex, MAGIC_BYTES, metadataEncoders } from '../metadata/footer-write.js'
import type { Schema } from '../metadata/schema.js'
import { ParquetError } from '../errors.js'
import { VERSION } from '../version.js'
import { bloomOptionFor, buildChunkBloom, checkBloomOptions } from './bloom-write.js'
import { DEFAULTS, leafSettings, type WriteOptions } from './options.js'
import { valueCount } from './values-encode.js'

/** `created_by` of every file written: `parquet-ts version X.Y.Z`. */
export const CREATED_BY = `parquet-ts version ${VERSION}`

interface ChunkOut {
  meta: ColumnChunk
  start: number
  offsetIndex?: OffsetIndex
  columnIndex?: ColumnIndex
  /** Encoded bloom filter (header + bitset), when one was asked for. */
  bloom?: { bytes: Uint8Array; headerLength: number }
}

/** Receives the file's bytes in order. */
export type Emit = (bytes: Uint8Array) => Promise<void>

/** The row groups written so far and the file offset reached. */
export interface FileState {
  schema: Schema
  elements: SchemaElement[]
  options: WriteOptions
  /** Bytes written so far (the leading magic included). */
  offset: number
  rowGroups: RowGroup[]
  chunks: ChunkOut[][]
  numRows: number
  /** Page buffers reused by every chunk the file writes (one chunk at a time). */
  scratch: PageScratch
  /** Set when the file is written encrypted (options.encryption). */
  encryption?: FileEncryption
}

/** A file state; the caller writes `magic` (the file's first 4 bytes) itself. */
export async function startFile(schema: Schema, elements: SchemaElement[], options: WriteOptions): Promise<{ state: FileState; magic: Uint8Array }> {
  checkBloomOptions(options.bloomFilters, schema.leaves)
  const state: FileState = { schema, elements, options, offset: MAGIC_BYTES.length, rowGroups: [], chunks: [], numRows: 0, scratch: makePageScratch() }
  if (options.encryption) state.encryption = await openEncryption(state)
  return { state, magic: state.encryption?.magic ?? MAGIC_BYTES }
}

/** The writer's encryption (crypto/encrypt-file.ts, loaded with import()). */
async function openEncryption(state: FileState): Promise<FileEncryption> {
  let code: typeof import('../crypto/encrypt-file.js')
  try {
    code = await import('../crypto/encrypt-file.js')
  } catch (e) {
    throw withContext(e, { part: 'encryption' }, 'IO_ERROR')
  }
  return code.openEncryption(state.options.encryption!, state.schema.leaves, metadataEncoders, state.options.crc !== false)
}

function chunkOptions(state: FileState, leafIndex: number): ColumnWriteOptions {
  const o = state.options
  const leaf = state.schema.leaves[leafIndex]!
  const s = leafSettings(leaf, o)
  return {
    pageVersion: o.pageVersion ?? DEFAULTS.pageVersion,
    codec: s.codec,
    codecs: o.codecs,
    // An encrypted column's CRCs cover its page modules: encrypt-file.ts writes them.
    crc: o.crc !== false && !state.encryption?.encrypts(leafIndex),
    pageSize: o.pageSize ?? DEFAULTS.pageSize,
    pageRows: o.pageRows ?? DEFAULTS.pageRows,
    encoding: s.encoding,
    dictionary: s.dictionary,
    dictionaryPageSizeLimit: o.dictionaryPageSizeLimit ?? DEFAULTS.dictionaryPageSizeLimit,
    statistics: s.statistics,
    truncateLength: o.statisticsTruncateLength ?? DEFAULTS.statisticsTruncateLength,
    pageIndex: o.pageIndex !== false,
    scratch: state.scratch,
  }
}

/** Writes one row group from its leaves (in column order), each chunk's pages through `emit`. */
export async function writeRowGroup(state: FileState, leaves: LeafInput[], numRows: number, emit: Emit): Promise<void> {
  const rowGroupIndex = state.rowGroups.length
  const outs: ChunkOut[] = []
  const first = state.offset
  let uncompressed = 0
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!
    let chunk: WrittenChunk
    try {
      chunk = await writeColumnChunk(leaf, chunkOptions(state, i))
      if (state.encryption?.encrypts(i)) await state.encryption.chunk(chunk, rowGroupIndex, i)
    } catch (e) {
      throw withContext(e, { column: leaf.column.path.join('.'), rowGroup: rowGroupIndex }, 'WRITE_FAILED')
    }
    const start = state.offset
    const md = chunk.metaData
    md.data_page_offset += start
    if (md.dictionary_page_offset !== undefined) md.dictionary_page_offset += start
    for (const p of chunk.pages) await emit(p)
    state.offset += chunk.byteLength
    uncompressed += md.total_uncompressed_size
    const bloomOption = bloomOptionFor(state.options.bloomFilters, leaf.column)
    const bloom = bloomOption && valueCount(leaf.values) > 0 ? buildChunkBloom(leaf.values, leaf.column, bloomOption) : undefined
    outs.push({ start, meta: { file_offset: start, meta_data: md }, offsetIndex: chunk.offsetIndex, columnIndex: chunk.columnIndex, bloom })
  }
  const rowGroup: RowGroup = {
    columns: outs.map((o) => o.meta),
    total_byte_size: uncompressed,
    num_rows: numRows,
    file_offset: first,
    total_compressed_size: state.offset - first,
    ordinal: rowGroupIndex,
  }
  const sorting = sortingColumns(state)
  if (sorting) rowGroup.sorting_columns = sorting
  state.rowGroups.push(rowGroup)
  state.chunks.push(outs)
  state.numRows += numRows
}

function sortingColumns(state: FileState): SortingColumn[] | undefined {
  const list = state.options.sortingColumns
  if (!list || list.length === 0) return undefined
  return list.map((s) => {
    const index = state.schema.leaves.findIndex((l) => l.path.join('.') === s.column)
    if (index < 0) throw new ParquetError('ARGUMENT_INVALID', `expected sortingColumns to name a leaf column, found '${s.column}'`)
    return { column_idx: index, descending: s.descending === true, nulls_first: s.nullsFirst === true }
  })
}

/** The bloom filters after the row groups: an encrypted column's as its header and bitset modules. */
async function appendBlooms(state: FileState, parts: Uint8Array[]): Promise<void> {
  for (const [g, outs] of state.chunks.entries()) {
    for (const [i, o] of outs.entries()) {
      if (!o.bloom) continue
      const { bytes: plain, headerLength } = o.bloom
      const bytes = state.encryption?.encrypts(i)
        ? await state.encryption.bloomFilter(plain.subarray(0, headerLength), plain.subarray(headerLength), g, i)
        : plain
      o.meta.meta_data!.bloom_filter_offset = state.offset
      o.meta.meta_data!.bloom_filter_length = bytes.length
      parts.push(bytes)
      state.offset += bytes.length
    }
  }
}

/** An index's bytes, as a module when its column is encrypted. */
function sealIndex(state: FileState, bytes: Uint8Array, kind: 'ColumnIndex' | 'OffsetIndex', g: number, i: number): Promise<Uint8Array> | Uint8Array {
  return state.encryption?.encrypts(i) ? state.encryption.index(bytes, kind, g, i) : bytes
}

async function appendIndexes(state: FileState, parts: Uint8Array[]): Promise<void> {
  for (const [g, outs] of state.chunks.entries()) {
    for (const [i, o] of outs.entries()) {
      if (!o.columnIndex) continue
      const bytes = await sealIndex(state, encodeColumnIndex(o.columnIndex), 'ColumnIndex', g, i)
      o.meta.column_index_offset = state.offset
      o.meta.column_index_length = bytes.length
      parts.push(bytes)
      state.offset += bytes.length
    }
  }
  for (const [g, outs] of state.chunks.entries()) {
    for (const [i, o] of outs.entries()) {
      const index = o.offsetIndex
      if (!index) continue
      for (const loc of index.page_locations) loc.offset += o.start
      const bytes = await sealIndex(state, encodeOffsetIndex(index), 'OffsetIndex', g, i)
      o.meta.offset_index_offset = state.offset
      o.meta.offset_index_length = bytes.length
      parts.push(bytes)
      state.offset += bytes.length
    }
  }
}

/** The page indexes and the footer: the file's last bytes, in order. */
export async function finishFile(state: FileState): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = []
  await appendBlooms(state, parts)
  await appendIndexes(state, parts)
  const o = state.options
  const metadata: FileMetaData = {
    version: (o.pageVersion ?? DEFAULTS.pageVersion) === 2 ? 2 : 1,
    schema: state.elements,
    num_rows: state.numRows,
    row_groups: state.rowGroups,
    created_by: CREATED_BY,
    column_orders: state.schema.leaves.map(() => ({ TYPE_ORDER: {} })),
  }
  const kv = o.keyValueMetadata
  if (kv && Object.keys(kv).length > 0) metadata.key_value_metadata = Object.entries(kv).map(([key, value]): KeyValue => ({ key, value }))
  const encryption = state.encryption
  if (encryption) {
    for (const [g, outs] of state.chunks.entries()) {
      for (const [i, o] of outs.entries()) if (encryption.encrypts(i)) await encryption.columnChunk(o.meta, g, i)
    }
  }
  const footer = encryption ? await encryption.footer(metadata) : encodeFooter(metadata)
  parts.push(footer)
  state.offset += footer.length
  return parts
}
