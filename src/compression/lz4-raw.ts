/**
 * LZ4_RAW codec (Parquet Compression.md, codec id 7): one bare LZ4 block
 * (lz4_Block_format.md) per page, no framing.
 */
import { checkSize, isEmptyPage } from './codec-util.js'
import { decodeLz4Block, encodeLz4Block } from './lz4-block.js'

const NAME = 'LZ4_RAW'

/** Decompresses one LZ4 block into exactly `uncompressedSize` bytes. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  const out = new Uint8Array(uncompressedSize)
  const written = decodeLz4Block(NAME, input, 0, input.length, out, 0, uncompressedSize)
  checkSize(NAME, uncompressedSize, written)
  return out
}

/** Compresses to one LZ4 block. */
export function compress(input: Uint8Array): Uint8Array {
  return encodeLz4Block(input)
}
