/**
 * Public functions whose implementation lazily loaded parts of the library
 * also use (range coalescing for the page index, path lookup for filters and
 * column selection, statistics decoding for the page index and filters).
 * The root entry exports these wrappers instead of re-exporting the
 * implementation: a bundler such as esbuild gives every file the root entry
 * imports (and that any part uses) to every bundle that imports the root
 * entry, so a re-export would put that code in every first chunk. A wrapper
 * nobody calls is dropped, and its import with it.
 */
import * as coalesce from './io/coalesce.js'
import type { ByteRange, CoalesceOptions } from './io/coalesce.js'
import type { ByteSource } from './io/source.js'
import type { ColumnChunkInfo } from './metadata/file-metadata.js'
import * as lookup from './metadata/find-node.js'
import type { Schema, SchemaNode } from './metadata/schema.js'
import * as statistics from './metadata/statistics.js'
import type { ColumnStatistics } from './metadata/statistics.js'

/** Merges sorted-by-start copies of `ranges` whose gaps are at most `maxGap`. */
export function coalesceRanges(ranges: readonly ByteRange[], maxGap: number): ByteRange[] {
  return coalesce.coalesceRanges(ranges, maxGap)
}

/** Reads every range, coalescing nearby ones; results are in the order of `ranges`. */
export function readRanges(source: ByteSource, ranges: readonly ByteRange[], options: CoalesceOptions = {}): Promise<Uint8Array[]> {
  return coalesce.readRanges(source, ranges, options)
}

/** Finds a node by dotted path or path array; undefined when absent. */
export function findNode(schema: Schema, path: string | readonly string[]): SchemaNode | undefined {
  return lookup.findNode(schema, path)
}

/**
 * The typed statistics of a column chunk from `readMetadata` (min/max as JS
 * values of the column's type, null and distinct counts, exactness flags),
 * decoded on demand; undefined when the chunk has none or is encrypted and was read without its key.
 */
export function chunkStatistics(chunk: ColumnChunkInfo): ColumnStatistics | undefined {
  return statistics.chunkStatistics(chunk)
}
