/**
 * Zstandard compressor for ZSTD pages (Parquet Compression.md, codec id 6;
 * RFC 8878). Writes one frame with its content size and no checksum, split
 * into blocks of at most 128 KiB. Each block is LZ77-parsed with a hash
 * table (greedy matching, repeat offsets), then written as a Compressed
 * block (Huffman literals, FSE-coded sequences), or as an RLE or Raw block
 * when that is smaller.
 */
import { MIN_MATCH, type Matcher, type Matches, findMatches, matchList, matcher } from './lz77.js'
import { type HuffmanScratch, huffmanScratch, writeLiterals } from './zstd-huffman.js'
import { type SequenceCoder, type Sequences, sequenceCoder, writeSequences } from './zstd-sequences.js'

const MAX_BLOCK = 128 * 1024
/** Largest window announced; decoders may refuse more (the zstd tool's default limit). */
const MAX_WINDOW_LOG = 27
const MAX_SEQUENCES = Math.floor(MAX_BLOCK / MIN_MATCH) + 1

/** Compressor state for one frame. */
interface Encoder {
  src: Uint8Array
  matcher: Matcher
  matches: Matches
  /** Repeat offsets rep1..rep3 (RFC 8878 section 3.1.2.5). */
  rep: Int32Array
  seq: Sequences
  lits: Uint8Array
  litCount: number
  coder: SequenceCoder
  huffman: HuffmanScratch
  block: Uint8Array
}

/** Compresses `input` into one Zstandard frame. */
export function zstdCompress(input: Uint8Array): Uint8Array {
  const n = input.length
  const blocks = Math.max(1, Math.ceil(n / MAX_BLOCK))
  const out = new Uint8Array(18 + 3 * blocks + n)
  let op = writeFrameHeader(input.length, out)
  const e = encoder(input)
  for (let b = 0; b < blocks; b++) {
    const start = b * MAX_BLOCK
    const end = Math.min(n, start + MAX_BLOCK)
    op = writeBlock(e, start, end, b === blocks - 1, out, op)
  }
  return out.slice(0, op)
}

function encoder(src: Uint8Array): Encoder {
  const blockCap = Math.min(MAX_BLOCK, src.length)
  return {
    src,
    matcher: matcher(src, Math.min(src.length, 2 ** MAX_WINDOW_LOG), 1),
    matches: matchList(MAX_BLOCK),
    rep: Int32Array.of(1, 4, 8),
    seq: {
      count: 0,
      litLengths: new Uint32Array(MAX_SEQUENCES),
      matchLengths: new Uint32Array(MAX_SEQUENCES),
      offsetValues: new Uint32Array(MAX_SEQUENCES),
    },
    lits: new Uint8Array(blockCap),
    litCount: 0,
    coder: sequenceCoder(MAX_SEQUENCES),
    huffman: huffmanScratch(),
    block: new Uint8Array(blockCap + 1024),
  }
}

/** Magic, frame header descriptor, window descriptor when needed, content size. */
function writeFrameHeader(n: number, out: Uint8Array): number {
  out.set([0x28, 0xb5, 0x2f, 0xfd], 0)
  const single = n <= 2 ** MAX_WINDOW_LOG
  const fcsFlag = single && n < 256 ? 0 : n < 65536 + 256 ? 1 : n < 2 ** 32 ? 2 : 3
  out[4] = (fcsFlag << 6) | (single ? 0x20 : 0)
  let p = 5
  if (!single) out[p++] = (MAX_WINDOW_LOG - 10) << 3
  const fcsBytes = fcsFlag === 0 ? 1 : 1 << fcsFlag
  let v = fcsFlag === 1 ? n - 256 : n
  for (let i = 0; i < fcsBytes; i++) {
    out[p++] = v % 256
    v = Math.floor(v / 256)
  }
  return p
}

