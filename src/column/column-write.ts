/**
 * Writing one column chunk (format README "Column chunks", PageIndex.md):
 * the mirror of column-read.ts. A leaf's levels and dense physical values are
 * split into pages that start at row boundaries (repetition level 0), under
 * a byte and a row limit; values go dictionary-encoded first (RLE_DICTIONARY
 * with a PLAIN dictionary page) until the dictionary outgrows its limit, the
 * later pages in the fallback encoding (pages written before stay
 * dictionary-encoded). Produces the pages' bytes, the ColumnMetaData with
 * statistics and size statistics, and the ColumnIndex and OffsetIndex.
 * Offsets are relative to the chunk's first byte; the file writer moves them.
 */
import type { CodecOverrides } from '../compression/index.js'
import { buildDictionaryStringsPrefix, type DictionaryLimits, type StringPrefixBuild, utf8Length } from '../encoding/dictionary-build.js'
import { encodePlainNumeric, encodePlainStrings } from '../encoding/plain.js'
import { encodeDictionaryIndices } from '../encoding/dictionary.js'
import type { ByteSink } from '../encoding/sink.js'
import type { ByteArrayColumn } from '../encoding/types.js'
import * as Encodings from '../format/enum/encoding.gen.js'
import * as PageTypes from '../format/enum/page-type.gen.js'
import type {
  ColumnIndex, ColumnMetaData, OffsetIndex, PageHeader, PageEncodingStats, SizeStatistics, Statistics,
} from '../format/parquet.gen.js'
import type { PhysicalValues } from '../logical/to-js.js'
import { PHYSICAL_TYPES, type SchemaNode } from '../metadata/schema.js'
import { makePageScratch, type PageScratch, storedLength, type ValueWriter, writeDataPage, writeDictionaryPage, type WrittenPage } from '../page/page-write.js'
import { buildPageIndex } from '../write/page-index.js'
import { splitPages, valueSize } from './page-split.js'
import { mergeSizes, sizeStatistics } from './size-statistics.js'
import { mergeStats, type RunStats, runStats, statKind, type StatKind, toThriftStatistics } from '../write/statistics.js'
import {
  type BuiltDictionary, buildDictionary, type EncodingName, encodePlain, encodeValues, planEncoding, sliceValues,
} from '../write/values-encode.js'

/** A leaf's shredded data with its values converted to physical shapes. */
export interface LeafInput {
  column: SchemaNode
  numLevels: number
  definitionLevels?: Uint8Array
  repetitionLevels?: Uint8Array
  /** The non-null values, densely. */
  values: PhysicalValues
  /** String values: offsets of each value's UTF-8 bytes were they back to back (n + 1 entries); counted when absent. */
  byteOffsets?: Uint32Array
}

export interface ColumnWriteOptions {
  pageVersion: 1 | 2
  /** CompressionCodec id. */
  codec: number
  codecs?: CodecOverrides
  crc: boolean
  /** Uncompressed value bytes after which a page ends (at the next row). */
  pageSize: number
  /** Rows after which a page ends. */
  pageRows: number
  encoding?: EncodingName
  dictionary: boolean
  /** Largest PLAIN dictionary page, in bytes. */
  dictionaryPageSizeLimit: number
  statistics: boolean
  /** Longest BYTE_ARRAY min/max kept whole. */
  truncateLength: number
  pageIndex: boolean
  /** Page buffers to reuse (the file writer's, shared by its chunks); a fresh set when absent. */
  scratch?: PageScratch
}

/** One page's share of the leaf. */
export interface PageRange {
  levelStart: number
  levelEnd: number
  valueStart: number
  valueEnd: number
  rows: number
  firstRow: number
}

export interface WrittenChunk {
  /** The pages' headers and bodies, in order; their lengths add up to `byteLength`. */
  pages: Uint8Array[]
  /** The pages' headers as written, in order (one per header and body in `pages`). */
  headers: PageHeader[]
  byteLength: number
  metaData: ColumnMetaData
  /** Offsets relative to the chunk start. */
  offsetIndex?: OffsetIndex
  columnIndex?: ColumnIndex
}

/**
 * The dictionary covering the most leading pages within the size limit
 * (binary search over page counts: a longer prefix never has fewer distinct
 * values), with the number of pages it covers. None when the first page's
 * dictionary already would not make it smaller than PLAIN (mostly distinct
 * values), nor when the chosen one would not, unless `forced`.
 */
