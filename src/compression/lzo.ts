/**
 * LZO codec (Parquet Compression.md, codec id 3: "based on or interoperable
 * with the LZO compression library"). parquet-mr writes it through Hadoop's
 * LzoCodec (hadoop-lzo), which puts LZO1X streams (lzo1x_1_compress output,
 * each ending in the end-of-stream marker) inside the Hadoop block framing:
 * [u32be uncompressed length] then [u32be compressed length][LZO1X stream]...
 * (see hadoop-framing.ts). That layout is tried first; when the bytes do not
 * fit it, the page is read as one bare LZO1X stream. No compressor.
 *
 * The LZO1X decoder below follows the LZO1X bitstream: after a literal run
 * of n bytes the meaning of the next small opcode (0..15) depends on n
 * (`state`: 0, 1..3, or 4 for "4 or more").
 */
import { codecError } from './codec-util.js'
import { decodeFramedOrBare } from './hadoop-framing.js'

const NAME = 'LZO'

/** Decompresses a Hadoop-framed (or, failing that, bare) LZO1X page. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  return decodeFramedOrBare(NAME, input, uncompressedSize, decodeLzo1x)
}

/** Bounds of the stream being decoded and the current positions. */
interface LzoState {
  codec: string
  input: Uint8Array
  ip: number
  inEnd: number
  out: Uint8Array
  op: number
  outStart: number
  outEnd: number
}

function need(s: LzoState, n: number): void {
  if (s.ip + n > s.inEnd) throw codecError(s.codec, `LZO1X stream ended early: needed ${n} more bytes at offset ${s.ip}, input ends at ${s.inEnd}`)
}

/** Reads a length extension: zero bytes count 255 each, then `base` plus the first non-zero byte. */
function readExtension(s: LzoState, base: number): number {
  let n = base
  need(s, 1)
  while (s.input[s.ip] === 0) {
    n += 255
    s.ip++
    need(s, 1)
  }
  return n + s.input[s.ip++]!
}

function copyLiterals(s: LzoState, len: number): void {
  need(s, len)
  if (s.op + len > s.outEnd) throw codecError(s.codec, `literals overflow the output: expected at most ${s.outEnd - s.outStart} bytes`)
  s.out.set(s.input.subarray(s.ip, s.ip + len), s.op)
  s.ip += len
  s.op += len
}

function copyMatch(s: LzoState, dist: number, len: number): void {
  if (dist > s.op - s.outStart) throw codecError(s.codec, `match distance ${dist} is outside the ${s.op - s.outStart} bytes written so far`)
  if (s.op + len > s.outEnd) throw codecError(s.codec, `match overflows the output: expected at most ${s.outEnd - s.outStart} bytes`)
  const out = s.out
  const from = s.op - dist
  const op = s.op
  for (let i = 0; i < len; i++) out[op + i] = out[from + i]!
  s.op = op + len
}

/**
 * Decodes one LZO1X stream `input[inStart, inEnd)` into `out[outStart, outEnd)`.
 * The stream must end with the end-of-stream marker exactly at `inEnd`.
 * Returns the number of bytes written.
 */
export function decodeLzo1x(
  codec: string,
  input: Uint8Array,
  inStart: number,
  inEnd: number,
  out: Uint8Array,
  outStart: number,
  outEnd: number,
): number {
  const s: LzoState = { codec, input, ip: inStart, inEnd, out, op: outStart, outStart, outEnd }
  let state = 0
  if (s.ip < inEnd && input[s.ip]! > 17) {
    const t = input[s.ip++]! - 17
    copyLiterals(s, t)
    state = Math.min(t, 4)
  }
  for (;;) {
    need(s, 1)
    const t = input[s.ip++]!
    if (t < 16 && state === 0) {
      copyLiterals(s, (t === 0 ? readExtension(s, 15) : t) + 3)
      state = 4
      continue
    }
    const next = decodeMatch(s, t, state)
    if (next < 0) break
    copyLiterals(s, next)
    state = next
  }
  if (s.ip !== inEnd) throw codecError(codec, `LZO1X end-of-stream marker at offset ${s.ip}, expected the input to end there but it ends at ${inEnd}`)
  return s.op - outStart
}

/**
 * Decodes and copies one match whose opcode is `t`. Returns the number of
 * literals that follow it (0..3), or -1 at the end-of-stream marker.
 */
function decodeMatch(s: LzoState, t: number, state: number): number {
  const input = s.input
  if (t >= 64) {
    need(s, 1)
    const dist = (input[s.ip++]! << 3) + ((t >>> 2) & 7) + 1
    copyMatch(s, dist, t >= 128 ? 5 + ((t >>> 5) & 3) : 3 + ((t >>> 5) & 1))
    return t & 3
  }
  if (t >= 32) {
    const len = (t & 31 ? t & 31 : readExtension(s, 31)) + 2
    need(s, 2)
    const v = input[s.ip]! | (input[s.ip + 1]! << 8)
    s.ip += 2
    copyMatch(s, (v >>> 2) + 1, len)
    return v & 3
  }
  if (t >= 16) {
    const len = (t & 7 ? t & 7 : readExtension(s, 7)) + 2
    need(s, 2)
    const v = input[s.ip]! | (input[s.ip + 1]! << 8)
    s.ip += 2
    const dist = 16384 + ((t & 8) << 11) + (v >>> 2)
    if (dist === 16384) return -1
    copyMatch(s, dist, len)
    return v & 3
  }
  need(s, 1)
  const h = input[s.ip++]!
  if (state === 4) copyMatch(s, (h << 2) + (t >>> 2) + 2049, 3)
  else copyMatch(s, (h << 2) + (t >>> 2) + 1, 2)
  return t & 3
}