function writeBlockHeader(out: Uint8Array, op: number, last: boolean, type: number, size: number): number {
  const h = (last ? 1 : 0) | (type << 1) | (size << 3)
  out[op] = h & 255
  out[op + 1] = (h >>> 8) & 255
  out[op + 2] = h >>> 16
  return op + 3
}

function writeBlock(e: Encoder, start: number, end: number, last: boolean, out: Uint8Array, op: number): number {
  const size = end - start
  if (size > 1 && isUniform(e.src, start, end)) {
    const p = writeBlockHeader(out, op, last, 1, size)
    out[p] = e.src[start]!
    return p + 1
  }
  const rep = e.rep.slice()
  const packed = size >= 16 ? compressBlock(e, start, end) : -1
  if (packed > 0 && packed < size) {
    const p = writeBlockHeader(out, op, last, 2, packed)
    out.set(e.block.subarray(0, packed), p)
    return p + packed
  }
  e.rep.set(rep) // a Raw block leaves the decoder's repeat offsets untouched
  const p = writeBlockHeader(out, op, last, 0, size)
  out.set(e.src.subarray(start, end), p)
  return p + size
}

function isUniform(src: Uint8Array, start: number, end: number): boolean {
  const first = src[start]
  for (let i = start + 1; i < end; i++) if (src[i] !== first) return false
  return true
}

/** Parses and encodes one block into `e.block`; returns its size, or -1 when not smaller than raw. */
function compressBlock(e: Encoder, start: number, end: number): number {
  findSequences(e, start, end)
  const size = end - start
  const p = writeLiterals(e.lits.subarray(0, e.litCount), e.block, 0, e.huffman)
  if (p >= size) return -1
  return writeSequences(e.seq, e.coder, e.block, p, size)
}

/** Parses the block, then turns its matches into sequences (offset values, repeat offsets) and literals. */
function findSequences(e: Encoder, start: number, end: number): void {
  const { src, matches: m, seq, rep, lits } = e
  findMatches(e.matcher, start, end, m)
  let ip = start
  let litCount = 0
  for (let i = 0; i < m.count; i++) {
    const ll = m.litLengths[i]!
    if (ll < 32) for (let k = 0; k < ll; k++) lits[litCount++] = src[ip + k]!
    else {
      lits.set(src.subarray(ip, ip + ll), litCount)
      litCount += ll
    }
    ip += ll + m.matchLengths[i]!
    const offset = m.offsets[i]!
    const ov = offsetValue(rep, ll, offset)
    updateRepeats(rep, ov, ll, offset)
    seq.litLengths[i] = ll
    seq.matchLengths[i] = m.matchLengths[i]!
    seq.offsetValues[i] = ov
  }
  for (; ip < end; ip++) lits[litCount++] = src[ip]!
  seq.count = m.count
  e.litCount = litCount
}

/** The offset value coding `offset` (RFC 8878 section 3.1.1.5): a repeat code 1..3 when possible, else offset + 3. */
function offsetValue(rep: Int32Array, ll: number, offset: number): number {
  if (ll > 0) {
    if (offset === rep[0]) return 1
    if (offset === rep[1]) return 2
    if (offset === rep[2]) return 3
    return offset + 3
  }
  if (offset === rep[1]) return 1
  if (offset === rep[2]) return 2
  if (offset === rep[0]! - 1) return 3
  return offset + 3
}

/** Applies RFC 8878 section 3.1.2.5's repeat-offset update for offset value `ov`. */
function updateRepeats(rep: Int32Array, ov: number, ll: number, offset: number): void {
  if (ov > 3) {
    rep[2] = rep[1]!
    rep[1] = rep[0]!
    rep[0] = offset
    return
  }
  const index = ll === 0 ? ov : ov - 1 // 0 = rep1, 1 = rep2, 2 = rep3, 3 = rep1 - 1
  if (index === 0) return
  if (index === 1) {
    rep[1] = rep[0]!
    rep[0] = offset
    return
  }
  rep[2] = rep[1]!
  rep[1] = rep[0]!
  rep[0] = offset
}
