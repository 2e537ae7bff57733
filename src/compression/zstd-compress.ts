/**
 * Zstandard compressor for ZSTD pages (Parquet Compression.md, codec id 6;
 * RFC 8878). Writes one frame with its content size and no checksum, split
 * into blocks of at most 128 KiB. Each block is LZ77-parsed with a hash
 * table (greedy matching, repeat offsets), then written as a Compressed
 * block (Huffman literals, FSE-coded sequences), or as an RLE or Raw block
 * when that is smaller.
 */
import { type HuffmanScratch, huffmanScratch, writeLiterals } from './zstd-huffman.js'
import { type SequenceCoder, type Sequences, sequenceCoder, writeSequences } from './zstd-sequences.js'

const MAX_BLOCK = 128 * 1024
/** Largest window announced; decoders may refuse more (the zstd tool's default limit). */
const MAX_WINDOW_LOG = 27
const HASH_LOG = 16
const MIN_MATCH = 6
const MAX_SEQUENCES = MAX_BLOCK / MIN_MATCH + 1

/** Compressor state for one frame. */
interface Encoder {
  src: Uint8Array
  hash: Int32Array
  /** Repeat offsets rep1..rep3 (RFC 8878 section 3.1.2.5). */
  rep: Int32Array
  maxDistance: number
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
    hash: new Int32Array(1 << HASH_LOG),
    rep: Int32Array.of(1, 4, 8),
    maxDistance: Math.min(src.length, 2 ** MAX_WINDOW_LOG),
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

function read32(src: Uint8Array, i: number): number {
  return src[i]! | (src[i + 1]! << 8) | (src[i + 2]! << 16) | (src[i + 3]! << 24)
}

/** Hash of the 6 bytes at `i`. */
function hashAt(src: Uint8Array, i: number): number {
  const hi = src[i + 4]! | (src[i + 5]! << 8)
  return (Math.imul(read32(src, i), 0x9e3779b1) ^ Math.imul(hi, 0x85ebca77)) >>> (32 - HASH_LOG)
}

/** True when the 6 bytes at `a` and `b` are equal. */
function matchesAt(src: Uint8Array, a: number, b: number): boolean {
  return read32(src, a) === read32(src, b) && src[a + 4] === src[b + 4] && src[a + 5] === src[b + 5]
}

/** Greedy LZ77 parse of `src[start..end)` into `e.seq` and `e.lits`. */
function findSequences(e: Encoder, start: number, end: number): void {
  const { src, hash, rep } = e
  e.seq.count = 0
  e.litCount = 0
  let anchor = start
  let ip = start
  const limit = end - 8
  while (ip < limit) {
    const h = hashAt(src, ip)
    const candidate = hash[h]! - 1
    hash[h] = ip + 1
    let from = -1
    if (ip > anchor && ip - rep[0]! >= 0 && matchesAt(src, ip, ip - rep[0]!)) from = ip - rep[0]!
    else if (candidate >= 0 && ip - candidate <= e.maxDistance && matchesAt(src, ip, candidate)) from = candidate
    if (from < 0) {
      ip += 1 + ((ip - anchor) >>> 7)
      continue
    }
    while (ip > anchor && from > 0 && src[ip - 1] === src[from - 1]) {
      ip--
      from--
    }
    let len = MIN_MATCH
    while (ip + len < end && src[ip + len] === src[from + len]) len++
    addSequence(e, anchor, ip, ip - from, len)
    ip += len
    anchor = ip
    if (ip < limit) {
      hash[hashAt(src, ip - 2)] = ip - 1
      hash[hashAt(src, ip - 1)] = ip
    }
  }
  appendLiterals(e, anchor, end)
}

function appendLiterals(e: Encoder, from: number, to: number): void {
  const { src, lits } = e
  let n = e.litCount
  for (let i = from; i < to; i++) lits[n++] = src[i]!
  e.litCount = n
}

/** Records literals `src[anchor..ip)` then a match of `len` bytes at `offset`, updating the repeat offsets. */
function addSequence(e: Encoder, anchor: number, ip: number, offset: number, len: number): void {
  const ll = ip - anchor
  appendLiterals(e, anchor, ip)
  const rep = e.rep
  let ov: number
  if (ll > 0 && offset === rep[0]) ov = 1
  else if (offset === rep[ll > 0 ? 1 : 2]) ov = ll > 0 ? 2 : 2
  else if (ll > 0 && offset === rep[2]) ov = 3
  else if (ll === 0 && offset === rep[1]) ov = 1
  else if (ll === 0 && offset === rep[0]! - 1) ov = 3
  else ov = offset + 3
  updateRepeats(rep, ov, ll, offset)
  const s = e.seq
  s.litLengths[s.count] = ll
  s.matchLengths[s.count] = len
  s.offsetValues[s.count] = ov
  s.count++
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
