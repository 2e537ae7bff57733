/** Level decoding for corpus tests, on top of the RLE hybrid decoder. */
import { makeCursor } from '../../src/cursor.js'
import { decodeRleHybrid, decodeRleHybridWithLength } from '../../src/encoding/rle-hybrid.js'
import type { LevelDecoder } from './corpus-pages.js'

export const decodeLevels: LevelDecoder = (data, withLength, n, out) => {
  const c = makeCursor(data)
  if (withLength) decodeRleHybridWithLength(c, 1, n, out)
  else decodeRleHybrid(c, 1, n, out)
  return c.offset
}
