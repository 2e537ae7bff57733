/**
 * LZ4 codec (Parquet Compression.md, codec id 5, deprecated): LZ4 blocks in
 * the Hadoop framing (see hadoop-framing.ts), as parquet-mr wrote them.
 * Some older writers (parquet-cpp before the framing was understood) put a
 * bare LZ4 block under the same codec id, so when the bytes do not fit the
 * framing exactly, the page is read as one bare block, as other readers do.
 * No compressor: writers should use LZ4_RAW.
 */
import { decodeFramedOrBare } from './hadoop-framing.js'
import { decodeLz4Block } from './lz4-block.js'

const NAME = 'LZ4'

/** Decompresses a Hadoop-framed (or, failing that, bare) LZ4 page. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  return decodeFramedOrBare(NAME, input, uncompressedSize, decodeLz4Block)
}
