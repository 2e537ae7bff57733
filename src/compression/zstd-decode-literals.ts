/**
 * Literals section decoding for the ZSTD page decompressor (Parquet
 * Compression.md, codec id 6; RFC 8878 section 3.1.1.3.1): the section header
 * and Raw, RLE, Huffman-compressed (1 or 4 streams) and treeless literals; the
 * Huffman parts are in zstd-decode-huffman.ts.
 */
import { codecError } from './codec-util.js'
import { type FseDecodeTable, fseDecodeTable } from './zstd-decode-fse.js'
import { MAX_HUFFMAN_BITS, decodeFourStreams, decodeStream, readHuffmanTable } from './zstd-decode-huffman.js'

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

/** Literals state (the buffer is allocated on first use; the caller sets `capacity` for each output). */
export function literalsState(): LiteralsState {
  return {
    huff: new Uint16Array(1 << MAX_HUFFMAN_BITS),
    huffLog: 0,
    weights: new Uint8Array(256),
    rankStart: new Uint16Array(MAX_HUFFMAN_BITS + 2),
    weightTable: fseDecodeTable(6),
    norm: new Int16Array(16),
    buf: new Uint8Array(0),
    capacity: 0,
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

