/**
 * The query part of the library: the filter language (filter.ts) that
 * readRows / readColumns / readRowGroups take as `filter`, the pushdown
 * figures (`onStats`), and split-block bloom filters with xxHash64
 * (BloomFilter.md) for readers and writers.
 *
 * The functions the root entry exports are thin wrappers defined here, not
 * re-exports. A read loads the query engine with import() only when it has a
 * filter; a bundler that splits code by file (esbuild) puts a file in a page's
 * first chunk when the page's static imports reach it. Re-exporting filter.ts
 * or bloom.ts from the root would make them reachable from every page that
 * imports the root, and the engine's code would leave the lazy chunk. A
 * wrapper a page never calls is tree-shaken, and the files behind it are then
 * reached through the dynamic import only.
 */
import type { ParquetErrorContext } from '../errors.js'
import type { ByteSource } from '../io/source.js'
import type { ValueOptions } from '../logical/to-js.js'
import type { Schema } from '../metadata/schema.js'
import * as bloom from './bloom.js'
import * as bloomRead from './bloom-read.js'
import type { BloomFilter } from './bloom.js'
import * as filter from './filter.js'
import type { CompiledFilter } from './filter.js'
import * as hash from '../hash/xxhash64.js'

export type { CompareOp, CompiledFilter, Filter, FilterColumn, FilterValue, LeafOp } from './filter.js'
export type { PushdownStats } from './stats.js'
export type { BloomFilter } from './bloom.js'
export type { BloomHeaderInfo } from './bloom-read.js'
export { bloomBitsPerValue, bloomFromBitset } from './bloom.js'
export { decodeBloomHeader } from './bloom-read.js'
export { plainEncodings } from './bloom-values.js'

/** Validates a filter (the language: src/query/filter.ts) against `schema` and turns its values into keys; throws ParquetError ARGUMENT_INVALID. */
export function compileFilter(f: unknown, schema: Schema, options: ValueOptions = {}): CompiledFilter {
  return filter.compileFilter(f, schema, options)
}

/** An empty split-block bloom filter sized for `ndv` distinct values at false-positive rate `fpp` (0 < fpp < 1). */
export function createBloomFilter(ndv: number, fpp: number): BloomFilter {
  return bloom.createBloomFilter(ndv, fpp)
}

/** Adds a value to the filter by its xxHash64 (see {@link bloomHash}). */
export function bloomInsert(f: BloomFilter, h: bigint): void {
  bloom.bloomInsert(f, h)
}

/** False when the value with this xxHash64 was certainly never inserted. */
export function bloomCheck(f: BloomFilter, h: bigint): boolean {
  return bloom.bloomCheck(f, h)
}

/** xxHash64 (seed 0) of a plain-encoded value, as bloom filters hash it. */
export function bloomHash(plain: Uint8Array): bigint {
  return bloom.bloomHash(plain)
}

/** The filter as stored in a file: its Thrift BloomFilterHeader followed by the bitset. */
export function encodeBloomFilter(f: BloomFilter): Uint8Array {
  return bloom.encodeBloomFilter(f)
}

/** Decodes a BloomFilterHeader followed by its bitset; throws ParquetError METADATA_INVALID. */
export function decodeBloomFilter(bytes: Uint8Array, ctx: ParquetErrorContext = {}): BloomFilter {
  return bloomRead.decodeBloomFilter(bytes, ctx)
}

/**
 * Reads the bloom filter at `offset` of `source` (with `length` when the
 * column chunk records it; else the header is read first). `limit` is where
 * the filter must end (the footer's start).
 */
export function readBloomFilter(
  source: ByteSource, offset: number, length: number | undefined, limit: number, ctx: ParquetErrorContext = {}, signal?: AbortSignal,
): Promise<BloomFilter> {
  return bloomRead.readBloomFilter(source, offset, length, limit, ctx, signal)
}

/** XXH64 of `bytes` with `seed` (default 0), as an unsigned 64-bit bigint. */
export function xxhash64(bytes: Uint8Array, seed = 0n): bigint {
  return hash.xxhash64(bytes, seed)
}
