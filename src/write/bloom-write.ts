/**
 * Bloom filters on the write side (BloomFilter.md): for the columns the
 * caller names, each column chunk gets a split-block filter over the xxHash64
 * of every distinct value's plain encoding (INT32/INT64/FLOAT/DOUBLE little-
 * endian, BYTE_ARRAY without its length prefix, FIXED_LEN_BYTE_ARRAY as is).
 * It is sized from the expected distinct count (by default the chunk's own
 * distinct count) and false-positive rate. The encoded filters (header +
 * bitset) are stored after the row groups, before the page indexes.
 */
import type { ByteArrayColumn, FixedLenColumn } from '../encoding/types.js'
import { encodeUtf8 } from '../encoding/utf8.js'
import { ParquetError } from '../errors.js'
import type { PhysicalValues } from '../logical/to-js.js'
import type { SchemaNode } from '../metadata/schema.js'
import { bloomInsert, createBloomFilter, encodeBloomFilter } from '../query/bloom.js'
import { xxhash64 } from '../hash/xxhash64.js'

/** Per-column bloom filter request: `true` for the defaults. */
export type BloomOption = true | { ndv?: number; fpp?: number }

/** Default false-positive rate. */
export const DEFAULT_BLOOM_FPP = 0.01

/** The option naming `leaf` (exact path, or the longest enclosing group); undefined when none. */
export function bloomOptionFor(table: Record<string, BloomOption> | undefined, leaf: SchemaNode): BloomOption | undefined {
  if (!table) return undefined
  for (let n = leaf.path.length; n > 0; n--) {
    const key = leaf.path.slice(0, n).join('.')
    if (Object.hasOwn(table, key)) return table[key]
  }
  return undefined
}

/** Checks that every key names a column; throws ARGUMENT_INVALID otherwise. */
export function checkBloomOptions(table: Record<string, BloomOption> | undefined, leaves: readonly SchemaNode[]): void {
  for (const [key, option] of Object.entries(table ?? {})) {
    const known = leaves.some((l) => l.path.join('.') === key || l.path.join('.').startsWith(`${key}.`))
    if (!known) throw new ParquetError('ARGUMENT_INVALID', `expected bloomFilters to name a column, found '${key}'`)
    if (option !== true && (typeof option !== 'object' || option === null)) {
      throw new ParquetError('ARGUMENT_INVALID', `expected bloomFilters['${key}'] to be true or { ndv, fpp }`)
    }
  }
}

/** The encoded bloom filter (header + bitset) of a chunk's dense physical values, and where its bitset starts. */
export function buildChunkBloom(values: PhysicalValues, leaf: SchemaNode, option: BloomOption): { bytes: Uint8Array; headerLength: number } {
  const keys = distinctPlain(values, leaf)
  const settings = option === true ? {} : option
  const filter = createBloomFilter(settings.ndv ?? Math.max(1, keys.length), settings.fpp ?? DEFAULT_BLOOM_FPP)
  for (const key of keys) bloomInsert(filter, xxhash64(key))
  const bytes = encodeBloomFilter(filter)
  return { bytes, headerLength: bytes.length - 4 * filter.words.length }
}

/** The plain encoding of each distinct value. */
function distinctPlain(values: PhysicalValues, leaf: SchemaNode): Uint8Array[] {
  if (Array.isArray(values)) return [...new Set(values as readonly string[])].map(encodeUtf8)
  if ('offsets' in values) return distinctBytes(values as ByteArrayColumn)
  if ('width' in values) return distinctFixed(values as FixedLenColumn)
  if (leaf.physicalType === 'BOOLEAN') {
    throw new ParquetError('ARGUMENT_INVALID', 'bloom filters are not defined for BOOLEAN columns', { column: leaf.path.join('.') })
  }
  const typed = values as Int32Array | BigInt64Array | Float32Array | Float64Array
  const width = typed.BYTES_PER_ELEMENT
  const out: Uint8Array[] = []
  const seen = new Set<number | bigint>()
  for (let i = 0; i < typed.length; i++) {
    const v = typed[i]!
    if (seen.has(v) && !(typeof v === 'number' && v === 0)) continue
    seen.add(v)
    out.push(new Uint8Array(typed.buffer, typed.byteOffset + i * width, width).slice())
  }
  return out
}

function distinctBytes(col: ByteArrayColumn): Uint8Array[] {
  const seen = new Set<string>()
  const out: Uint8Array[] = []
  for (let i = 0; i + 1 < col.offsets.length; i++) {
    const bytes = col.bytes.subarray(col.offsets[i]!, col.offsets[i + 1]!)
    const key = String.fromCharCode(...bytes.subarray(0, 64)) + bytes.length
    if (bytes.length <= 64 && seen.has(key)) continue
    seen.add(key)
    out.push(bytes)
  }
  return out
}

function distinctFixed(col: FixedLenColumn): Uint8Array[] {
  const out: Uint8Array[] = []
  for (let i = 0; i * col.width < col.bytes.length; i++) out.push(col.bytes.subarray(i * col.width, (i + 1) * col.width))
  return out
}
