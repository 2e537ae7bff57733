/**
 * Literals section decoding for the ZSTD page decompressor (Parquet
 * Compression.md, codec id 6; RFC 8878 sections 3.1.1.3.1 and 4.2): Raw, RLE,
 * Huffman-compressed (1 or 4 streams) and treeless literals, the Huffman tree
 * description (direct or FSE-compressed weights) and the canonical decoding
 * table derived from the weights.
 */
import { codecError } from './codec-util.js'
import { bitsBelow, streamTop } from './zstd-bits.js'
import { type FseDecodeTable, fseDecodeTable, readFseTable } from './zstd-decode-fse.js'

const MAX_HUFFMAN_BITS = 11

/** Literals state of one decompression: the Huffman table kept for treeless blocks, scratch, and where the block's literals are. */
export interface LiteralsState {
  /** Decoding table indexed by the next `huffLog` bits: symbol << 4 | code length. */
  huff: Uint16Array
  /** Bits per lookup in `huff`; 0 while the frame has no Huffman table yet. */
  huffLog: number
  weights: Uint8Array
  rankStart: Uint16Array
  weightTable: FseDecodeTable
  norm: Int16Array
  /** Decoded literals (RLE and Huffman), at most `capacity` bytes. */
  buf: Uint8Array
  capacity: number
  /** This block's literals: `src[start .. start + count)`. */
  src: Uint8Array
  start: number
  count: number
}

/** Literals state for output of `outputSize` bytes (the buffer is allocated on first use). */
export function literalsState(outputSize: number): LiteralsState {
  const capacity = Math.min(outputSize, 128 * 1024)
  return {
    huff: new Uint16Array(1 << MAX_HUFFMAN_BITS),
    huffLog: 0,
    weights: new Uint8Array(256),
    rankStart: new Uint16Array(MAX_HUFFMAN_BITS + 2),
    weightTable: fseDecodeTable(6),
    norm: new Int16Array(16),
    buf: new Uint8Array(0),
    capacity,
    src: new Uint8Array(0),
    start: 0,
    count: 0,
  }
}

/** Decodes the literals section at `pos` (the block ends at `end`) into `st`; returns the offset after it. */
export function decodeLiterals(b: Uint8Array, pos: number, end: number, st: LiteralsState, blockMax: number): number {
  if (pos >= end) throw codecError('ZSTD', `expected a literals section at offset ${pos}, found the end of the block`)
  const b0 = b[pos]!
  const type = b0 & 3
  if (type < 2) return rawOrRle(b, pos, end, st, blockMax)
  const format = (b0 >> 2) & 3
  const headerBytes = format < 2 ? 3 : format + 2
  if (pos + headerBytes > end) throw codecError('ZSTD', `literals header at offset ${pos} runs past the block end ${end}`)
  const h = (b0 | (b[pos + 1]! << 8) | (b[pos + 2]! << 16) | (headerBytes > 3 ? b[pos + 3]! << 24 : 0)) >>> 0
  const sizeBits = format < 2 ? 10 : format === 2 ? 14 : 18
  const regenerated = (h >>> 4) & ((1 << sizeBits) - 1)
  const compressed = format === 3 ? (h >>> 22) | (b[pos + 4]! << 10) : h >>> (4 + sizeBits)
  const streamsEnd = pos + headerBytes + compressed
  if (streamsEnd > end) throw codecError('ZSTD', `compressed literals at offset ${pos} (${compressed} bytes) run past the block end ${end}`)
  checkRegenerated(regenerated, st, blockMax, pos)
  let p = pos + headerBytes
  if (type === 2) p = readHuffmanTable(b, p, streamsEnd, st)
  else if (st.huffLog === 0) throw codecError('ZSTD', `treeless literals at offset ${pos}, but the frame has no Huffman table yet`)
  if (format === 0) decodeStream(b, p, streamsEnd, st, 0, regenerated)
  else decodeFourStreams(b, p, streamsEnd, st, regenerated)
  st.src = st.buf
  st.start = 0
  st.count = regenerated
  return streamsEnd
}

