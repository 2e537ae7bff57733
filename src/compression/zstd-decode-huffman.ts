/**
 * Huffman decoding of ZSTD literals for the ZSTD page decompressor (Parquet
 * Compression.md, codec id 6; RFC 8878 section 4.2): the Huffman tree
 * description (direct or FSE-compressed weights), the canonical decoding
 * table derived from the weights, and the backward Huffman-coded streams
 * (one, or four after a jump table, decoded interleaved).
 */
import { codecError } from './codec-util.js'
import { bitsBelow, streamTop } from './zstd-bits.js'
import { readFseTable } from './zstd-decode-fse.js'
import type { LiteralsState } from './zstd-decode-literals.js'

/** Longest Huffman code (RFC 8878 section 4.2.1). */
export const MAX_HUFFMAN_BITS = 11

/** Reads the Huffman tree description at `pos` and builds `st.huff`; returns the offset after it. */
export function readHuffmanTable(b: Uint8Array, pos: number, end: number, st: LiteralsState): number {
  if (pos >= end) throw codecError('ZSTD', `expected a Huffman tree description at offset ${pos}, found the end of the literals`)
  const header = b[pos]!
  let count: number
  let next: number
  if (header >= 128) {
    count = header - 127
    next = pos + 1 + ((count + 1) >> 1)
    if (next > end) throw codecError('ZSTD', `Huffman weights at offset ${pos} run past the literals end ${end}`)
    for (let i = 0; i < count; i++) {
      const byte = b[pos + 1 + (i >> 1)]!
      st.weights[i] = i & 1 ? byte & 15 : byte >> 4
    }
  } else {
    next = pos + 1 + header
    if (header === 0 || next > end) throw codecError('ZSTD', `FSE-compressed Huffman weights at offset ${pos}: ${header} bytes do not fit before ${end}`)
    count = fseWeights(b, pos + 1, next, st)
  }
  buildHuffmanTable(st, count)
  return next
}

/** Reads `n` bits below `top` where bits below `lo` count as zeros. */
function bitsOrZeros(b: Uint8Array, lo: number, top: number, n: number): number {
  if (top - n >= lo) return bitsBelow(b, top, n)
  if (top <= lo) return 0
  return bitsBelow(b, top, top - lo) << (n - (top - lo))
}

/** Decodes FSE-compressed weights in [start, end): two interleaved states until the stream runs out. Returns the weight count. */
function fseWeights(b: Uint8Array, start: number, end: number, st: LiteralsState): number {
  const t = st.weightTable
  const streamStart = readFseTable(b, start, end, 6, 12, t, st.norm)
  const lo = streamStart * 8
  let p = streamTop(b, streamStart, end, 'Huffman weights')
  const s1 = bitsOrZeros(b, lo, p, t.log)
  p -= t.log
  const s2 = bitsOrZeros(b, lo, p, t.log)
  p -= t.log
  if (p < lo) throw codecError('ZSTD', `FSE-compressed Huffman weights at offset ${start}: the stream is shorter than its two states`)
  const { symbol, nbBits, baseline } = t
  const w = st.weights
  // Two interleaved states, used in turn; when the bits run out, the other state gives the last weight.
  const states = [s1, s2]
  let n = 0
  for (let k = 0; n < 254; k ^= 1) {
    const s = states[k]!
    w[n++] = symbol[s]!
    states[k] = baseline[s]! + bitsOrZeros(b, lo, p, nbBits[s]!)
    p -= nbBits[s]!
    if (p < lo) {
      w[n++] = symbol[states[k ^ 1]!]!
      return n
    }
  }
  throw codecError('ZSTD', `FSE-compressed Huffman weights at offset ${start}: more than 255 weights`)
}

/** Completes the weights with the implied last one and fills the canonical decoding table. */
function buildHuffmanTable(st: LiteralsState, count: number): void {
  const w = st.weights
  let sum = 0
  for (let i = 0; i < count; i++) {
    if (w[i]! > MAX_HUFFMAN_BITS) throw codecError('ZSTD', `Huffman weight ${w[i]} is over the maximum ${MAX_HUFFMAN_BITS}`)
    if (w[i]! > 0) sum += 1 << (w[i]! - 1)
  }
  if (sum === 0) throw codecError('ZSTD', 'Huffman weights are all zero, expected at least two symbols')
  const log = 32 - Math.clz32(sum)
  const rest = (1 << log) - sum
  if (log > MAX_HUFFMAN_BITS || (rest & (rest - 1)) !== 0) {
    throw codecError('ZSTD', `Huffman weights sum to ${sum}, which no last weight completes to a power of two within ${MAX_HUFFMAN_BITS} bits`)
  }
  w[count] = 32 - Math.clz32(rest)
  const rank = st.rankStart
  rank.fill(0)
  for (let i = 0; i <= count; i++) rank[w[i]!]!++
  if (rank[1] === 0) throw codecError('ZSTD', 'Huffman weights hold no weight 1, expected at least one')
  let next = 0
  for (let weight = 1; weight <= log; weight++) {
    const n = rank[weight]!
    rank[weight] = next
    next += n << (weight - 1)
  }
  for (let s = 0; s <= count; s++) {
    const weight = w[s]!
    if (weight === 0) continue
    const first = rank[weight]!
    const len = 1 << (weight - 1)
    st.huff.fill((s << 4) | (log + 1 - weight), first, first + len)
    rank[weight] = first + len
  }
  st.huffLog = log
}

