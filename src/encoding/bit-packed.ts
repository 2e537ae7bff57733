/**
 * The deprecated BIT_PACKED level encoding (Encodings.md, "Bit-packed
 * (Deprecated) (BIT_PACKED = 4)"): values back to back at a fixed width,
 * packed from the most significant bit of each byte down, the last byte
 * padded with zeros. No header: the value count comes from the page.
 */
import type { Cursor } from '../cursor.js'
import { ParquetError } from '../errors.js'
import { type ByteSink, makeSink, reserve, sinkBytes } from './sink.js'
import type { IntOutput } from './types.js'

/** Bytes taken by `count` values of `bitWidth` bits. */
export function bitPackedLength(count: number, bitWidth: number): number {
  return Math.ceil((count * bitWidth) / 8)
}

/** Decodes `count` values of `bitWidth` (0..32) bits into `out[outOffset..)`. */
export function decodeBitPacked(
  cursor: Cursor,
  bitWidth: number,
  count: number,
  out: IntOutput,
  outOffset = 0,
  end = cursor.bytes.length,
): void {
  if (!(bitWidth >= 0 && bitWidth <= 32 && Number.isInteger(bitWidth))) {
    throw new ParquetError('ENCODING_INVALID', `BIT_PACKED bit width must be 0..32, found ${bitWidth}`, { offset: cursor.offset })
  }
  if (!(count >= 0 && outOffset >= 0 && outOffset + count <= out.length)) {
    throw new ParquetError('ARGUMENT_INVALID', `output holds ${out.length} values, ${outOffset}+${count} requested`)
  }
  const need = bitPackedLength(count, bitWidth)
  if (need > end - cursor.offset) {
    throw new ParquetError('ENCODING_INVALID', `BIT_PACKED ${count} values of ${bitWidth} bits: expected ${need} bytes, found ${end - cursor.offset}`, {
      offset: cursor.offset,
    })
  }
  unpackMsb(cursor.bytes, cursor.offset, bitWidth, out, outOffset, count)
  cursor.offset += need
}

function unpackMsb(bytes: Uint8Array, pos: number, bitWidth: number, out: IntOutput, o: number, n: number): void {
  if (bitWidth === 0) {
    out.fill(0, o, o + n)
    return
  }
  const scale = 2 ** bitWidth
  let acc = 0 // the `bits` low bits not yet consumed; at most 39 bits, exact in a double
  let bits = 0
  let p = pos
  for (let i = o, end = o + n; i < end; i++) {
    while (bits < bitWidth) {
      acc = acc * 256 + bytes[p++]!
      bits += 8
    }
    const rest = 2 ** (bits - bitWidth)
    const v = Math.floor(acc / rest)
    acc -= v * rest
    bits -= bitWidth
    out[i] = v % scale
  }
}

/** Encodes `values` (each below 2^bitWidth) most significant bit first. */
export function encodeBitPacked(values: ArrayLike<number>, bitWidth: number, sink: ByteSink = makeSink()): Uint8Array {
  const n = values.length
  const need = bitPackedLength(n, bitWidth)
  reserve(sink, need)
  const out = sink.bytes
  let p = sink.length
  const scale = 2 ** bitWidth
  let acc = 0
  let bits = 0
  for (let i = 0; i < n; i++) {
    acc = acc * scale + ((values[i]! >>> 0) % scale)
    bits += bitWidth
    while (bits >= 8) {
      const rest = 2 ** (bits - 8)
      const b = Math.floor(acc / rest)
      out[p++] = b
      acc -= b * rest
      bits -= 8
    }
  }
  if (bits > 0) out[p++] = acc * 2 ** (8 - bits)
  sink.length = p
  return sinkBytes(sink)
}