function rawOrRle(b: Uint8Array, pos: number, end: number, st: LiteralsState, blockMax: number): number {
  const b0 = b[pos]!
  const format = (b0 >> 2) & 3
  const headerBytes = (format & 1) === 0 ? 1 : format === 1 ? 2 : 3
  if (pos + headerBytes > end) throw codecError('ZSTD', `literals header at offset ${pos} runs past the block end ${end}`)
  const size = headerBytes === 1 ? b0 >> 3 : headerBytes === 2 ? (b0 >> 4) | (b[pos + 1]! << 4) : (b0 >> 4) | (b[pos + 1]! << 4) | (b[pos + 2]! << 12)
  if (size > blockMax) throw codecError('ZSTD', `literals section at offset ${pos} holds ${size} bytes, over the block maximum ${blockMax}`)
  const p = pos + headerBytes
  if ((b0 & 3) === 0) {
    if (p + size > end) throw codecError('ZSTD', `raw literals at offset ${pos} (${size} bytes) run past the block end ${end}`)
    st.src = b
    st.start = p
    st.count = size
    return p + size
  }
  if (p >= end) throw codecError('ZSTD', `RLE literals at offset ${pos}: expected the byte to repeat, found the block end`)
  checkRegenerated(size, st, blockMax, pos)
  st.buf.fill(b[p]!, 0, size)
  st.src = st.buf
  st.start = 0
  st.count = size
  return p + 1
}

/** Bounds the literal count and makes sure the buffer can hold it. */
function checkRegenerated(size: number, st: LiteralsState, blockMax: number, pos: number): void {
  if (size > blockMax || size > st.capacity) {
    throw codecError('ZSTD', `literals section at offset ${pos} regenerates ${size} bytes, over the limit of ${Math.min(blockMax, st.capacity)} (block maximum or expected size)`)
  }
  if (st.buf.length < size) st.buf = new Uint8Array(st.capacity)
}

/** Reads the Huffman tree description at `pos` and builds `st.huff`; returns the offset after it. */
function readHuffmanTable(b: Uint8Array, pos: number, end: number, st: LiteralsState): number {
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
  let s1 = bitsOrZeros(b, lo, p, t.log)
  p -= t.log
  let s2 = bitsOrZeros(b, lo, p, t.log)
  p -= t.log
  if (p < lo) throw codecError('ZSTD', `FSE-compressed Huffman weights at offset ${start}: the stream is shorter than its two states`)
  const { symbol, nbBits, baseline } = t
  const w = st.weights
  let n = 0
  for (;;) {
    if (n >= 254) break // another round would make more than 255
    w[n++] = symbol[s1]!
    const nb1 = nbBits[s1]!
    s1 = baseline[s1]! + bitsOrZeros(b, lo, p, nb1)
    p -= nb1
    if (p < lo) {
      w[n++] = symbol[s2]!
      return n
    }
    w[n++] = symbol[s2]!
    const nb2 = nbBits[s2]!
    s2 = baseline[s2]! + bitsOrZeros(b, lo, p, nb2)
    p -= nb2
    if (p < lo) {
      w[n++] = symbol[s1]!
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
 * symbols (where a lookup would reach below the stream start) one at a time
 * by position.
 */
function decodeStream(b: Uint8Array, start: number, end: number, st: LiteralsState, from: number, to: number): void {
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
  let p = 8 * q + n
  for (; o < to; o++) {
    const e = table[bitsBelow(b, p, log)]!
    out[o] = e >> 4
    p -= e & 15
  }
  if (p !== start * 8) {
    throw codecError('ZSTD', `Huffman literals stream at offset ${start}: ${p > start * 8 ? 'bits left over' : 'read past its start'} after ${to - from} symbols`)
  }
}

/** Four streams after a 6-byte jump table; each regenerates a quarter (the last one the rest). */
function decodeFourStreams(b: Uint8Array, pos: number, end: number, st: LiteralsState, regenerated: number): void {
  if (regenerated < 6) throw codecError('ZSTD', `4-stream literals at offset ${pos} regenerate ${regenerated} bytes, expected at least 6`)
  if (pos + 6 > end) throw codecError('ZSTD', `literals jump table at offset ${pos} runs past the literals end ${end}`)
  const size1 = b[pos]! | (b[pos + 1]! << 8)
  const size2 = b[pos + 2]! | (b[pos + 3]! << 8)
  const size3 = b[pos + 4]! | (b[pos + 5]! << 8)
  const start2 = pos + 6 + size1
  const start3 = start2 + size2
  const start4 = start3 + size3
  if (start4 >= end) throw codecError('ZSTD', `literals jump table at offset ${pos}: streams of ${size1}, ${size2}, ${size3} bytes leave none for the fourth before ${end}`)
  const quarter = (regenerated + 3) >> 2
  decodeStream(b, pos + 6, start2, st, 0, quarter)
  decodeStream(b, start2, start3, st, quarter, 2 * quarter)
  decodeStream(b, start3, start4, st, 2 * quarter, 3 * quarter)
  decodeStream(b, start4, end, st, 3 * quarter, regenerated)
}
