/**
 * Reading one column chunk: its bytes are split into pages, the dictionary
 * page (if any) is decoded once, every data page is decoded, and the pages'
 * levels and values are joined into one run per chunk. Checks that the pages
 * add up to what the footer declares.
 */
import { ParquetError } from '../errors.js'
import type { PageDecrypter } from '../crypto/options.js'
import type { ByteArrayColumn, FixedLenColumn } from '../encoding/types.js'
import * as PageTypes from '../format/enum/page-type.gen.js'
import type { ColumnChunkInfo } from '../metadata/file-metadata.js'
import type { SchemaNode } from '../metadata/schema.js'
import {
  type ChunkOutput, decodeDataPage, decodeDictionaryPage, type LeafColumn, type LevelArray, makeChunkOutput, type PageDecodeOptions,
} from '../page/page-decode.js'
import { type CompressedPage, dataPageValues, type PageContext, pageDecoders, splitPages } from '../page/page-read.js'
import type { DenseValues, KeepIndices, PageValues } from '../page/values-decode.js'

export interface ColumnChunkData {
  column: SchemaNode
  numLevels: number
  definitionLevels?: LevelArray
  repetitionLevels?: LevelArray
  /** The non-null values of the chunk, densely (from `valuesOffset`). */
  values: PageValues
  numValues: number
  /** Set when text values were decoded into the caller's array (`into`): where the chunk's first value is. */
  valuesOffset?: number
  /**
   * Only with `keepIndices`, when some of the BYTE_ARRAY chunk's pages are
   * dictionary-encoded: the dictionary and every page's values in order,
   * dictionary-encoded pages as Int32Array indices into it. `values` is then
   * empty: the caller gathers.
   */
  dictionaryPages?: { dictionary: PageValues; parts: PageValues[] }
}

export interface ColumnReadOptions extends Partial<PageDecodeOptions> {
  /**
   * Set when `bytes` hold only some pages of the chunk (chosen with the
   * offset index): the pages then hold this many rows, and the chunk's
   * num_values is not checked. `offset` is the file offset of `bytes`.
   */
  partial?: { rows: number; offset: number; pages?: readonly number[] }
  /** Verify page CRC32s where present (default true). */
  verifyChecksums?: boolean
  /** Decode BYTE_ARRAY as text for this column. */
  strings: boolean
  /** BYTE_ARRAY: leave dictionary-encoded pages as indices decoded by this (see ValueColumn.keepIndices and ColumnChunkData.dictionaryPages). */
  keepIndices?: KeepIndices
  /**
   * An output the caller made for the chunk (same thread only), whose arrays
   * the pages decode into instead of allocating: levels and dense values
   * with room for the chunk's num_values, the values from `base`. The
   * result's values are then a view of `into.target.values` (text: that
   * array itself, from `valuesOffset`).
   */
  into?: ChunkOutput
  /** Splits and decrypts the pages of an encrypted chunk (ParquetMetadata.decryption); needed when the chunk is encrypted. */
  decryptPages?: PageDecrypter
}

/** Default bound on the levels of one page or chunk (values with nulls). */
export const DEFAULT_MAX_VALUES = 2 ** 28

/** Decodes a column chunk from its bytes (the range [info.start, info.end) of the file). */
export async function readColumnChunk(
  bytes: Uint8Array, info: ColumnChunkInfo, rowGroup: { index: number; numRows: number }, options: ColumnReadOptions, source?: string,
): Promise<ColumnChunkData> {
  const ctx: PageContext = { column: info.path, rowGroup: rowGroup.index, source }
  const decrypt = info.encrypted ? options.decryptPages : undefined
  if (info.encrypted && !decrypt) throw new ParquetError('ENCRYPTED_COLUMN', 'the column chunk is encrypted: the decryption option with its key is needed', ctx)
  const leaf = leafColumn(info, options.strings, options.keepIndices)
  const expected = info.numValues
  const limit = options.maxPageValues ?? DEFAULT_MAX_VALUES
  if (!(expected >= 0) || expected > limit) {
    throw new ParquetError('LIMIT_EXCEEDED', `expected at most ${limit} values in a column chunk, the footer declares ${expected}`, ctx)
  }
  const decodeOptions: PageDecodeOptions = { codecs: options.codecs, maxPageBytes: options.maxPageBytes, maxPageValues: limit }
  const partial = options.partial
  const offset = partial?.offset ?? info.start
  const split = { verifyChecksums: options.verifyChecksums, numValues: partial ? undefined : expected, pageOrdinals: partial?.pages }
  const pages = decrypt ? await decrypt(bytes, offset, ctx, split, pageDecoders) : splitPages(bytes, offset, ctx, split)
  const capacity = partial ? pagesCapacity(pages, limit, ctx) : expected
  const data = await decodeChunk(pages, leaf, info.column, ctx, decodeOptions, capacity, options.into)
  checkCounts(data, partial ? undefined : expected, partial ? partial.rows : rowGroup.numRows, ctx)
  return data
}

/** Levels the given pages declare (for reads of some pages of a chunk). */
function pagesCapacity(pages: CompressedPage[], limit: number, ctx: PageContext): number {
  const total = pages.reduce((n, p) => n + Math.max(0, dataPageValues(p.header)), 0)
  if (total > limit) throw new ParquetError('LIMIT_EXCEEDED', `expected at most ${limit} values in the selected pages, they declare ${total}`, ctx)
  return total
}

