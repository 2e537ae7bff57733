/**
 * Zstandard literals section encoder for the ZSTD page compressor (Parquet
 * Compression.md, codec id 6; RFC 8878 section 3.1.1.3.1 and 4.2): Raw, RLE
 * or Huffman-compressed literals, with a length-limited canonical Huffman
 * code whose weights are written directly or FSE-compressed.
 */
import { type BitWriter, addBits, bitWriter, closeStream, flushBits } from './bit-writer.js'
import { buildLengths } from './huffman-lengths.js'
import {
  buildFseTable,
  fseEncode,
  fseFlush,
  fseInitState,
  normalizeCounts,
  spreadSymbols,
  writeTableDescription,
} from './zstd-fse.js'

const MAX_BITS = 11
const WEIGHT_LOG = 6

/** Scratch space reused across blocks. */
export interface HuffmanScratch {
  freq: Uint32Array
  lengths: Uint8Array
  codes: Uint16Array
  order: Uint16Array
}

export function huffmanScratch(): HuffmanScratch {
  return { freq: new Uint32Array(256), lengths: new Uint8Array(256), codes: new Uint16Array(256), order: new Uint16Array(256) }
}

/** Writes the literals section for `lits` at `out[pos]`; returns the end offset. */
export function writeLiterals(lits: Uint8Array, out: Uint8Array, pos: number, s: HuffmanScratch): number {
  const n = lits.length
  const freq = s.freq
  freq.fill(0)
  for (let i = 0; i < n; i++) freq[lits[i]!]!++
  let maxSymbol = 255
  while (maxSymbol > 0 && freq[maxSymbol] === 0) maxSymbol--
  if (n > 0 && freq[maxSymbol] === n) return writeRleLiterals(lits[0]!, n, out, pos)
  if (n >= 64) {
    const end = writeHuffmanLiterals(lits, maxSymbol, out, pos, s)
    if (end > 0) return end
  }
  return writeRawLiterals(lits, out, pos)
}

function writeRawHeader(type: number, n: number, out: Uint8Array, pos: number): number {
  if (n < 32) {
    out[pos] = (n << 3) | type
    return pos + 1
  }
  if (n < 4096) {
    const h = (n << 4) | (1 << 2) | type
    out[pos] = h & 255
    out[pos + 1] = h >>> 8
    return pos + 2
  }
  const h = (n << 4) | (3 << 2) | type
  out[pos] = h & 255
  out[pos + 1] = (h >>> 8) & 255
  out[pos + 2] = h >>> 16
  return pos + 3
}

function writeRawLiterals(lits: Uint8Array, out: Uint8Array, pos: number): number {
  const p = writeRawHeader(0, lits.length, out, pos)
  out.set(lits, p)
  return p + lits.length
}

function writeRleLiterals(byte: number, n: number, out: Uint8Array, pos: number): number {
  const p = writeRawHeader(1, n, out, pos)
  out[p] = byte
  return p + 1
}

/** Huffman literals (type 2) when smaller than raw; returns the end offset, or 0 when not worth it. */
function writeHuffmanLiterals(lits: Uint8Array, maxSymbol: number, out: Uint8Array, pos: number, s: HuffmanScratch): number {
  const n = lits.length
  const maxLen = buildLengths(s.freq, maxSymbol, s.lengths, s.order, MAX_BITS)
  assignCodes(s.lengths, maxSymbol, maxLen, s.codes)
  const single = n < 1024
  const headerSize = single ? 3 : n < 16384 ? 4 : 5
  const treeStart = pos + headerSize
  const treeEnd = writeTree(s.lengths, maxSymbol, maxLen, out, treeStart)
  if (treeEnd < 0) return 0
  const limit = pos + n // must beat raw (header + n bytes)
  let end: number
  if (single) end = encodeStream(lits, s, out, treeEnd, limit)
  else end = encodeFourStreams(lits, s, out, treeEnd, limit)
  if (end < 0 || end >= limit) return 0
  writeCompressedHeader(single ? 0 : headerSize === 4 ? 2 : 3, n, end - treeStart, out, pos)
  return end
}