function prefixDictionary(leaf: LeafInput, pages: PageRange[], limit: number, forced: boolean): { built?: BuiltDictionary; pages: number } {
  const physical = leaf.column.physicalType!
  const pays = (built: BuiltDictionary, end: number) => forced || dictionaryPays(leaf, built, end)
  const tryPages = (k: number) => buildDictionary(sliceValues(leaf.values, 0, pages[k - 1]!.valueEnd), physical, limit)
  const none = { pages: 0 }
  if (pages.length > 1) {
    const first = tryPages(1)
    if (!first || !pays(first, pages[0]!.valueEnd)) return none
  }
  const all = tryPages(pages.length)
  if (all) return pays(all, pages[pages.length - 1]!.valueEnd) ? { built: all, pages: pages.length } : none
  let lo = 0
  let hi = pages.length - 1
  let best: BuiltDictionary | undefined
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    const built = tryPages(mid)
    if (built) {
      lo = mid
      best = built
    } else hi = mid - 1
  }
  if (lo > 0 && !best) best = tryPages(lo)
  return best && pays(best, pages[lo - 1]!.valueEnd) ? { built: best, pages: lo } : none
}

/** PLAIN bytes of values [0, end). */
function plainBytes(values: PhysicalValues, physical: string, end: number): number {
  if (Array.isArray(values)) {
    let n = 4 * end
    for (let i = 0; i < end; i++) n += utf8Length(values[i] as string)
    return n
  }
  if ('offsets' in values) return 4 * end + (values as ByteArrayColumn).offsets[end]! - values.offsets[0]!
  return end * valueSize(values, physical, 0)
}

/** Whether the dictionary page plus the bit-packed indices of values [0, end) are smaller than PLAIN. */
function dictionaryPays(leaf: LeafInput, built: BuiltDictionary, end: number): boolean {
  const physical = leaf.column.physicalType!
  const bitWidth = 32 - Math.clz32(Math.max(1, built.size - 1))
  const dictBytes = plainBytes(built.dictionary, physical, built.size)
  const offsets = leaf.byteOffsets
  const plain = offsets ? 4 * end + offsets[end]! : plainBytes(leaf.values, physical, end)
  return dictBytes + Math.ceil((end * bitWidth) / 8) < plain
}

/**
 * A string chunk's dictionary build over about its first page (at most
 * `pageRows` values), carried on over the whole chunk when it looks
 * low-cardinality (then the chunk's UTF-8 offsets come from its entries).
 */
function firstStringBuild(values: string[], limits: DictionaryLimits, pageRows: number): StringPrefixBuild {
  const build = buildDictionaryStringsPrefix(values, limits, Math.min(values.length, Math.max(1, pageRows)))
  return !build.stopped && build.dictionary.length * 4 <= build.covered ? buildDictionaryStringsPrefix(values, limits, values.length, build) : build
}

/**
 * prefixDictionary from one string build, extended as far as needed (entries
 * in first-occurrence order: the dictionary of pages [0, k) is the build's
 * first entries), so no page prefix is built twice. Same choice as prefixDictionary.
 */
function stringPrefixDictionary(
  leaf: LeafInput, pages: PageRange[], build: StringPrefixBuild, limits: DictionaryLimits, forced: boolean,
): { built?: BuiltDictionary; pages: number } {
  const values = leaf.values as string[]
  const none = { pages: 0 }
  const end0 = pages[0]!.valueEnd
  if (build.covered < end0) buildDictionaryStringsPrefix(values, limits, end0, build)
  if (build.covered < end0) return none
  const pays = (built: BuiltDictionary, end: number) => forced || dictionaryPays(leaf, built, end)
  if (pages.length > 1 && !pays(prefixOf(build, end0), end0)) return none
  buildDictionaryStringsPrefix(values, limits, values.length, build)
  let k = 0
  while (k < pages.length && pages[k]!.valueEnd <= build.covered) k++
  const best = prefixOf(build, pages[k - 1]!.valueEnd)
  return pays(best, pages[k - 1]!.valueEnd) ? { built: best, pages: k } : none
}

/** The dictionary of values [0, end) of a prefix build: entries up to the largest index used. */
function prefixOf(build: StringPrefixBuild, end: number): BuiltDictionary {
  const indices = build.indices
  let max = -1
  for (let i = 0; i < end; i++) if (indices[i]! > max) max = indices[i]!
  const size = max + 1
  const dictionary = size === build.dictionary.length ? build.dictionary : build.dictionary.slice(0, size)
  return { indices, dictionary, size }
}

/**
 * Cumulative UTF-8 lengths of `values`: entry i is where value i would start.
 * Values a dictionary build covers take their entry's length (each distinct
 * string measured once).
 */