export function leafColumn(info: ColumnChunkInfo, strings: boolean, keepIndices?: KeepIndices): LeafColumn {
  const node = info.column
  return {
    physicalType: node.physicalType!,
    typeLength: node.physicalType === 'INT96' ? 12 : (node.typeLength ?? 0),
    strings: strings && node.physicalType === 'BYTE_ARRAY',
    maxDefinitionLevel: node.maxDefinitionLevel,
    maxRepetitionLevel: node.maxRepetitionLevel,
    codec: info.metaData!.codec,
    keepIndices,
  }
}

/** Decodes the chunk's pages into one output (levels and dense values allocated once for the chunk). */
export async function decodeChunk(
  pages: CompressedPage[], leaf: LeafColumn, column: SchemaNode, ctx: PageContext, options: PageDecodeOptions, capacity: number,
  into?: ChunkOutput,
): Promise<ColumnChunkData> {
  let dictionary: PageValues | undefined
  const output = into ?? makeChunkOutput(leaf, capacity)
  let dataPages = 0
  for (const page of pages) {
    const type = page.header.type
    if (type === PageTypes.DICTIONARY_PAGE) {
      if (dictionary || dataPages > 0) {
        throw new ParquetError('PAGE_INVALID', 'expected one dictionary page before the data pages, found another', { ...ctx, page: page.index, offset: page.offset })
      }
      dictionary = await decodeDictionaryPage(page, leaf, ctx, options)
    } else if (type === PageTypes.DATA_PAGE || type === PageTypes.DATA_PAGE_V2) {
      await decodeDataPage(page, leaf, dictionary, ctx, options, output, capacity)
      dataPages++
    }
    // INDEX_PAGE and page types this reader does not know are skipped.
  }
  return finishOutput(output, column, leaf, dictionary)
}

/** The chunk's data: level arrays and values cut to what the pages held. */
function finishOutput(output: ChunkOutput, column: SchemaNode, leaf: LeafColumn, dictionary?: PageValues): ColumnChunkData {
  const { numLevels: n, numValues, target, binary } = output
  const base = output.base ?? 0
  // Pages of indices (Int32Array, only with keepIndices, so there is a dictionary) are not joined; the caller gathers.
  const indexed = binary.some((p) => p instanceof Int32Array)
  // Strings in the caller's array stay where they are: the array is not cut.
  const inPlace = target && Array.isArray(target.values) && output.base !== undefined
  return {
    valuesOffset: inPlace ? base : undefined,
    ...(indexed ? { dictionaryPages: { dictionary: dictionary!, parts: binary } } : {}),
    column,
    numLevels: n,
    numValues,
    definitionLevels: output.definitionLevels?.subarray(0, n),
    repetitionLevels: output.repetitionLevels?.subarray(0, n),
    values: target ? (inPlace ? target.values : sliceDense(target.values, base, numValues)) : joinBinary(indexed ? [] : binary, leaf),
  }
}

function sliceDense(values: DenseValues, from: number, count: number): DenseValues {
  if (from === 0 && values.length === count) return values
  if (Array.isArray(values)) {
    values.length = count
    return values
  }
  return values.subarray(from, from + count)
}

/** Joins the pages' binary values (none: the empty values of the column's shape). */
function joinBinary(parts: PageValues[], leaf: LeafColumn): PageValues {
  if (parts.length === 1) return parts[0]!
  if (leaf.physicalType !== 'BYTE_ARRAY') {
    return { width: leaf.typeLength, bytes: joinBytes(parts.map((p) => (p as FixedLenColumn).bytes)) }
  }
  if (leaf.strings) return ([] as string[]).concat(...(parts as string[][]))
  return joinByteArrays(parts as ByteArrayColumn[])
}

/**
 * Checks the pages against what they should hold: `levels` values (a whole
 * chunk's num_values; undefined for some pages of a chunk) and `rows` rows
 * (a row starts at every repetition level 0; a whole repeated chunk is
 * checked by its num_values only).
 */
function checkCounts(data: ColumnChunkData, levels: number | undefined, rows: number, ctx: PageContext): void {
  const n = data.numLevels
  if (levels !== undefined && n !== levels) {
    throw new ParquetError('LEVELS_INVALID', `expected ${levels} values in the column chunk (its num_values), the pages hold ${n}`, ctx)
  }
  const rep = data.column.maxRepetitionLevel > 0 ? data.repetitionLevels : undefined
  if (rep && levels !== undefined) return
  let found = n
  if (rep) {
    found = 0
    for (let i = 0; i < n; i++) if (rep[i] === 0) found++
  }
  if (found !== rows) throw new ParquetError('LEVELS_INVALID', `expected ${rows} rows in the pages, found ${found}`, ctx)
}

function joinByteArrays(parts: ByteArrayColumn[]): ByteArrayColumn {
  const offsets = new Uint32Array(parts.reduce((n, p) => n + p.offsets.length - 1, 0) + 1)
  let v = 0
  let b = 0
  for (const p of parts) {
    const base = p.offsets[0]!
    for (let i = 1; i < p.offsets.length; i++) offsets[v + i] = b + p.offsets[i]! - base
    v += p.offsets.length - 1
    b += p.offsets[p.offsets.length - 1]! - base
  }
  return { offsets, bytes: joinBytes(parts.map((p) => p.bytes.subarray(p.offsets[0]!, p.offsets[p.offsets.length - 1]!))) }
}

/** The parts' bytes back to back (the one part itself when there is one). */
export function joinBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}