function writeCompressedHeader(sizeFormat: number, regen: number, comp: number, out: Uint8Array, pos: number): void {
  if (sizeFormat === 0) {
    const h = 2 | (sizeFormat << 2) | (regen << 4) | (comp << 14)
    out[pos] = h & 255
    out[pos + 1] = (h >>> 8) & 255
    out[pos + 2] = h >>> 16
    return
  }
  const bits = sizeFormat === 2 ? 14 : 18
  const low = (2 | (sizeFormat << 2) | (regen << 4)) + comp * 2 ** (4 + bits)
  for (let i = 0; i < (sizeFormat === 2 ? 4 : 5); i++) out[pos + i] = Math.floor(low / 2 ** (8 * i)) & 255
}

/** Encodes `lits` as one backward Huffman stream; returns its end, or -1 past `limit`. */
function encodeStream(lits: Uint8Array, s: HuffmanScratch, out: Uint8Array, pos: number, limit: number): number {
  const w = bitWriter(out, pos)
  const codes = s.codes
  const lengths = s.lengths
  for (let i = lits.length - 1; i >= 0; i--) {
    const sym = lits[i]!
    addBits(w, codes[sym]!, lengths[sym]!)
    if (w.pos >= limit) return -1
  }
  return closeStream(w)
}

function encodeFourStreams(lits: Uint8Array, s: HuffmanScratch, out: Uint8Array, pos: number, limit: number): number {
  const seg = (lits.length + 3) >>> 2
  let p = pos + 6
  for (let k = 0; k < 4; k++) {
    const start = p
    p = encodeStream(lits.subarray(k * seg, Math.min(lits.length, (k + 1) * seg)), s, out, p, limit)
    if (p < 0 || p - start > 0xffff) return -1
    if (k < 3) {
      out[pos + 2 * k] = (p - start) & 255
      out[pos + 2 * k + 1] = (p - start) >>> 8
    }
  }
  return p
}

/** Canonical codes as Zstandard assigns them: longest codes first, symbols in order within a length. */
function assignCodes(lengths: Uint8Array, maxSymbol: number, maxLen: number, codes: Uint16Array): void {
  const perLength = new Int32Array(maxLen + 1)
  for (let sym = 0; sym <= maxSymbol; sym++) perLength[lengths[sym]!]!++
  const next = new Int32Array(maxLen + 1)
  let val = 0
  for (let len = maxLen; len > 0; len--) {
    next[len] = val
    val = (val + perLength[len]!) >>> 1
  }
  for (let sym = 0; sym <= maxSymbol; sym++) {
    const len = lengths[sym]!
    if (len > 0) codes[sym] = next[len]!++
  }
}

/** Writes the Huffman tree description (weights of symbols 0..maxSymbol-1); returns the end, or -1. */
function writeTree(lengths: Uint8Array, maxSymbol: number, maxLen: number, out: Uint8Array, pos: number): number {
  const weights = new Uint8Array(maxSymbol)
  for (let sym = 0; sym < maxSymbol; sym++) weights[sym] = lengths[sym] ? maxLen + 1 - lengths[sym]! : 0
  const fseEnd = writeFseWeights(weights, out, pos)
  const directSize = maxSymbol <= 128 ? 1 + ((maxSymbol + 1) >>> 1) : Number.POSITIVE_INFINITY
  if (fseEnd > 0 && fseEnd - pos <= directSize) return fseEnd
  if (directSize === Number.POSITIVE_INFINITY) return -1
  out[pos] = 127 + maxSymbol
  for (let i = 0; i < maxSymbol; i += 2) out[pos + 1 + (i >>> 1)] = (weights[i]! << 4) | (weights[i + 1] ?? 0)
  return pos + directSize
}

