/**
 * LZ77 match finding shared by the ZSTD and BROTLI page compressors (Parquet
 * Compression.md, codec ids 6 and 4): a greedy parse with one hash table of
 * 6-byte prefixes and a check of the last used offset first. Produces
 * (literal length, match length, offset) triples; each codec turns them into
 * its own commands.
 */

export const MIN_MATCH = 6
const HASH_LOG = 16

/** Matcher state for one input, kept across blocks so matches may reach back into earlier blocks. */
export interface Matcher {
  src: Uint8Array
  /** Position + 1 of the last occurrence of each hash (0: none). */
  hash: Int32Array
  /** Largest offset allowed. */
  maxDistance: number
  /** Offset of the previous match, tried first. */
  lastOffset: number
}

/** Triples found in one block. */
export interface Matches {
  count: number
  litLengths: Uint32Array
  matchLengths: Uint32Array
  offsets: Uint32Array
  /** Literals after the last match. */
  tail: number
}

export function matcher(src: Uint8Array, maxDistance: number, lastOffset: number): Matcher {
  return { src, hash: new Int32Array(1 << HASH_LOG), maxDistance, lastOffset }
}

export function matchList(maxBlock: number): Matches {
  const n = Math.floor(maxBlock / MIN_MATCH) + 1
  return { count: 0, litLengths: new Uint32Array(n), matchLengths: new Uint32Array(n), offsets: new Uint32Array(n), tail: 0 }
}

function read32(src: Uint8Array, i: number): number {
  return src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16) | (src[i + 3]! << 24)
}

/** Hash of the 6 bytes at `i`, whose first four are `v32`. */
function hash6(src: Uint8Array, i: number, v32: number): number {
  const hi = src[i + 4]! | (src[i + 5]! << 8)
  return (Math.imul(v32, 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77)) >>> (32 - HASH_LOG)
}

function hashAt(src: Uint8Array, i: number): number {
  return hash6(src, i, read32(src, i))
}

/** True when the 6 bytes at `b` equal those at `a`, whose first four are `a32`. */
function matchesAt(src: Uint8Array, a: number, a32: number, b: number): boolean {
  return (
    src[b] === (a32 & 255) &&
    (src[b]! | (src[b + 1]! << 8) | (src[b + 2]! << 16) | (src[b + 3]! << 24)) === a32 &&
    src[a + 4] === src[b + 4] &&
    src[a + 5] === src[b + 5]
  )
}

/** Looks up position `ip` (recording it in the hash table); returns a match source with 6 equal bytes, or -1. */
function probe(m: Matcher, ip: number, anchor: number): number {
  const { src, hash, maxDistance } = m
  const cur = read32(src, ip)
  const h = hash6(src, ip, cur)
  const candidate = hash[h]! - 1
  hash[h] = ip + 1
  const last = m.lastOffset
  if (ip > anchor && ip - last >= 0 && last <= maxDistance && matchesAt(src, ip, cur, ip - last)) return ip - last
  if (candidate >= 0 && ip - candidate <= maxDistance && matchesAt(src, ip, cur, candidate)) return candidate
  return -1
}

/** Length of the match at `ip` from `from` (at least MIN_MATCH), not past `end`. */
function matchLength(src: Uint8Array, ip: number, from: number, end: number): number {
  let len = MIN_MATCH
  while (ip + len < end && src[ip + len] === src[from + len]) len++
  return len
}

/**
 * Parse of `src[start..end)` (greedy with one step of lazy evaluation: a
 * longer match one byte later wins); matches stay inside the block, offsets
 * within `maxDistance`.
 */
export function findMatches(m: Matcher, start: number, end: number, out: Matches): void {
  const src = m.src
  let count = 0
  let anchor = start
  let ip = start
  const limit = end - 8
  while (ip < limit) {
    let from = probe(m, ip, anchor)
    if (from < 0) {
      ip += 1 + ((ip - anchor) >>> 7)
      continue
    }
    let len = matchLength(src, ip, from, end)
    const next = ip + 1 < limit ? probe(m, ip + 1, anchor) : -1
    if (next >= 0) {
      const nextLen = matchLength(src, ip + 1, next, end)
      if (nextLen > len + 1) {
        ip++
        from = next
        len = nextLen
      }
    }
    while (ip > anchor && from > 0 && src[ip - 1] === src[from - 1]) {
      ip--
      from--
      len++
    }
    out.litLengths[count] = ip - anchor
    out.matchLengths[count] = len
    out.offsets[count++] = ip - from
    m.lastOffset = ip - from
    ip += len
    anchor = ip
    if (ip < limit) insertTail(m, ip)
  }
  out.count = count
  out.tail = end - anchor
}

/** Records the two positions just before `ip` (the end of a match) in the hash table. */
function insertTail(m: Matcher, ip: number): void {
  m.hash[hashAt(m.src, ip - 2)] = ip - 1
  m.hash[hashAt(m.src, ip - 1)] = ip
}
