/**
 * Building dictionaries for the writer (Encodings.md, "Dictionary
 * Encoding"): each function maps values to indices of first occurrence order
 * and returns the distinct values, or `undefined` when the dictionary would
 * pass the limits, which signals falling back to a non-dictionary encoding.
 *
 * Equality is by value bits: -0 and 0 are distinct entries; for DOUBLE all
 * NaNs share one entry (the first NaN's bits), for FLOAT NaN bit patterns stay
 * distinct.
 */
import { gatherFixed, gatherNumeric } from './dictionary.js'
import type { ByteArrayColumn, FixedLenColumn } from './types.js'

export interface DictionaryLimits {
  /** Most distinct values (default 2^20). */
  maxEntries?: number
  /** Most bytes of the PLAIN-encoded dictionary page (default 1 MiB). */
  maxBytes?: number
}

export interface DictionaryBuild<D> {
  /** One dictionary index per input value. */
  indices: Int32Array
  /** The distinct values, in first-occurrence order. */
  dictionary: D
}

const DEFAULT_ENTRIES = 1 << 20
const DEFAULT_BYTES = 1 << 20

/**
 * Assigns indices to keys with a Map; returns the index of each key and the
 * source position of each entry, or undefined past the limits.
 */
function buildWithMap<K>(
  n: number,
  keys: ArrayLike<K>,
  entryBytes: (i: number) => number,
  limits: DictionaryLimits,
): { indices: Int32Array; firsts: number[] } | undefined {
  const maxEntries = limits.maxEntries ?? DEFAULT_ENTRIES
  const maxBytes = limits.maxBytes ?? DEFAULT_BYTES
  const map = new Map<K | 'neg0', number>()
  const indices = new Int32Array(n)
  const firsts: number[] = []
  let bytes = 0
  for (let i = 0; i < n; i++) {
    const raw = keys[i]!
    const key = raw === 0 && Object.is(raw, -0) ? 'neg0' : raw
    let k = map.get(key)
    if (k === undefined) {
      k = firsts.length
      bytes += entryBytes(i)
      if (k >= maxEntries || bytes > maxBytes) return undefined
      map.set(key, k)
      firsts.push(i)
    }
    indices[i] = k
  }
  return { indices, firsts }
}

function gatherFirsts<T extends Int32Array | BigInt64Array | Float32Array | Float64Array>(values: T, firsts: number[], make: (n: number) => T): T {
  const dict = make(firsts.length)
  gatherNumeric(values, Int32Array.from(firsts), 0, firsts.length, dict)
  return dict
}

export function buildDictionaryInt32(values: Int32Array, limits: DictionaryLimits = {}): DictionaryBuild<Int32Array> | undefined {
  const r = buildWithMap(values.length, values, () => 4, limits)
  return r && { indices: r.indices, dictionary: gatherFirsts(values, r.firsts, (n) => new Int32Array(n)) }
}

export function buildDictionaryInt64(values: BigInt64Array, limits: DictionaryLimits = {}): DictionaryBuild<BigInt64Array> | undefined {
  const r = buildWithMap(values.length, values, () => 8, limits)
  return r && { indices: r.indices, dictionary: gatherFirsts(values, r.firsts, (n) => new BigInt64Array(n)) }
}

export function buildDictionaryFloat(values: Float32Array, limits: DictionaryLimits = {}): DictionaryBuild<Float32Array> | undefined {
  const bits = new Int32Array(values.buffer, values.byteOffset, values.length)
  const r = buildWithMap(values.length, bits, () => 4, limits)
  return r && { indices: r.indices, dictionary: gatherFirsts(values, r.firsts, (n) => new Float32Array(n)) }
}

export function buildDictionaryDouble(values: Float64Array, limits: DictionaryLimits = {}): DictionaryBuild<Float64Array> | undefined {
  const r = buildWithMap(values.length, values, () => 8, limits)
  return r && { indices: r.indices, dictionary: gatherFirsts(values, r.firsts, (n) => new Float64Array(n)) }
}

/** Strings; the byte limit counts their UTF-8 length plus the 4-byte length prefix. */
export function buildDictionaryStrings(values: readonly string[], limits: DictionaryLimits = {}): DictionaryBuild<string[]> | undefined {
  const r = buildWithMap(values.length, values, (i) => 4 + utf8Length(values[i]!), limits)
  return r && { indices: r.indices, dictionary: r.firsts.map((i) => values[i]!) }
}