/**
 * Decodes one Huffman stream in bytes [start, end) into `st.buf[from .. to)`;
 * the stream must be consumed exactly. Unread bits sit in the low `n` bits of
 * `acc`, loaded a byte at a time from `q` down to `start`; two symbols are
 * decoded per refill while at least 2 * log bits are there, the last few
 * symbols (where a lookup would reach below the stream start) by position.
 */
export function decodeStream(b: Uint8Array, start: number, end: number, st: LiteralsState, from: number, to: number): void {
  const table = st.huff
  const log = st.huffLog
  const mask = (1 << log) - 1
  const out = st.buf
  let q = end
  let acc = 0
  let n = streamTop(b, start, end, 'Huffman literals') - 8 * end
  let o = from
  for (;;) {
    while (n <= 24 && q > start) {
      acc = (acc << 8) | b[--q]!
      n += 8
    }
    if (n < 2 * log || o + 2 > to) break
    let e = table[(acc >>> (n - log)) & mask]!
    out[o++] = e >> 4
    n -= e & 15
    e = table[(acc >>> (n - log)) & mask]!
    out[o++] = e >> 4
    n -= e & 15
  }
  finishStream(b, start, 8 * q + n, st, o, to)
}

/** Decodes `st.buf[from .. to)` from bit position `top` of the stream starting at byte `start`, then checks it ends exactly there. */
function finishStream(b: Uint8Array, start: number, top: number, st: LiteralsState, from: number, to: number): void {
  const table = st.huff
  const log = st.huffLog
  const out = st.buf
  let p = top
  for (let o = from; o < to; o++) {
    const e = table[bitsBelow(b, p, log)]!
    out[o] = e >> 4
    p -= e & 15
  }
  if (p !== start * 8) {
    throw codecError('ZSTD', `Huffman literals stream at offset ${start}: ${p > start * 8 ? 'bits left over' : 'read past its start'} at its end`)
  }
}

/**
 * Four streams after a 6-byte jump table; each regenerates a quarter (the
 * last one the rest). The streams are independent, so they are decoded
 * interleaved, two symbols from each per round, which lets the CPU overlap
 * the four chains of table lookups; each stream's last few symbols are
 * finished one by one.
 */
export function decodeFourStreams(b: Uint8Array, pos: number, end: number, st: LiteralsState, regenerated: number): void {
  if (regenerated < 6) throw codecError('ZSTD', `4-stream literals at offset ${pos} regenerate ${regenerated} bytes, expected at least 6`)
  if (pos + 6 > end) throw codecError('ZSTD', `literals jump table at offset ${pos} runs past the literals end ${end}`)
  const s1 = pos + 6
  const s2 = s1 + (b[pos]! | (b[pos + 1]! << 8))
  const s3 = s2 + (b[pos + 2]! | (b[pos + 3]! << 8))
  const s4 = s3 + (b[pos + 4]! | (b[pos + 5]! << 8))
  if (s4 >= end) throw codecError('ZSTD', `literals jump table at offset ${pos}: the first three streams end at ${s4}, leaving none for the fourth before ${end}`)
  const quarter = (regenerated + 3) >> 2
  const table = st.huff
  const log = st.huffLog
  const mask = (1 << log) - 1
  const need = 2 * log
  const out = st.buf
  let [q1, q2, q3, q4] = [s2, s3, s4, end]
  let n1 = streamTop(b, s1, q1, 'Huffman literals') - 8 * q1
  let n2 = streamTop(b, s2, q2, 'Huffman literals') - 8 * q2
  let n3 = streamTop(b, s3, q3, 'Huffman literals') - 8 * q3
  let n4 = streamTop(b, s4, q4, 'Huffman literals') - 8 * q4
  let [a1, a2, a3, a4] = [0, 0, 0, 0]
  let o = 0 // stream k writes at o + k * quarter; stream 4, the shortest, bounds the rounds
  for (; 3 * quarter + o + 2 <= regenerated; o += 2) {
    while (n1 <= 24 && q1 > s1) {
      a1 = (a1 << 8) | b[--q1]!
      n1 += 8
    }
    while (n2 <= 24 && q2 > s2) {
      a2 = (a2 << 8) | b[--q2]!
      n2 += 8
    }
    while (n3 <= 24 && q3 > s3) {
      a3 = (a3 << 8) | b[--q3]!
      n3 += 8
    }
    while (n4 <= 24 && q4 > s4) {
      a4 = (a4 << 8) | b[--q4]!
      n4 += 8
    }
    if (n1 < need || n2 < need || n3 < need || n4 < need) break
    for (let k = 0; k < 2; k++) {
      const e1 = table[(a1 >>> (n1 - log)) & mask]!
      const e2 = table[(a2 >>> (n2 - log)) & mask]!
      const e3 = table[(a3 >>> (n3 - log)) & mask]!
      const e4 = table[(a4 >>> (n4 - log)) & mask]!
      out[o + k] = e1 >> 4
      out[quarter + o + k] = e2 >> 4
      out[2 * quarter + o + k] = e3 >> 4
      out[3 * quarter + o + k] = e4 >> 4
      n1 -= e1 & 15
      n2 -= e2 & 15
      n3 -= e3 & 15
      n4 -= e4 & 15
    }
  }
  finishStream(b, s1, 8 * q1 + n1, st, o, quarter)
  finishStream(b, s2, 8 * q2 + n2, st, quarter + o, 2 * quarter)
  finishStream(b, s3, 8 * q3 + n3, st, 2 * quarter + o, 3 * quarter)
  finishStream(b, s4, 8 * q4 + n4, st, 3 * quarter + o, regenerated)
}
