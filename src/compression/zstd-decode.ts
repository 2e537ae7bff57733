/**
 * Zstandard frame decoding for the ZSTD page decompressor (Parquet
 * Compression.md, codec id 6; RFC 8878 section 3.1): Zstandard and skippable
 * frames back to back, the frame header (descriptor, window, dictionary id,
 * content size, single segment), raw / RLE / compressed blocks with the block
 * size limit, and the optional content checksum (XXH64, low 32 bits).
 *
 * Output goes straight into the caller's array, whose length is the page's
 * uncompressed size: a frame that would write past it, or a frame whose
 * content size disagrees with what it produced, is a CODEC_INVALID error.
 */
import { xxhash64Low32 } from '../hash/xxhash64.js'
import { codecError, readUint32LE } from './codec-util.js'
import { type LiteralsState, decodeLiterals, literalsState } from './zstd-decode-literals.js'
import { type BlockOutput, type SequencesState, decodeSequences, resetSequences, sequencesState } from './zstd-decode-sequences.js'

const FRAME_MAGIC = 0xfd2fb528
const MAX_BLOCK = 128 * 1024

/** State shared by the frames of one decompression. */
interface Decoder {
  lits: LiteralsState
  seqs: SequencesState
  o: BlockOutput
}

/**
 * The tables and buffers of the decoder (~10 KB, and the literals buffer):
 * made on first use and reused by every page, as decoding is synchronous.
 * Every frame resets what it reads from them.
 */
let tables: { lits: LiteralsState; seqs: SequencesState } | undefined

/**
 * Decodes every frame of `input` into `out` from offset 0; returns the bytes
 * written. Throws CODEC_INVALID on corrupt input and when the frames would
 * write more than `out.length` bytes. Frames that carry a content checksum
 * have it checked.
 */
export function zstdDecompressInto(input: Uint8Array, out: Uint8Array): number {
  tables ??= { lits: literalsState(), seqs: sequencesState() }
  const d: Decoder = { lits: tables.lits, seqs: tables.seqs, o: { out, op: 0, limit: out.length, frameStart: 0 } }
  d.lits.capacity = Math.min(out.length, MAX_BLOCK)
  try {
    return decodeFrames(input, d)
  } finally {
    // The reused state keeps no page alive.
    d.lits.src = d.lits.buf
  }
}

function decodeFrames(input: Uint8Array, d: Decoder): number {
  let ip = 0
  while (ip < input.length) {
    if (ip + 8 > input.length) throw codecError('ZSTD', `expected a frame header at offset ${ip}, found ${input.length - ip} bytes`)
    const magic = readUint32LE(input, ip)
    if ((magic & 0xfffffff0) >>> 0 === 0x184d2a50) {
      const end = ip + 8 + readUint32LE(input, ip + 4)
      if (end > input.length) throw codecError('ZSTD', `skippable frame at offset ${ip} runs past the input end ${input.length}`)
      ip = end
    } else if (magic === FRAME_MAGIC) ip = decodeFrame(input, ip, d)
    else throw codecError('ZSTD', `expected frame magic 0xfd2fb528 at offset ${ip}, found 0x${magic.toString(16)}`)
  }
  return d.o.op
}

/** What a frame header says. */
interface FrameHeader {
  /** Offset of the first block. */
  pos: number
  /** Declared content size, or -1 when absent. */
  contentSize: number
  windowSize: number
  hasChecksum: boolean
}

/** Decodes the frame at `start`; returns the offset after it. */
function decodeFrame(b: Uint8Array, start: number, d: Decoder): number {
  const h = readFrameHeader(b, start)
  const o = d.o
  const room = o.out.length - o.op
  if (h.contentSize > room) throw codecError('ZSTD', `frame at offset ${start} declares ${h.contentSize} bytes, only ${room} remain of the expected size`)
  o.frameStart = o.op
  const frameLimit = h.contentSize >= 0 ? o.op + h.contentSize : o.out.length
  const blockMax = Math.min(h.windowSize, MAX_BLOCK)
  d.lits.huffLog = 0
  resetSequences(d.seqs)
  let pos = h.pos
  for (let last = 0; !last; ) {
    if (pos + 3 > b.length) throw codecError('ZSTD', `block header at offset ${pos} runs past the input end ${b.length}`)
    const header = b[pos]! | (b[pos + 1]! << 8) | (b[pos + 2]! << 16)
    last = header & 1
    pos = decodeBlock(b, pos, (header >> 1) & 3, header >>> 3, d, Math.min(frameLimit, o.op + blockMax), blockMax)
  }
  if (h.contentSize >= 0 && o.op - o.frameStart !== h.contentSize) {
    throw codecError('ZSTD', `frame at offset ${start} declares ${h.contentSize} bytes, its blocks hold ${o.op - o.frameStart}`)
  }
  if (!h.hasChecksum) return pos
  if (pos + 4 > b.length) throw codecError('ZSTD', `frame at offset ${start}: the content checksum runs past the input end ${b.length}`)
  const found = xxhash64Low32(o.out.subarray(o.frameStart, o.op)) >>> 0
  const stored = readUint32LE(b, pos)
  if (found !== stored) throw codecError('ZSTD', `frame at offset ${start}: content checksum 0x${stored.toString(16)} expected, the content hashes to 0x${found.toString(16)}`)
  return pos + 4
}

