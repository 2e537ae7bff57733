/**
 * Building dictionaries for the writer (Encodings.md, "Dictionary
 * Encoding"): each function maps values to indices of first occurrence order
 * and returns the distinct values, or `undefined` when the dictionary would
 * pass the limits, which signals falling back to a non-dictionary encoding.
 *
 * Numbers are hashed by their bits in an open-addressing table. Equality is
 * by value bits: -0 and 0 are distinct entries; for DOUBLE all
 * NaNs share one entry (the first NaN's bits), for FLOAT NaN bit patterns stay
 * distinct.
 */
import { fixedToByteArray } from './byte-array.js'
import { gatherByteArray, gatherNumeric } from './dictionary.js'
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

interface WordBuild {
  indices: Int32Array
  firsts: Int32Array
  size: number
}

/**
 * Assigns indices to values given as `stride` 32-bit words each (their bits),
 * in an open-addressing table (no per-value objects); `nan` makes every
 * DOUBLE NaN one key. Returns the index of each value and the source position
 * of each entry, or undefined past the limits.
 */
function buildWords(words: Int32Array, stride: 1 | 2, n: number, entryBytes: number, limits: DictionaryLimits, nan = false): WordBuild | undefined {
  const maxEntries = Math.min(limits.maxEntries ?? DEFAULT_ENTRIES, Math.floor((limits.maxBytes ?? DEFAULT_BYTES) / entryBytes))
  let table: Int32Array = new Int32Array(1024).fill(-1)
  let keys: Int32Array = new Int32Array(256 * stride)
  let firsts: Int32Array = new Int32Array(256)
  let mask = table.length - 1
  let size = 0
  const indices = new Int32Array(n)
  const loAt = stride === 2 && new Uint8Array(Uint16Array.of(1).buffer)[0] === 0 ? 1 : 0
  for (let i = 0; i < n; i++) {
    let lo = words[i * stride + loAt]!
    let hi = stride === 2 ? words[i * stride + 1 - loAt]! : 0
    if (nan && (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | lo) !== 0) {
      hi = 0x7ff80000
      lo = 0
    }
    let h = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1)
    h ^= h >>> 15
    let slot = h & mask
    let k = table[slot]!
    while (k !== -1 && !(keys[k * stride] === lo && (stride === 1 || keys[k * stride + 1] === hi))) {
      slot = (slot + 1) & mask
      k = table[slot]!
    }
    if (k === -1) {
      if (size >= maxEntries) return undefined
      k = size++
      if (k >= firsts.length) {
        firsts = grow(firsts)
        keys = grow(keys)
      }
      keys[k * stride] = lo
      if (stride === 2) keys[k * stride + 1] = hi
      firsts[k] = i
      table[slot] = k
      if (size * 2 > table.length) {
        table = rehashWords(table.length * 2, keys, stride, size)
        mask = table.length - 1
      }
    }
    indices[i] = k
  }
  return { indices, firsts, size }
}

function rehashWords(capacity: number, keys: Int32Array, stride: 1 | 2, size: number): Int32Array {
  const table = new Int32Array(capacity).fill(-1)
  for (let k = 0; k < size; k++) {
    const lo = keys[k * stride]!
    const hi = stride === 2 ? keys[k * stride + 1]! : 0
    let h = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1)
    h ^= h >>> 15
    let slot = h & (capacity - 1)
    while (table[slot] !== -1) slot = (slot + 1) & (capacity - 1)
    table[slot] = k
  }
  return table
}

/** The 32-bit words of a numeric array's bytes. */
function wordsOf(values: Int32Array | BigInt64Array | Float32Array | Float64Array): Int32Array {
  if (values.byteOffset % 4 === 0) return new Int32Array(values.buffer, values.byteOffset, (values.length * values.BYTES_PER_ELEMENT) / 4)
  return new Int32Array(new Uint8Array(values.buffer, values.byteOffset, values.byteLength).slice().buffer)
}

function gatherFirsts<T extends Int32Array | BigInt64Array | Float32Array | Float64Array>(values: T, r: WordBuild, make: (n: number) => T): T {
  const dict = make(r.size)
  gatherNumeric(values, r.firsts, 0, r.size, dict)
  return dict
}

export function buildDictionaryInt32(values: Int32Array, limits: DictionaryLimits = {}): DictionaryBuild<Int32Array> | undefined {
  const r = buildWords(values, 1, values.length, 4, limits)
  return r && { indices: r.indices, dictionary: gatherFirsts(values, r, (n) => new Int32Array(n)) }
}

