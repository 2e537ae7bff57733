/**
 * LZ4 codec (Parquet Compression.md, codec id 5, deprecated): LZ4 blocks in
 * the Hadoop framing (see hadoop-framing.ts), as parquet-mr wrote them.
 * Some older writers (parquet-cpp before the framing was understood) put a
 * bare LZ4 block under the same codec id, so when the bytes do not fit the
 * framing exactly, the page is read as one bare block, as other readers do.
 * No compressor: writers should use LZ4_RAW.
 */
import { checkSize, isEmptyPage } from './codec-util.js'
import { decodeHadoopFrames } from './hadoop-framing.js'
import { decodeLz4Block } from './lz4-block.js'

const NAME = 'LZ4'

/** Decompresses a Hadoop-framed (or, failing that, bare) LZ4 page. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  const out = new Uint8Array(uncompressedSize)
  if (decodeHadoopFrames(NAME, input, out, decodeLz4Block)) return out
  const written = decodeLz4Block(NAME, input, 0, input.length, out, 0, uncompressedSize)
  checkSize(NAME, uncompressedSize, written)
  return out
}
