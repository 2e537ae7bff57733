/**
 * DELTA_BYTE_ARRAY (Encodings.md, "Delta Strings (DELTA_BYTE_ARRAY = 7)"):
 * front compression. Prefix lengths (shared with the previous value) as
 * DELTA_BINARY_PACKED INT32, then the suffixes as DELTA_LENGTH_BYTE_ARRAY.
 * For BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY (check widths with
 * `byteArrayToFixed`). Values are rebuilt into one buffer.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { decodeDeltaInt32, encodeDeltaInt32 } from './delta-binary-packed.js'
import { decodeDeltaLengthByteArray, encodeDeltaLengthByteArray } from './delta-length-byte-array.js'
import { type ByteSink, makeSink, sinkBytes } from './sink.js'
import type { ByteArrayColumn } from './types.js'

/** Default bound on the rebuilt bytes of one page (prefixes can repeat bytes). */
export const DEFAULT_MAX_DELTA_BYTES = 1 << 30

/**
 * Decodes `count` values (the encoded counts must equal it). The rebuilt
 * values may total at most `maxBytes` (else LIMIT_EXCEEDED).
 */
export function decodeDeltaByteArray(
  cursor: Cursor,
  count: number,
  end = cursor.bytes.length,
  maxBytes = DEFAULT_MAX_DELTA_BYTES,
): ByteArrayColumn {
  if (!(Number.isInteger(count) && count >= 0)) throw new ParquetError('ARGUMENT_INVALID', `bad value count ${count}`)
  const at = cursor.offset
  const prefixes = new Int32Array(count)
  const found = decodeDeltaInt32(cursor, prefixes, 0, end)
  if (found !== count) {
    throw new ParquetError('ENCODING_INVALID', `DELTA_BYTE_ARRAY holds ${found} prefix lengths, expected ${count}`, { offset: at })
  }
  const suffixes = decodeDeltaLengthByteArray(cursor, count, end)
  const offsets = rebuiltOffsets(prefixes, suffixes.offsets, maxBytes, at)
  const bytes = new Uint8Array(offsets[count]!)
  const src = suffixes.bytes
  const so = suffixes.offsets
  for (let i = 0; i < count; i++) {
    const pos = offsets[i]!
    const prefix = prefixes[i]!
    if (prefix > 0) bytes.copyWithin(pos, offsets[i - 1]!, offsets[i - 1]! + prefix)
    const a = so[i]!
    const len = so[i + 1]! - a
    const dst = pos + prefix
    if (len > 32) bytes.set(src.subarray(a, a + len), dst)
    else for (let k = 0; k < len; k++) bytes[dst + k] = src[a + k]!
  }
  return { offsets, bytes }
}

/** Checks each prefix against the previous value's length and computes the rebuilt offsets. */
function rebuiltOffsets(prefixes: Int32Array, suffixOffsets: Uint32Array, maxBytes: number, at: number): Uint32Array {
  const n = prefixes.length
  const offsets = new Uint32Array(n + 1)
  let prevLen = 0
  let total = 0
  for (let i = 0; i < n; i++) {
    const prefix = prefixes[i]!
    if (prefix < 0 || prefix > prevLen) {
      throw new ParquetError('ENCODING_INVALID', `DELTA_BYTE_ARRAY value ${i}: prefix length ${prefix}, previous value has ${prevLen} bytes`, { offset: at })
    }
    prevLen = prefix + suffixOffsets[i + 1]! - suffixOffsets[i]!
    total += prevLen
    if (total > maxBytes) {
      throw new ParquetError('LIMIT_EXCEEDED', `DELTA_BYTE_ARRAY values exceed ${maxBytes} bytes`, { offset: at })
    }
    offsets[i + 1] = total
  }
  return offsets
}

/** Encodes BYTE_ARRAY (or FIXED_LEN_BYTE_ARRAY) values with front compression. */
export function encodeDeltaByteArray(col: ByteArrayColumn, sink: ByteSink = makeSink()): Uint8Array {
  const { offsets, bytes } = col
  const n = offsets.length - 1
  const prefixes = new Int32Array(n)
  const suffixOffsets = new Uint32Array(n + 1)
  const suffixBytes = new Uint8Array(offsets[n]! - offsets[0]!)
  let total = 0
  for (let i = 0; i < n; i++) {
    const a = offsets[i]!
    const b = offsets[i + 1]!
    let p = 0
    if (i > 0) {
      const pa = offsets[i - 1]!
      const max = Math.min(b - a, a - pa)
      while (p < max && bytes[pa + p] === bytes[a + p]) p++
    }
    prefixes[i] = p
    suffixBytes.set(bytes.subarray(a + p, b), total)
    suffixOffsets[i + 1] = total += b - a - p
  }
  encodeDeltaInt32(prefixes, sink)
  encodeDeltaLengthByteArray({ offsets: suffixOffsets, bytes: suffixBytes.subarray(0, total) }, sink)
  return sinkBytes(sink)
}