export function utf8Offsets(values: readonly unknown[], build?: StringPrefixBuild): Uint32Array {
  const out = new Uint32Array(values.length + 1)
  let at = 0
  const covered = build ? build.covered : 0
  if (build) {
    const { indices, lengths } = build
    for (let i = 0; i < covered; i++) {
      at += lengths[indices[i]!]!
      out[i + 1] = at
    }
  }
  for (let i = covered; i < values.length; i++) {
    at += utf8Length(values[i] as string)
    out[i + 1] = at
  }
  return out
}

interface ChunkState {
  written: WrittenPage[]
  stats: RunStats[]
  sizes: SizeStatistics[]
  encodings: Set<number>
  encodingStats: PageEncodingStats[]
}

/**
 * Writes the chunk of `input`. Strings' UTF-8 lengths are counted once, up
 * front (`byteOffsets`): page sizes, the dictionary's PLAIN comparison and
 * size statistics read them.
 */
export async function writeColumnChunk(input: LeafInput, options: ColumnWriteOptions): Promise<WrittenChunk> {
  const node = input.column
  const physical = node.physicalType!
  const plan = planEncoding(node, options.encoding, options.dictionary, options.pageVersion)
  const limits = { maxBytes: options.dictionaryPageSizeLimit }
  const strings = Array.isArray(input.values) && plan.dictionary && input.values.length > 0
    ? firstStringBuild(input.values as string[], limits, options.pageRows) : undefined
  const leaf: LeafInput = Array.isArray(input.values) && !input.byteOffsets
    ? { ...input, byteOffsets: utf8Offsets(input.values, strings) } : input
  const pages = splitPages(leaf, options.pageSize, options.pageRows)
  const kind = options.statistics || options.pageIndex ? statKind(node, leaf.values) : 'none'
  const pageOptions = { codec: options.codec, codecs: options.codecs, crc: options.crc }
  const scratch = options.scratch ?? makePageScratch()
  const state: ChunkState = { written: [], stats: [], sizes: [], encodings: new Set(), encodingStats: [] }
  const forced = plan.forced === true
  const prefix = !plan.dictionary || pages[pages.length - 1]!.valueEnd === 0 ? { pages: 0 }
    : strings ? stringPrefixDictionary(leaf, pages, strings, limits, forced) : prefixDictionary(leaf, pages, options.dictionaryPageSizeLimit, forced)
  let dictionaryPage: WrittenPage | undefined
  if (prefix.built) {
    dictionaryPage = await writeDictionaryPage(encodePlain(prefix.built.dictionary, physical), prefix.built.size, pageOptions, scratch)
    state.encodings.add(Encodings.PLAIN)
    state.encodingStats.push({ page_type: PageTypes.DICTIONARY_PAGE, encoding: Encodings.PLAIN, count: 1 })
  }
  for (let p = 0; p < pages.length; p++) {
    const range = pages[p]!
    const useDict = prefix.built !== undefined && p < prefix.pages
    const encoding = useDict ? Encodings.RLE_DICTIONARY : plan.fallback
    const values = useDict ? indexWriter(prefix.built!, range) : encodePage(leaf, range, encoding)
    const nullCount = range.levelEnd - range.levelStart - (range.valueEnd - range.valueStart)
    const stats = useDict && kind === 'string'
      ? dictionaryStats(kind, prefix.built!, range, nullCount)
      : runStats(kind, leaf.values, range.valueStart, range.valueEnd, nullCount)
    const statistics = options.statistics ? toThriftStatistics(kind, node, stats, { truncateLength: options.truncateLength }) : undefined
    const page = await writeDataPage(pageInput(leaf, range, encoding, values, statistics, options.pageVersion), pageOptions, scratch)
    state.written.push(page)
    state.stats.push(stats)
    state.sizes.push(sizeStatistics(leaf, range))
    countEncoding(state, options.pageVersion === 2 ? PageTypes.DATA_PAGE_V2 : PageTypes.DATA_PAGE, encoding)
  }
  if (node.maxDefinitionLevel > 0 || node.maxRepetitionLevel > 0) state.encodings.add(Encodings.RLE)
  return finishChunk(leaf, kind, dictionaryPage, pages, state, options)
}

