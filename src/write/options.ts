/**
 * The writer's options and their defaults, and how per-column options are
 * matched to leaf columns (by top-level name or dotted path; the longest
 * matching path wins).
 */
import type { BloomOption } from './bloom-write.js'
import type { CodecOverrides } from '../compression/index.js'
import type { EncryptionOptions } from '../crypto/options.js'
import { ParquetError } from '../errors.js'
import type { SchemaNode } from '../metadata/schema.js'
import type { FieldMap } from '../schema/field.js'
import type { EncodingName } from './values-encode.js'

/** The page codecs the writer can use. */
export type CompressionName = 'UNCOMPRESSED' | 'SNAPPY' | 'GZIP' | 'BROTLI' | 'ZSTD' | 'LZ4_RAW'

const CODEC_IDS: Record<CompressionName, number> = { UNCOMPRESSED: 0, SNAPPY: 1, GZIP: 2, BROTLI: 4, ZSTD: 6, LZ4_RAW: 7 }

/** Options for one column (a top-level name applies to every leaf below it). */
export interface ColumnOptions {
  compression?: CompressionName
  encoding?: EncodingName
  dictionary?: boolean
  statistics?: boolean
}

/** One entry of the sorting_columns the writer records in each row group. */
export interface SortingColumnOption {
  /** Dotted path of a leaf column. */
  column: string
  descending?: boolean
  nullsFirst?: boolean
}

/** Options for `writeRows` and `writeColumns`. */
export interface WriteOptions {
  /** The schema (schema/field.ts builders); inferred from the values when absent (schema/infer.ts). */
  schema?: FieldMap
  /** Page compression (default 'SNAPPY'). */
  compression?: CompressionName
  /** Data page version (default 1: the form every reader supports). */
  pageVersion?: 1 | 2
  /** Rows per row group (default 122,880). */
  rowGroupSize?: number
  /** Uncompressed value bytes after which a page ends, at the next row (default 1 MiB). */
  pageSize?: number
  /** Rows per page at most (default 20,000). */
  pageRows?: number
  /** Value encoding per column, by name or dotted path. */
  encodings?: Record<string, EncodingName>
  /** Options per column, by name or dotted path. */
  columns?: Record<string, ColumnOptions>
  /** Try dictionary encoding first (default true). */
  dictionary?: boolean
  /** Largest dictionary page in bytes before falling back (default 1 MiB). */
  dictionaryPageSizeLimit?: number
  /** Write min/max/null count statistics (default true). */
  statistics?: boolean
  /** Longest BYTE_ARRAY min/max kept whole (default 64). */
  statisticsTruncateLength?: number
  /** Write the ColumnIndex and OffsetIndex (default true). */
  pageIndex?: boolean
  /** Write page CRC32 checksums (default true). */
  crc?: boolean
  keyValueMetadata?: Record<string, string>
  sortingColumns?: readonly SortingColumnOption[]
  /**
   * Bloom filters per column, by name or dotted path: `true` for the defaults
   * (sized from each chunk's distinct count, 1% false positives) or
   * `{ ndv, fpp }` (expected distinct values, false-positive rate).
   */
  bloomFilters?: Record<string, BloomOption>
  /**
   * Write the file encrypted (Parquet modular encryption): the footer key,
   * optional column keys, algorithm, footer mode and AAD prefix.
   */
  encryption?: EncryptionOptions
  /** Codec implementations to use instead of the built-in ones, by name or id. */
  codecs?: CodecOverrides
}

/** Resolved settings of one leaf column. */
export interface LeafSettings {
  codec: number
  encoding?: EncodingName
  dictionary: boolean
  statistics: boolean
}

export const DEFAULTS = {
  compression: 'SNAPPY' as CompressionName,
  pageVersion: 1 as 1 | 2,
  rowGroupSize: 122_880,
  pageSize: 1 << 20,
  pageRows: 20_000,
  dictionaryPageSizeLimit: 1 << 20,
  statisticsTruncateLength: 64,
}

export function codecId(name: unknown, column?: string): number {
  const id = CODEC_IDS[name as CompressionName]
  if (id === undefined) {
    throw new ParquetError('ARGUMENT_INVALID', `expected a compression of ${Object.keys(CODEC_IDS).join(', ')}, found ${String(name)}`, { column })
  }
  return id
}

/** The most specific entry of `table` for `leaf` (exact path, else the longest enclosing group path). */
function lookup<T>(table: Record<string, T> | undefined, leaf: SchemaNode): T | undefined {
  if (!table) return undefined
  for (let n = leaf.path.length; n > 0; n--) {
    const key = leaf.path.slice(0, n).join('.')
    if (Object.hasOwn(table, key)) return table[key]
  }
  return undefined
}

/** The settings of `leaf` from the file-wide and per-column options. */
export function leafSettings(leaf: SchemaNode, options: WriteOptions): LeafSettings {
  const column = lookup(options.columns, leaf) ?? {}
  const name = leaf.path.join('.')
  return {
    codec: codecId(column.compression ?? options.compression ?? DEFAULTS.compression, name),
    encoding: column.encoding ?? lookup(options.encodings, leaf),
    dictionary: column.dictionary ?? options.dictionary ?? true,
    statistics: column.statistics ?? options.statistics ?? true,
  }
}

/** Checks numeric options; throws ARGUMENT_INVALID naming the option. */
export function checkOptions(options: WriteOptions): void {
  const positive = ['rowGroupSize', 'pageSize', 'pageRows', 'dictionaryPageSizeLimit', 'statisticsTruncateLength'] as const
  for (const key of positive) {
    const v = options[key]
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 1)) {
      throw new ParquetError('ARGUMENT_INVALID', `expected ${key} to be a positive integer, found ${String(v)}`)
    }
  }
  if (options.pageVersion !== undefined && options.pageVersion !== 1 && options.pageVersion !== 2) {
    throw new ParquetError('ARGUMENT_INVALID', `expected pageVersion 1 or 2, found ${String(options.pageVersion)}`)
  }
}
