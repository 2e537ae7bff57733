/**
 * Helpers over the BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY value shapes of
 * types.ts: strings, per-value views, and the fixed-width check that
 * DELTA_BYTE_ARRAY-encoded FIXED_LEN_BYTE_ARRAY columns need.
 */
import { ParquetError } from '../errors.js'
import type { ByteArrayColumn, FixedLenColumn } from './types.js'
import { asciiRun, decodeUtf8 } from './utf8.js'

/** Decodes every value of `col` as UTF-8 into `out[outOffset..)`. */
export function byteArrayToStrings(col: ByteArrayColumn, out: string[] = [], outOffset = 0): string[] {
  const { offsets, bytes } = col
  const n = offsets.length - 1
  const first = offsets[0]!
  const last = offsets[n]!
  // All-ASCII values: one decode of the whole run, each value a slice of it.
  const text = n > 1 ? asciiRun(bytes, first, last) : undefined
  if (text !== undefined) {
    for (let i = 0; i < n; i++) out[outOffset + i] = text.slice(offsets[i]! - first, offsets[i + 1]! - first)
    return out
  }
  for (let i = 0; i < n; i++) out[outOffset + i] = decodeUtf8(bytes, offsets[i]!, offsets[i + 1]!)
  return out
}

/** Value `i` of `col` as a view. */
export function byteArrayValue(col: ByteArrayColumn, i: number): Uint8Array {
  return col.bytes.subarray(col.offsets[i]!, col.offsets[i + 1]!)
}

/** Value `i` of `col` as a view. */
export function fixedValue(col: FixedLenColumn, i: number): Uint8Array {
  return col.bytes.subarray(i * col.width, (i + 1) * col.width)
}

/** Checks that every value of `col` is `width` bytes long and returns the same bytes as a FixedLenColumn. */
export function byteArrayToFixed(col: ByteArrayColumn, width: number): FixedLenColumn {
  const { offsets } = col
  for (let i = 0; i + 1 < offsets.length; i++) {
    const len = offsets[i + 1]! - offsets[i]!
    if (len !== width) {
      throw new ParquetError('ENCODING_INVALID', `FIXED_LEN_BYTE_ARRAY(${width}) value ${i} has ${len} bytes`, { index: i })
    }
  }
  return { width, bytes: col.bytes.subarray(offsets[0]!, offsets[offsets.length - 1]!) }
}

/** The values of `col` as a ByteArrayColumn sharing its bytes. */
export function fixedToByteArray(col: FixedLenColumn): ByteArrayColumn {
  const n = col.width === 0 ? 0 : col.bytes.length / col.width
  const offsets = new Uint32Array(n + 1)
  for (let i = 1; i <= n; i++) offsets[i] = i * col.width
  return { offsets, bytes: col.bytes }
}

/** Builds a ByteArrayColumn from byte arrays (one copy). */
export function byteArrayFromValues(values: readonly Uint8Array[]): ByteArrayColumn {
  const offsets = new Uint32Array(values.length + 1)
  let total = 0
  for (let i = 0; i < values.length; i++) offsets[i + 1] = total += values[i]!.length
  const bytes = new Uint8Array(total)
  for (let i = 0; i < values.length; i++) bytes.set(values[i]!, offsets[i]!)
  return { offsets, bytes }
}