/** A dictionary-encoded page's statistics from the entries it uses (each string compared once, not once per value). */
function dictionaryStats(kind: StatKind, built: BuiltDictionary, range: PageRange, nullCount: number): RunStats {
  const used = new Uint8Array(built.size)
  const indices = built.indices
  for (let i = range.valueStart; i < range.valueEnd; i++) used[indices[i]!] = 1
  const entries: string[] = []
  const dictionary = built.dictionary as string[]
  for (let k = 0; k < built.size; k++) if (used[k] === 1) entries.push(dictionary[k]!)
  return runStats(kind, entries, 0, entries.length, nullCount)
}

/** Writes a dictionary-encoded page's indices into the page's sink. */
function indexWriter(built: BuiltDictionary, range: PageRange): ValueWriter {
  return (sink: ByteSink) => {
    encodeDictionaryIndices(built.indices.subarray(range.valueStart, range.valueEnd), Math.max(1, built.size), sink)
  }
}

/** A page's values in a non-dictionary encoding (strings: PLAIN straight from the chunk's array into the page's sink). */
function encodePage(leaf: LeafInput, range: PageRange, encoding: number): Uint8Array | ValueWriter {
  const { valueStart: start, valueEnd: end } = range
  const values = leaf.values
  if (encoding === Encodings.PLAIN && Array.isArray(values)) {
    return (sink: ByteSink) => {
      encodePlainStrings(values as string[], sink, start, end)
    }
  }
  if (encoding === Encodings.PLAIN && ArrayBuffer.isView(values) && leaf.column.physicalType !== 'BOOLEAN') {
    const numeric = (values as Int32Array).subarray(start, end)
    return (sink: ByteSink) => {
      encodePlainNumeric(numeric, sink)
    }
  }
  return encodeValues(sliceValues(leaf.values, start, end), encoding, leaf.column.physicalType!)
}

function pageInput(leaf: LeafInput, range: PageRange, encoding: number, values: Uint8Array | ValueWriter, statistics: Statistics | undefined, version: 1 | 2) {
  const node = leaf.column
  const numLevels = range.levelEnd - range.levelStart
  return {
    version,
    numLevels,
    numRows: range.rows,
    numNulls: numLevels - (range.valueEnd - range.valueStart),
    definitionLevels: leaf.definitionLevels?.subarray(range.levelStart, range.levelEnd),
    repetitionLevels: leaf.repetitionLevels?.subarray(range.levelStart, range.levelEnd),
    maxDefinitionLevel: node.maxDefinitionLevel,
    maxRepetitionLevel: node.maxRepetitionLevel,
    encoding,
    values,
    statistics,
  }
}

function countEncoding(state: ChunkState, pageType: number, encoding: number): void {
  state.encodings.add(encoding)
  const hit = state.encodingStats.find((e) => e.page_type === pageType && e.encoding === encoding)
  if (hit) hit.count++
  else state.encodingStats.push({ page_type: pageType, encoding, count: 1 })
}

function finishChunk(
  leaf: LeafInput, kind: StatKind, dictionaryPage: WrittenPage | undefined, ranges: PageRange[], state: ChunkState, options: ColumnWriteOptions,
): WrittenChunk {
  const node = leaf.column
  const all = dictionaryPage ? [dictionaryPage, ...state.written] : state.written
  let compressed = 0
  let uncompressed = 0
  const parts: Uint8Array[] = []
  for (const p of all) {
    compressed += storedLength(p)
    uncompressed += p.head.length + p.header.uncompressed_page_size
    parts.push(p.head, p.body)
  }
  const firstData = dictionaryPage ? storedLength(dictionaryPage) : 0
  const metaData: ColumnMetaData = {
    type: PHYSICAL_TYPES.indexOf(node.physicalType!),
    encodings: [...state.encodings],
    path_in_schema: node.path,
    codec: options.codec,
    num_values: leaf.numLevels,
    total_uncompressed_size: uncompressed,
    total_compressed_size: compressed,
    data_page_offset: firstData,
    encoding_stats: state.encodingStats,
    size_statistics: mergeSizes(state.sizes),
  }
  if (dictionaryPage) metaData.dictionary_page_offset = 0
  if (options.statistics) {
    const total = state.stats.reduce((a, b) => mergeStats(kind, a, b))
    metaData.statistics = toThriftStatistics(kind, node, total, { truncateLength: options.truncateLength })
  }
  const chunk: WrittenChunk = { pages: parts, headers: all.map((p) => p.header), byteLength: compressed, metaData }
  if (options.pageIndex) {
    const index = buildPageIndex(node, kind, state.written, firstData, ranges, state.stats, state.sizes, options.truncateLength)
    chunk.offsetIndex = index.offsetIndex
    if (index.columnIndex) chunk.columnIndex = index.columnIndex
  }
  return chunk
}
