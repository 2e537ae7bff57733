/**
 * Column statistics decoded to typed values (parquet.thrift `Statistics`,
 * README "Statistics" and the sort orders of LogicalTypes.md), on demand:
 * `chunkStatistics(chunk)` decodes one column chunk's, so that readMetadata
 * and the readers do not carry this module. The rules:
 * - `min_value`/`max_value` are used when the file's column order is
 *   TYPE_ORDER, or when the file lists no column orders at all (some writers
 *   wrote the new fields without them; those fields were only ever defined
 *   with the type order, which is how other readers take them too);
 * - the deprecated `min`/`max` only where the type's sort order is signed
 *   (old writers compared every type as signed);
 * - a NaN min or max makes both unusable; a zero min reads as -0 and a zero
 *   max as +0, so that range checks include both zeros;
 * - `is_min_value_exact`/`is_max_value_exact` are passed through.
 */
import { decodeUtf8 } from '../encoding/utf8.js'
import type { Statistics } from '../format/parquet.gen.js'
import { float16ToNumber } from '../logical/float16.js'
import type { ColumnChunkInfo } from './file-metadata.js'
import type { SchemaNode } from './schema.js'
import { type SortOrder, sortOrder } from './sort-order.js'

export { float16ToNumber }
export type { SortOrder }

/** A min or max statistic as a JS value of the column's type. */
export type StatisticValue = boolean | number | bigint | string | Uint8Array

/** Column chunk statistics decoded to JS values: min/max, null and distinct counts. */
export interface ColumnStatistics {
  min?: StatisticValue
  max?: StatisticValue
  nullCount?: number
  distinctCount?: number
  /** False when the writer truncated the min (it is then a lower bound). */
  isMinExact?: boolean
  /** False when the writer truncated the max (it is then an upper bound). */
  isMaxExact?: boolean
}

/**
 * The statistics of a column chunk (from readMetadata) decoded to typed
 * values; undefined when the chunk has none or its metadata is encrypted.
 */
export function chunkStatistics(chunk: ColumnChunkInfo): ColumnStatistics | undefined {
  const stats = chunk.metaData?.statistics
  return stats && decodeStatistics(stats, chunk.column, chunk.typeOrder)
}

/**
 * Decodes a column chunk's (or page's) statistics for `node`; `typeOrder`:
 * min_value/max_value follow the type's sort order (ColumnChunkInfo.typeOrder).
 */
function decodeStatistics(stats: Statistics, node: SchemaNode, typeOrder: boolean): ColumnStatistics {
  const out: ColumnStatistics = {}
  if (stats.null_count !== undefined) out.nullCount = stats.null_count
  if (stats.distinct_count !== undefined) out.distinctCount = stats.distinct_count
  const sort = sortOrder(node)
  let minBytes: Uint8Array | undefined
  let maxBytes: Uint8Array | undefined
  if (sort !== 'UNKNOWN' && typeOrder && (stats.min_value || stats.max_value)) {
    minBytes = stats.min_value
    maxBytes = stats.max_value
    if (minBytes && stats.is_min_value_exact !== undefined) out.isMinExact = stats.is_min_value_exact
    if (maxBytes && stats.is_max_value_exact !== undefined) out.isMaxExact = stats.is_max_value_exact
  } else if (sort === 'SIGNED') {
    minBytes = stats.min
    maxBytes = stats.max
  }
  const min = minBytes && decodeStatisticValue(minBytes, node)
  const max = maxBytes && decodeStatisticValue(maxBytes, node)
  if (isNaNValue(min) || isNaNValue(max)) return out
  if (min !== undefined) out.min = min === 0 ? -0 : min
  if (max !== undefined) out.max = Object.is(max, -0) ? 0 : max
  return out
}

function isNaNValue(v: StatisticValue | undefined): boolean {
  return typeof v === 'number' && Number.isNaN(v)
}

/** One PLAIN-encoded value (BYTE_ARRAY without its length prefix); undefined when the size is wrong. */
export function decodeStatisticValue(bytes: Uint8Array, node: SchemaNode): StatisticValue | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const logical = node.logicalType
  const unsigned = logical?.type === 'INTEGER' && !logical.isSigned
  const size = bytes.length
  switch (node.physicalType) {
    case 'BOOLEAN': return size === 1 ? bytes[0] !== 0 : undefined
    case 'INT32': return size === 4 ? (unsigned ? view.getUint32(0, true) : view.getInt32(0, true)) : undefined
    case 'INT64': return size === 8 ? (unsigned ? view.getBigUint64(0, true) : view.getBigInt64(0, true)) : undefined
    case 'FLOAT': return size === 4 ? view.getFloat32(0, true) : undefined
    case 'DOUBLE': return size === 8 ? view.getFloat64(0, true) : undefined
    case 'BYTE_ARRAY': return /^(STRING|ENUM|JSON)$/.test(logical?.type ?? '') ? decodeUtf8(bytes, 0, bytes.length) : bytes
  }
  if (logical?.type !== 'FLOAT16') return bytes
  return size === 2 ? float16ToNumber(view.getUint16(0, true)) : undefined
}