export function buildDictionaryInt64(values: BigInt64Array, limits: DictionaryLimits = {}): DictionaryBuild<BigInt64Array> | undefined {
  const r = buildWords(wordsOf(values), 2, values.length, 8, limits)
  return r && { indices: r.indices, dictionary: gatherFirsts(values, r, (n) => new BigInt64Array(n)) }
}

export function buildDictionaryFloat(values: Float32Array, limits: DictionaryLimits = {}): DictionaryBuild<Float32Array> | undefined {
  const r = buildWords(wordsOf(values), 1, values.length, 4, limits)
  return r && { indices: r.indices, dictionary: gatherFirsts(values, r, (n) => new Float32Array(n)) }
}

export function buildDictionaryDouble(values: Float64Array, limits: DictionaryLimits = {}): DictionaryBuild<Float64Array> | undefined {
  const r = buildWords(wordsOf(values), 2, values.length, 8, limits, true)
  return r && { indices: r.indices, dictionary: gatherFirsts(values, r, (n) => new Float64Array(n)) }
}

/** Strings; the byte limit counts their UTF-8 length plus the 4-byte length prefix. */
export function buildDictionaryStrings(values: readonly string[], limits: DictionaryLimits = {}): DictionaryBuild<string[]> | undefined {
  const r = buildDictionaryStringsPrefix(values, limits)
  return r.covered === values.length ? { indices: r.indices, dictionary: r.dictionary } : undefined
}

/** A string dictionary of a leading run of values, which a later call may extend. */
export interface StringPrefixBuild extends DictionaryBuild<string[]> {
  /** Values [0, covered) have indices. */
  covered: number
  /** A new entry past the limits stopped the build at `covered`: it cannot be extended. */
  stopped: boolean
  /** UTF-8 length of each entry. */
  lengths: number[]
  /** PLAIN bytes of the entries (lengths plus 4-byte prefixes). */
  bytes: number
  map: Map<string, number>
}

/**
 * Builds the dictionary of values [0, until) value by value, stopping before
 * a new entry that would pass the limits; with `from`, continues that build
 * (same values, same limits). Entries come in first-occurrence order, so the
 * dictionary of any prefix [0, end <= covered) is the first (1 + largest
 * index in it) entries: one build answers every prefix.
 */
export function buildDictionaryStringsPrefix(
  values: readonly string[], limits: DictionaryLimits = {}, until = values.length, from?: StringPrefixBuild,
): StringPrefixBuild {
  const maxEntries = limits.maxEntries ?? DEFAULT_ENTRIES
  const maxBytes = limits.maxBytes ?? DEFAULT_BYTES
  const b: StringPrefixBuild = from ?? {
    indices: new Int32Array(values.length), dictionary: [], lengths: [], bytes: 0, map: new Map(), covered: 0, stopped: false,
  }
  if (b.stopped) return b
  const { map, dictionary, lengths, indices } = b
  let bytes = b.bytes
  let i = b.covered
  for (; i < until; i++) {
    const v = values[i]!
    let k = map.get(v)
    if (k === undefined) {
      k = dictionary.length
      const length = utf8Length(v)
      if (k >= maxEntries || bytes + 4 + length > maxBytes) {
        b.stopped = true
        break
      }
      bytes += 4 + length
      map.set(v, k)
      dictionary.push(v)
      lengths.push(length)
    }
    indices[i] = k
  }
  b.covered = i
  b.bytes = bytes
  return b
}

/** FIXED_LEN_BYTE_ARRAY values: the BYTE_ARRAY build over the same bytes (no length prefix), whose entries are `width` bytes each. */
export function buildDictionaryFixed(col: FixedLenColumn, limits: DictionaryLimits = {}): DictionaryBuild<FixedLenColumn> | undefined {
  const r = buildDictionaryByteArray(fixedToByteArray(col), limits, col.width)
  return r && { indices: r.indices, dictionary: { width: col.width, bytes: r.dictionary.bytes } }
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
  return { indices, dictionary: gatherByteArray(col, firsts, 0, size) }
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

/** Any UTF-16 code unit outside ASCII (surrogates included: no `u` flag). */
const NON_ASCII = /[\u0080-\uffff]/

/**
 * UTF-8 byte length of a string (lone surrogates count 3, as TextEncoder
 * writes U+FFFD). In a longer string a regular expression finds the first
 * non-ASCII character (native, two to three times faster than the loop over
 * an ASCII run); the loop counts from there.
 */
export function utf8Length(s: string): number {
  let i = 0
  if (s.length > 12) {
    i = s.search(NON_ASCII)
    if (i < 0) return s.length
  }
  let n = s.length
  for (; i < s.length; i++) {
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
