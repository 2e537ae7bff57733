/**
 * ZSTD codec (Parquet Compression.md, codec id 6): Zstandard frames (RFC 8878).
 * A page may hold several frames back to back (and skippable frames); all are
 * decoded in order. Frame boundaries are found here by walking the frame and
 * block headers, and each frame is decoded by fzstd straight into its slice of
 * the output when the frame states its content size.
 *
 * Compression uses our own pure TypeScript encoder (zstd-compress.ts).
 */
import { decompress as fzstdDecompress } from 'fzstd'
import { checkSize, codecError, isEmptyPage, readUint32LE, wrapCodecError } from './codec-util.js'
import { zstdCompress } from './zstd-compress.js'

const NAME = 'ZSTD'
const FRAME_MAGIC = 0xfd2fb528
/** Like the reference decoder's default, refuse windows over 2^27 bytes when the frame size is unknown. */
const MAX_WINDOW = 2 ** 27
const MAX_BLOCK = 128 * 1024

/** What the frame header says. */
interface FrameInfo {
  /** Offset just past the frame. */
  end: number
  /** Declared content size, or -1 when absent. */
  contentSize: number
  windowSize: number
}

/** Decompresses all frames in `input` into exactly `uncompressedSize` bytes. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  const out = new Uint8Array(uncompressedSize)
  let ip = 0
  let op = 0
  while (ip < input.length) {
    if (ip + 8 > input.length) throw codecError(NAME, `expected a frame header at offset ${ip}, found ${input.length - ip} bytes`)
    const magic = readUint32LE(input, ip)
    if ((magic & 0xfffffff0) === 0x184d2a50) {
      ip = skipSkippable(input, ip)
      continue
    }
    if (magic !== FRAME_MAGIC) throw codecError(NAME, `expected frame magic 0xfd2fb528 at offset ${ip}, found 0x${magic.toString(16)}`)
    const frame = readFrame(input, ip)
    op += decodeFrame(input.subarray(ip, frame.end), frame, out, op)
    ip = frame.end
  }
  checkSize(NAME, uncompressedSize, op)
  return out
}

function skipSkippable(input: Uint8Array, ip: number): number {
  const end = ip + 8 + readUint32LE(input, ip + 4)
  if (end > input.length) throw codecError(NAME, `skippable frame at offset ${ip} runs past the input end ${input.length}`)
  return end
}

/** Decodes one frame into `out` at `op`; returns the bytes written. */
function decodeFrame(frameBytes: Uint8Array, frame: FrameInfo, out: Uint8Array, op: number): number {
  const room = out.length - op
  if (frame.contentSize > room) throw codecError(NAME, `frame declares ${frame.contentSize} bytes, only ${room} remain of the expected size`)
  if (frame.contentSize < 0 && frame.windowSize > MAX_WINDOW) {
    throw codecError(NAME, `frame window of ${frame.windowSize} bytes is over the ${MAX_WINDOW}-byte limit`)
  }
  try {
    if (frame.contentSize >= 0) {
      if (frame.contentSize > 0) fzstdDecompress(frameBytes, out.subarray(op, op + frame.contentSize))
      return frame.contentSize
    }
    const data = fzstdDecompress(frameBytes)
    if (data.length > room) throw codecError(NAME, `expected at most ${room} more bytes, a frame holds ${data.length}`)
    out.set(data, op)
    return data.length
  } catch (e) {
    throw wrapCodecError(NAME, e)
  }
}

/** Parses the frame header at `start` and walks its blocks to find the frame end. */
function readFrame(input: Uint8Array, start: number): FrameInfo {
  const fhd = input[start + 4]!
  if (fhd & 8) throw codecError(NAME, `reserved bit set in the frame header at offset ${start}`)
  const fcsFlag = fhd >>> 6
  const singleSegment = (fhd >>> 5) & 1
  const dictBytes = [0, 1, 2, 4][fhd & 3]!
  let pos = start + 5
  let windowSize = 0
  if (!singleSegment) {
    const wd = input[pos++]!
    const base = 2 ** (10 + (wd >>> 3))
    windowSize = base + (base / 8) * (wd & 7)
  }
  pos += dictBytes
  const fcsBytes = fcsFlag === 0 ? singleSegment : 1 << fcsFlag
  if (pos + fcsBytes > input.length) throw codecError(NAME, `frame header at offset ${start} runs past the input end`)
  let contentSize = -1
  if (fcsBytes > 0) contentSize = readLE(input, pos, fcsBytes) + (fcsBytes === 2 ? 256 : 0)
  if (singleSegment) windowSize = contentSize
  pos = skipBlocks(input, pos + fcsBytes)
  if (fhd & 4) pos += 4
  if (pos > input.length) throw codecError(NAME, `frame at offset ${start} runs past the input end ${input.length}`)
  return { end: pos, contentSize, windowSize }
}

/** Walks the block headers from `pos`; returns the offset after the last block. */
function skipBlocks(input: Uint8Array, start: number): number {
  let pos = start
  for (;;) {
    if (pos + 3 > input.length) throw codecError(NAME, `block header at offset ${pos} runs past the input end ${input.length}`)
    const header = input[pos]! | (input[pos + 1]! << 8) | (input[pos + 2]! << 16)
    const type = (header >>> 1) & 3
    const size = header >>> 3
    if (type === 3) throw codecError(NAME, `reserved block type at offset ${pos}`)
    if (size > MAX_BLOCK && type !== 1) throw codecError(NAME, `block of ${size} bytes at offset ${pos} is over the 128 KiB maximum`)
    pos += 3 + (type === 1 ? 1 : size)
    if (header & 1) return pos
  }
}

function readLE(input: Uint8Array, pos: number, n: number): number {
  let v = 0
  for (let i = n - 1; i >= 0; i--) v = v * 256 + input[pos + i]!
  return v
}

/** Compresses a page into one Zstandard frame (LZ77 + Huffman literals + FSE sequences). */
export function compress(input: Uint8Array): Uint8Array {
  return zstdCompress(input)
}
