/**
 * The Hadoop block framing (Hadoop's BlockCompressorStream), used by the
 * deprecated Parquet LZ4 codec and by LZO as parquet-mr writes it through
 * Hadoop codecs:
 *
 *   block  := uncompressedLength:u32be chunk+
 *   chunk  := compressedLength:u32be compressedBytes
 *
 * The chunks of one block decompress, concatenated, to its uncompressed
 * length (usually there is one chunk per block). A page is a sequence of blocks.
 */
import { isParquetError } from '../errors.js'
import { checkSize, isEmptyPage, readUint32BE } from './codec-util.js'

/** Decodes `input[inStart, inEnd)` into `out[outStart, outEnd)`; returns bytes written or throws ParquetError. */
export type ChunkDecoder = (
  codec: string,
  input: Uint8Array,
  inStart: number,
  inEnd: number,
  out: Uint8Array,
  outStart: number,
  outEnd: number,
) => number

/**
 * Decodes a Hadoop-framed page into `out`, which must be filled exactly.
 * Returns false (never throws a codec error) when the bytes do not fit the
 * framing, so that the caller can try another layout.
 */
export function decodeHadoopFrames(codec: string, input: Uint8Array, out: Uint8Array, decodeChunk: ChunkDecoder): boolean {
  let ip = 0
  let op = 0
  while (ip < input.length) {
    if (ip + 4 > input.length) return false
    const blockEnd = op + readUint32BE(input, ip)
    ip += 4
    if (blockEnd > out.length) return false
    while (op < blockEnd) {
      if (ip + 4 > input.length) return false
      const chunkLen = readUint32BE(input, ip)
      ip += 4
      if (chunkLen > input.length - ip) return false
      const written = tryChunk(codec, input, ip, ip + chunkLen, out, op, blockEnd, decodeChunk)
      if (written < 0) return false
      op += written
      ip += chunkLen
    }
  }
  return op === out.length
}

function tryChunk(
  codec: string,
  input: Uint8Array,
  inStart: number,
  inEnd: number,
  out: Uint8Array,
  outStart: number,
  outEnd: number,
  decodeChunk: ChunkDecoder,
): number {
  try {
    return decodeChunk(codec, input, inStart, inEnd, out, outStart, outEnd)
  } catch (e) {
    if (isParquetError(e)) return -1
    throw e
  }
}

/**
 * Decompresses a page that is Hadoop-framed or, when the framing does not
 * fit, one bare block (the fallback other readers use for LZ4 and LZO).
 */
export function decodeFramedOrBare(name: string, input: Uint8Array, uncompressedSize: number, decode: ChunkDecoder): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  const out = new Uint8Array(uncompressedSize)
  if (decodeHadoopFrames(name, input, out, decode)) return out
  checkSize(name, uncompressedSize, decode(name, input, 0, input.length, out, 0, uncompressedSize))
  return out
}
