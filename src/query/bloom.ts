/**
 * Split-block bloom filters (BloomFilter.md; parquet.thrift
 * `BloomFilterHeader`, ColumnMetaData `bloom_filter_offset/length`).
 *
 * The bitset is a sequence of 256-bit blocks, each eight 32-bit little-endian
 * words. A value's 64-bit xxHash picks a block from its upper 32 bits
 * (`((hash >> 32) * blocks) >> 32`) and, from its lower 32 bits times eight
 * salt constants (the top 5 bits of each product), one bit in each word.
 * Hashes are of the value's plain encoding: BYTE_ARRAY without its length
 * prefix, INT32/INT64/FLOAT/DOUBLE little-endian, FIXED_LEN_BYTE_ARRAY bytes.
 *
 * Sizing (`createBloomFilter`) uses the spec's bits-per-value formula
 * c = -8 / ln(1 - p^(1/8)), rounded up to a power of two bytes between 32 B
 * and 128 MiB.
 */
import { ParquetError } from '../errors.js'
import { writeBloomFilterHeader } from '../format/parquet-write.gen.js'
import { makeWriter, writerBytes } from '../thrift/compact-write.js'
import { xxhash64 } from '../hash/xxhash64.js'

const SALT = /*#__PURE__*/ Uint32Array.of(0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d, 0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31)

export const BLOOM_MIN_BYTES = 32
export const BLOOM_MAX_BYTES = 128 * 1024 * 1024

/** A split-block bloom filter: `words` holds the blocks, 8 words each. */
export interface BloomFilter {
  words: Uint32Array
  numBlocks: number
}

/** Bits per distinct value for false-positive rate `fpp` (BloomFilter.md). */
export function bloomBitsPerValue(fpp: number): number {
  return -8 / Math.log(1 - fpp ** (1 / 8))
}

/** An empty filter sized for `ndv` distinct values at false-positive rate `fpp` (0 < fpp < 1). */
export function createBloomFilter(ndv: number, fpp: number): BloomFilter {
  if (!(ndv >= 0) || !Number.isFinite(ndv)) throw new ParquetError('ARGUMENT_INVALID', `expected a distinct count >= 0, found ${ndv}`)
  if (!(fpp > 0 && fpp < 1)) throw new ParquetError('ARGUMENT_INVALID', `expected a false-positive rate between 0 and 1, found ${fpp}`)
  const wanted = Math.ceil((ndv * bloomBitsPerValue(fpp)) / 8)
  let bytes = BLOOM_MIN_BYTES
  while (bytes < wanted && bytes < BLOOM_MAX_BYTES) bytes *= 2
  return { words: new Uint32Array(bytes / 4), numBlocks: bytes / 32 }
}

/** The filter over an existing bitset (length a multiple of 32 bytes, at least 32). */
export function bloomFromBitset(bitset: Uint8Array): BloomFilter {
  if (bitset.length < BLOOM_MIN_BYTES || bitset.length % 32 !== 0) {
    throw new ParquetError('METADATA_INVALID', `expected a bloom filter bitset of whole 32-byte blocks, found ${bitset.length} bytes`)
  }
  const words = new Uint32Array(bitset.length / 4)
  const view = new DataView(bitset.buffer, bitset.byteOffset, bitset.byteLength)
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(4 * i, true)
  return { words, numBlocks: bitset.length / 32 }
}

function blockStart(filter: BloomFilter, hash: bigint): number {
  return Number(((hash >> 32n) * BigInt(filter.numBlocks)) >> 32n) * 8
}

/** Adds a value by its xxHash64. */
export function bloomInsert(filter: BloomFilter, hash: bigint): void {
  const start = blockStart(filter, hash)
  const key = Number(hash & 0xffff_ffffn)
  for (let i = 0; i < 8; i++) filter.words[start + i]! |= 1 << (Math.imul(key, SALT[i]!) >>> 27)
}

/** False when the value with this xxHash64 was certainly never inserted. */
export function bloomCheck(filter: BloomFilter, hash: bigint): boolean {
  const start = blockStart(filter, hash)
  const key = Number(hash & 0xffff_ffffn)
  for (let i = 0; i < 8; i++) {
    if ((filter.words[start + i]! & (1 << (Math.imul(key, SALT[i]!) >>> 27))) === 0) return false
  }
  return true
}

/** xxHash64 (seed 0) of a plain-encoded value. */
export function bloomHash(plain: Uint8Array): bigint {
  return xxhash64(plain)
}

/** The Thrift header (block algorithm, xxHash, uncompressed) followed by the bitset. */
export function encodeBloomFilter(filter: BloomFilter): Uint8Array {
  const w = makeWriter(32)
  const numBytes = filter.words.length * 4
  writeBloomFilterHeader(w, { numBytes, algorithm: { BLOCK: {} }, hash: { XXHASH: {} }, compression: { UNCOMPRESSED: {} } })
  const header = writerBytes(w)
  const out = new Uint8Array(header.length + numBytes)
  out.set(header)
  const view = new DataView(out.buffer, header.length, numBytes)
  for (let i = 0; i < filter.words.length; i++) view.setUint32(4 * i, filter.words[i]!, true)
  return out
}