/** Decodes the block whose header is at `pos`; returns the offset after it. */
function decodeBlock(b: Uint8Array, pos: number, type: number, size: number, d: Decoder, limit: number, blockMax: number): number {
  const o = d.o
  const p = pos + 3
  if (type === 3) throw codecError('ZSTD', `block at offset ${pos} has the reserved block type 3`)
  // RFC 8878 bounds both sizes of a block by min(window, 128 KiB). The compressed size of a compressed block is only
  // held to 128 KiB: small single-segment frames from lenient encoders (and fzstd) exceed their window there harmlessly.
  const max = type === 2 ? MAX_BLOCK : blockMax
  if (size > max) throw codecError('ZSTD', `block at offset ${pos} is ${size} bytes, over the block maximum ${max}`)
  const contentEnd = p + (type === 1 ? 1 : size)
  if (contentEnd > b.length) throw codecError('ZSTD', `block at offset ${pos} (${contentEnd - p} bytes) runs past the input end ${b.length}`)
  if (type === 2) {
    o.limit = limit
    decodeSequences(b, decodeLiterals(b, p, contentEnd, d.lits, blockMax), contentEnd, d.seqs, d.lits, o)
    return contentEnd
  }
  if (size > limit - o.op) throw codecError('ZSTD', `block at offset ${pos} writes ${size} bytes at output offset ${o.op}, past the limit ${limit} (expected size, frame content size or block maximum)`)
  if (type === 0) o.out.set(b.subarray(p, contentEnd), o.op)
  else o.out.fill(b[p]!, o.op, o.op + size)
  o.op += size
  return contentEnd
}

/** Parses the frame header after the magic at `start`. */
function readFrameHeader(b: Uint8Array, start: number): FrameHeader {
  const fhd = b[start + 4]!
  if (fhd & 8) throw codecError('ZSTD', `frame header at offset ${start} has the reserved bit set`)
  const single = (fhd >> 5) & 1
  const dictBytes = [0, 1, 2, 4][fhd & 3]!
  const fcsFlag = fhd >> 6
  const fcsBytes = fcsFlag === 0 ? single : 1 << fcsFlag
  let pos = start + 5
  if (pos + (single ? 0 : 1) + dictBytes + fcsBytes > b.length) throw codecError('ZSTD', `frame header at offset ${start} runs past the input end ${b.length}`)
  let windowSize = 0
  if (!single) {
    const wd = b[pos++]!
    const base = 2 ** (10 + (wd >> 3))
    windowSize = base + (base / 8) * (wd & 7)
  }
  const dictId = readLE(b, pos, dictBytes)
  if (dictId !== 0) throw codecError('ZSTD', `frame at offset ${start} needs dictionary ${dictId}; dictionaries are not supported`)
  pos += dictBytes
  const contentSize = fcsBytes === 0 ? -1 : readLE(b, pos, fcsBytes) + (fcsBytes === 2 ? 256 : 0)
  if (single) windowSize = contentSize
  return { pos: pos + fcsBytes, contentSize, windowSize, hasChecksum: (fhd & 4) !== 0 }
}

/** Little-endian unsigned integer of `n` bytes (up to 8; over 2^53 it is approximate, which only matters for sizes that are refused anyway). */
function readLE(b: Uint8Array, pos: number, n: number): number {
  let v = 0
  for (let i = n - 1; i >= 0; i--) v = v * 256 + b[pos + i]!
  return v
}
