/**
 * SNAPPY codec (Parquet Compression.md, codec id 1): the raw Snappy format
 * (google/snappy format_description.txt), no framing. A varint preamble holds
 * the uncompressed length; then elements: literals (tag 00) and copies with a
 * 1-, 2- or 4-byte offset (tags 01, 10, 11).
 *
 * Decompression is written here: it decodes straight into one preallocated
 * output of the page's known size and bounds-checks every read and write.
 * Compression is in snappy-compress.ts.
 */
import { checkSize, codecError, isEmptyPage, wrapCodecError } from './codec-util.js'
import { snappyCompress } from './snappy-compress.js'

const NAME = 'SNAPPY'

/** Reads the varint preamble; returns [length, bytes used]. */
function readPreamble(input: Uint8Array): [number, number] {
  let value = 0
  for (let i = 0; i < 5; i++) {
    if (i >= input.length) throw codecError(NAME, 'input ended inside the length preamble')
    const b = input[i]!
    value += (b & 0x7f) * 2 ** (7 * i)
    if (b < 0x80) return [value, i + 1]
  }
  throw codecError(NAME, 'length preamble is longer than 5 bytes')
}

/** Decompresses a raw Snappy block into exactly `uncompressedSize` bytes. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  const [declared, start] = readPreamble(input)
  checkSize(NAME, uncompressedSize, declared)
  const out = new Uint8Array(uncompressedSize)
  const written = decodeElements(input, start, out)
  checkSize(NAME, uncompressedSize, written)
  return out
}

/** The element loop; returns the number of bytes written to `out`. */
function decodeElements(input: Uint8Array, start: number, out: Uint8Array): number {
  const inEnd = input.length
  const outEnd = out.length
  let ip = start
  let op = 0
  while (ip < inEnd) {
    const tag = input[ip++]!
    const kind = tag & 3
    if (kind === 0) {
      let len = tag >>> 2
      if (len >= 60) {
        const n = len - 59
        if (ip + n > inEnd) throw codecError(NAME, `literal length needs ${n} bytes at offset ${ip}, input ends at ${inEnd}`)
        len = readLE(input, ip, n)
        ip += n
      }
      len += 1
      if (ip + len > inEnd) throw codecError(NAME, `literal of ${len} bytes at offset ${ip} runs past the input end ${inEnd}`)
      if (op + len > outEnd) throw codecError(NAME, `literal overflows the output: expected at most ${outEnd} bytes`)
      copyLiteral(input, ip, out, op, len)
      ip += len
      op += len
    } else {
      let len: number
      let offset: number
      if (kind === 1) {
        if (ip >= inEnd) throw codecError(NAME, 'input ended inside a copy element')
        len = ((tag >>> 2) & 7) + 4
        offset = ((tag >>> 5) << 8) | input[ip++]!
      } else {
        const n = kind === 2 ? 2 : 4
        if (ip + n > inEnd) throw codecError(NAME, 'input ended inside a copy element')
        len = (tag >>> 2) + 1
        offset = readLE(input, ip, n)
        ip += n
      }
      if (offset === 0 || offset > op) throw codecError(NAME, `copy offset ${offset} is outside the ${op} bytes written so far`)
      if (op + len > outEnd) throw codecError(NAME, `copy overflows the output: expected at most ${outEnd} bytes`)
      copyMatch(out, op, offset, len)
      op += len
    }
  }
  return op
}

/** Little-endian unsigned integer of `n` (1..4) bytes. */
function readLE(input: Uint8Array, pos: number, n: number): number {
  let v = 0
  for (let i = n - 1; i >= 0; i--) v = v * 256 + input[pos + i]!
  return v
}

/** Literals up to this length copy byte by byte (cheaper than a subarray view and a set call). */
const SHORT_COPY = 32

function copyLiteral(input: Uint8Array, ip: number, out: Uint8Array, op: number, len: number): void {
  if (len > SHORT_COPY) {
    out.set(input.subarray(ip, ip + len), op)
    return
  }
  for (let i = 0; i < len; i++) out[op + i] = input[ip + i]!
}

/**
 * Copies `len` bytes from `offset` back; overlapping copies repeat the
 * pattern. Short copies go byte by byte; long ones with copyWithin, an
 * overlapping one in rounds that each double the bytes of the pattern
 * already written (the source stays periodic with period `offset`).
 */
function copyMatch(out: Uint8Array, op: number, offset: number, len: number): void {
  const from = op - offset
  if (len <= SHORT_COPY) {
    for (let i = 0; i < len; i++) out[op + i] = out[from + i]!
    return
  }
  let done = 0
  while (done < len) {
    const n = Math.min(offset + done, len - done)
    out.copyWithin(op + done, from, from + n)
    done += n
  }
}

/** Compresses to a raw Snappy block (snappy-compress.ts). */
export function compress(input: Uint8Array): Uint8Array {
  try {
    return snappyCompress(input)
  } catch (e) {
    throw wrapCodecError(NAME, e)
  }
}