/** FSE-compressed weights (two interleaved states); returns the end, or -1 when not representable. */
function writeFseWeights(weights: Uint8Array, out: Uint8Array, pos: number): number {
  const n = weights.length
  if (n < 2) return -1
  const counts = new Uint32Array(MAX_BITS + 1)
  let maxW = 0
  for (let i = 0; i < n; i++) {
    counts[weights[i]!]!++
    maxW = Math.max(maxW, weights[i]!)
  }
  if (counts[maxW] === n || counts[weights[0]!] === n) return -1
  const norm = normalizeCounts(counts, maxW, n, WEIGHT_LOG)
  const scratch = new Uint8Array(256)
  const w = bitWriter(scratch, 0)
  writeTableDescription(w, norm, maxW, WEIGHT_LOG)
  const descEnd = flushBits(w)
  const end = encodeWeights(weights, norm, maxW, w)
  if (end < 0 || end >= 128 || !weightsDecodeBack(weights, norm, maxW, scratch.subarray(descEnd, end))) return -1
  out[pos] = end
  out.set(scratch.subarray(0, end), pos + 1)
  return pos + 1 + end
}

function encodeWeights(weights: Uint8Array, norm: Int16Array, maxW: number, w: BitWriter): number {
  const t = buildFseTable(norm, maxW, WEIGHT_LOG)
  let i = weights.length
  let s1: number
  let s2: number
  if (i & 1) {
    s1 = fseInitState(t, weights[--i]!)
    s2 = fseInitState(t, weights[--i]!)
    s1 = fseEncode(w, t, s1, weights[--i]!)
  } else {
    s2 = fseInitState(t, weights[--i]!)
    s1 = fseInitState(t, weights[--i]!)
  }
  while (i > 0) {
    s2 = fseEncode(w, t, s2, weights[--i]!)
    s1 = fseEncode(w, t, s1, weights[--i]!)
    if (w.pos > 200) return -1
  }
  fseFlush(w, t, s2)
  fseFlush(w, t, s1)
  return closeStream(w)
}

/** A backward bit reader over a closed stream: `pos` counts the bits still unread (negative once overrun). */
interface BackReader {
  stream: Uint8Array
  pos: number
}

/** Reads `count` bits going backward; bits before the stream start read as zero. */
function readBack(r: BackReader, count: number): number {
  r.pos -= count
  let v = 0
  for (let i = 0; i < count; i++) {
    const bit = r.pos + i
    if (bit >= 0) v |= ((r.stream[bit >>> 3]! >>> (bit & 7)) & 1) << i
  }
  return v
}

/**
 * Decodes the weight stream as RFC 8878 section 4.2.1.2 describes (two
 * states; the stream ends when a state update overruns it) and checks it
 * gives back exactly `weights`. Guards against encodings a decoder would
 * read with a different symbol count.
 */
function weightsDecodeBack(weights: Uint8Array, norm: Int16Array, maxW: number, stream: Uint8Array): boolean {
  const { cells, nbBits, base } = decodingTable(norm, maxW)
  const r: BackReader = { stream, pos: (stream.length - 1) * 8 + (31 - Math.clz32(stream[stream.length - 1]!)) }
  const states = [readBack(r, WEIGHT_LOG), readBack(r, WEIGHT_LOG)]
  if (r.pos < 0) return false
  let k = 0
  for (let which = 0; k <= weights.length; which ^= 1) {
    const st = states[which]!
    if (cells[st] !== weights[k++]) return false
    states[which] = base[st]! + readBack(r, nbBits[st]!)
    if (r.pos < 0) return k + 1 === weights.length && cells[states[which ^ 1]!] === weights[k]
  }
  return false
}

/** The FSE decoding table of RFC 8878 section 4.1.1 for the weight distribution. */
function decodingTable(norm: Int16Array, maxW: number): { cells: Uint8Array; nbBits: Uint8Array; base: Int32Array } {
  const size = 1 << WEIGHT_LOG
  const cells = spreadSymbols(norm, maxW, WEIGHT_LOG)
  const next = new Int32Array(maxW + 1)
  for (let s = 0; s <= maxW; s++) next[s] = Math.abs(norm[s]!)
  const nbBits = new Uint8Array(size)
  const base = new Int32Array(size)
  for (let u = 0; u < size; u++) {
    const x = next[cells[u]!]!++
    nbBits[u] = WEIGHT_LOG - (31 - Math.clz32(x))
    base[u] = (x << nbBits[u]!) - size
  }
  return { cells, nbBits, base }
}
