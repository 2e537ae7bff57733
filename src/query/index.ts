/**
 * The query part of the library: the filter language (filter.ts) that
 * readRows / readColumns / readRowGroups take as `filter`, the pushdown
 * figures (`onStats`), and split-block bloom filters with xxHash64
 * (BloomFilter.md) for readers and writers.
 */
export { compileFilter } from './filter.js'
export type { CompareOp, CompiledFilter, Filter, FilterColumn, FilterValue, LeafOp } from './filter.js'
export type { PushdownStats } from './pick.js'
export {
  bloomBitsPerValue, bloomCheck, bloomFromBitset, bloomHash, bloomInsert, createBloomFilter, decodeBloomFilter, decodeBloomHeader,
  encodeBloomFilter, readBloomFilter,
} from './bloom.js'
export type { BloomFilter, BloomHeaderInfo } from './bloom.js'
export { plainEncodings } from './bloom-values.js'
export { xxhash64 } from './xxhash64.js'
