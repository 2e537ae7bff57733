/**
 * Reading split-block bloom filters (BloomFilter.md; parquet.thrift
 * `BloomFilterHeader`, ColumnMetaData `bloom_filter_offset/length`): the
 * header is decoded and checked (split-block algorithm, xxHash, uncompressed,
 * 32 B to 128 MiB in whole blocks), then the bitset follows it. The filter
 * itself (sizing, insert, check, encoding) is in bloom.ts, which the writer
 * uses without this reading side.
 */
import { makeCursor } from '../cursor.js'
import { isParquetError, ParquetError, type ParquetErrorContext } from '../errors.js'
import type { BloomDecrypter } from '../crypto/options.js'
import type { BloomFilterHeader } from '../format/parquet.gen.js'
import { readBloomFilterHeader } from '../format/parquet-index.gen.js'
import type { ByteSource } from '../io/source.js'
import { BLOOM_MAX_BYTES, BLOOM_MIN_BYTES, type BloomFilter, bloomFromBitset } from './bloom.js'

/** The decoded header and where the bitset starts in `bytes`. */
export interface BloomHeaderInfo {
  header: BloomFilterHeader
  headerLength: number
}

/** Decodes and checks the header at the start of `bytes` (the algorithm, hash and compression this reader knows). */
export function decodeBloomHeader(bytes: Uint8Array, ctx: ParquetErrorContext = {}): BloomHeaderInfo {
  const cursor = makeCursor(bytes)
  let header: BloomFilterHeader
  try {
    header = readBloomFilterHeader(cursor)
  } catch (e) {
    if (!isParquetError(e)) throw e
    throw new ParquetError('METADATA_INVALID', `expected a BloomFilterHeader, found: ${e.message}`, ctx, { cause: e })
  }
  const { algorithm, hash, compression, numBytes } = header
  if (!algorithm.BLOCK || !hash.XXHASH || !compression.UNCOMPRESSED) {
    throw new ParquetError('METADATA_INVALID', 'expected a split-block, xxHash, uncompressed bloom filter, found another algorithm, hash or compression', ctx)
  }
  if (!Number.isInteger(numBytes) || numBytes < BLOOM_MIN_BYTES || numBytes > BLOOM_MAX_BYTES || numBytes % 32 !== 0) {
    throw new ParquetError('METADATA_INVALID', `expected a bloom filter of 32 B to 128 MiB in whole 32-byte blocks, found numBytes ${numBytes}`, ctx)
  }
  return { header, headerLength: cursor.offset }
}

/** Decodes a header followed by its bitset (as bloom_filter.xxhash.bin stores it). */
export function decodeBloomFilter(bytes: Uint8Array, ctx: ParquetErrorContext = {}): BloomFilter {
  const { header, headerLength } = decodeBloomHeader(bytes, ctx)
  const end = headerLength + header.numBytes
  if (end > bytes.length) {
    throw new ParquetError('METADATA_INVALID', `expected ${header.numBytes} bitset bytes after the bloom filter header, found ${bytes.length - headerLength}`, ctx)
  }
  return bloomFromBitset(bytes.subarray(headerLength, end))
}

/** Header bytes read first when bloom_filter_length is absent (headers are a few bytes). */
const HEADER_PROBE = 64

/** Checks that a filter at `offset` (`length` bytes, when known) lies within [4, limit); its error context. */
function checkPlace(offset: number, length: number | undefined, limit: number, ctx: ParquetErrorContext): ParquetErrorContext {
  const where = { ...ctx, offset }
  if (!Number.isSafeInteger(offset) || offset < 4 || offset >= limit || (length !== undefined && !(length > 0 && offset + length <= limit))) {
    throw new ParquetError('METADATA_INVALID', `expected the bloom filter inside the file (bytes 4 to ${limit}), found offset ${offset}, length ${length ?? 'absent'}`, where)
  }
  return where
}

/**
 * Reads the bloom filter at `offset` (with `length` when the chunk records
 * it; else the header is read first to learn numBytes). `limit` is where the
 * filter must end (the footer's start).
 */
export async function readBloomFilter(
  source: ByteSource, offset: number, length: number | undefined, limit: number, ctx: ParquetErrorContext = {}, signal?: AbortSignal,
): Promise<BloomFilter> {
  const where = checkPlace(offset, length, limit, ctx)
  if (length !== undefined) return decodeBloomFilter(await source.read(offset, offset + length, { signal }), where)
  const probe = await source.read(offset, Math.min(limit, offset + HEADER_PROBE), { signal })
  const { header, headerLength } = decodeBloomHeader(probe, where)
  const end = offset + headerLength + header.numBytes
  if (end > limit) throw new ParquetError('METADATA_INVALID', `expected the bloom filter bitset to end by byte ${limit}, found it ends at ${end}`, where)
  return bloomFromBitset(await source.read(offset + headerLength, end, { signal }))
}

/**
 * Reads an encrypted column's bloom filter: `length` bytes at `offset` (its
 * header and bitset modules), decrypted by `decrypt` (ParquetMetadata.decryption).
 */
export async function readEncryptedBloomFilter(
  source: ByteSource, offset: number, length: number, limit: number, decrypt: BloomDecrypter, ctx: ParquetErrorContext = {}, signal?: AbortSignal,
): Promise<BloomFilter> {
  const where = checkPlace(offset, length, limit, ctx)
  const { header, bitset } = await decrypt(await source.read(offset, offset + length, { signal }), where)
  const { numBytes } = decodeBloomHeader(header, where).header
  if (bitset.length !== numBytes) {
    throw new ParquetError('METADATA_INVALID', `expected a bitset module of the header's ${numBytes} bytes, found ${bitset.length}`, where)
  }
  return bloomFromBitset(bitset)
}