export function buildDictionaryFixed(col: FixedLenColumn, limits: DictionaryLimits = {}): DictionaryBuild<FixedLenColumn> | undefined {
  const n = col.width === 0 ? 0 : col.bytes.length / col.width
  const offsets = new Uint32Array(n + 1)
  for (let i = 1; i <= n; i++) offsets[i] = i * col.width
  const r = buildDictionaryByteArray({ offsets, bytes: col.bytes }, limits, col.width)
  if (!r) return undefined
  const firsts = firstOccurrences(r.indices, r.dictionary.offsets.length - 1)
  return { indices: r.indices, dictionary: gatherFixed(col, firsts, 0, firsts.length) }
}

function firstOccurrences(indices: Int32Array, size: number): Int32Array {
  const firsts = new Int32Array(size).fill(-1)
  for (let i = 0; i < indices.length; i++) if (firsts[indices[i]!] === -1) firsts[indices[i]!] = i
  return firsts
}

/**
 * BYTE_ARRAY values, hashed in an open-addressing table (no per-value
 * objects). The byte limit counts each entry's bytes plus `prefix` (4 for the
 * PLAIN length prefix).
 */
export function buildDictionaryByteArray(
  col: ByteArrayColumn,
  limits: DictionaryLimits = {},
  width = -1,
): DictionaryBuild<ByteArrayColumn> | undefined {
  const { offsets, bytes } = col
  const n = offsets.length - 1
  const maxEntries = limits.maxEntries ?? DEFAULT_ENTRIES
  const maxBytes = limits.maxBytes ?? DEFAULT_BYTES
  const prefix = width >= 0 ? 0 : 4
  let table: Int32Array = new Int32Array(64).fill(-1) // entry number, -1 = empty
  let firsts: Int32Array = new Int32Array(16) // source value of each entry
  let hashes: Int32Array = new Int32Array(16)
  let size = 0
  let total = 0
  const indices = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const a = offsets[i]!
    const b = offsets[i + 1]!
    const h = hashBytes(bytes, a, b)
    let slot = h & (table.length - 1)
    let k = table[slot]!
    while (k !== -1 && !(hashes[k] === h && sameBytes(bytes, offsets, firsts[k]!, a, b))) {
      slot = (slot + 1) & (table.length - 1)
      k = table[slot]!
    }
    if (k === -1) {
      total += prefix + b - a
      if (size >= maxEntries || total > maxBytes) return undefined
      k = size++
      if (k >= firsts.length) {
        firsts = grow(firsts)
        hashes = grow(hashes)
      }
      firsts[k] = i
      hashes[k] = h
      table[slot] = k
      if (size * 2 > table.length) table = rehash(table.length * 2, hashes, size)
    }
    indices[i] = k
  }
  return { indices, dictionary: collect(col, firsts, size) }
}

function hashBytes(bytes: Uint8Array, a: number, b: number): number {
  let h = 0x811c9dc5 ^ (b - a)
  for (let p = a; p < b; p++) h = Math.imul(h ^ bytes[p]!, 0x01000193)
  return h ^ (h >>> 15)
}

function sameBytes(bytes: Uint8Array, offsets: Uint32Array, j: number, a: number, b: number): boolean {
  const ja = offsets[j]!
  if (offsets[j + 1]! - ja !== b - a) return false
  for (let p = 0; p < b - a; p++) if (bytes[ja + p] !== bytes[a + p]) return false
  return true
}

function grow(arr: Int32Array): Int32Array {
  const next = new Int32Array(arr.length * 2)
  next.set(arr)
  return next
}

function rehash(capacity: number, hashes: Int32Array, size: number): Int32Array {
  const table = new Int32Array(capacity).fill(-1)
  for (let k = 0; k < size; k++) {
    let slot = hashes[k]! & (capacity - 1)
    while (table[slot] !== -1) slot = (slot + 1) & (capacity - 1)
    table[slot] = k
  }
  return table
}

function collect(col: ByteArrayColumn, firsts: Int32Array, size: number): ByteArrayColumn {
  const offsets = new Uint32Array(size + 1)
  for (let k = 0; k < size; k++) {
    const i = firsts[k]!
    offsets[k + 1] = offsets[k]! + col.offsets[i + 1]! - col.offsets[i]!
  }
  const bytes = new Uint8Array(offsets[size]!)
  for (let k = 0; k < size; k++) {
    const i = firsts[k]!
    bytes.set(col.bytes.subarray(col.offsets[i]!, col.offsets[i + 1]!), offsets[k]!)
  }
  return { offsets, bytes }
}

/** UTF-8 byte length of a string (lone surrogates count 3, as TextEncoder writes U+FFFD). */
export function utf8Length(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) continue
    if (c < 0x800) n += 1
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2
      i++
    } else n += 2
  }
  return n
}
