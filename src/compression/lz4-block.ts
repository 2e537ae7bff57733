/**
 * The LZ4 block format (lz4/doc/lz4_Block_format.md), used by the LZ4_RAW
 * codec as it is and by the deprecated LZ4 codec inside the Hadoop framing.
 *
 * A block is a run of sequences: a token (high nibble literal count, low
 * nibble match length - 4, 15 meaning "more bytes follow"), the literals, a
 * 2-byte little-endian offset and the rest of the match length. The last
 * sequence has literals only.
 */
import { codecError } from './codec-util.js'

/**
 * Decodes the block `input[inStart, inEnd)` into `out[outStart, outEnd)`.
 * Returns the number of bytes written. Every read and write is bounds-checked.
 */
export function decodeLz4Block(
  codec: string,
  input: Uint8Array,
  inStart: number,
  inEnd: number,
  out: Uint8Array,
  outStart: number,
  outEnd: number,
): number {
  let ip = inStart
  let op = outStart
  while (ip < inEnd) {
    const token = input[ip++]!
    let lit = token >>> 4
    if (lit === 15) {
      let b = 255
      while (b === 255) {
        if (ip >= inEnd) throw codecError(codec, 'input ended inside a literal length')
        b = input[ip++]!
        lit += b
      }
    }
    if (ip + lit > inEnd) throw codecError(codec, `literals of ${lit} bytes at offset ${ip} run past the block end ${inEnd}`)
    if (op + lit > outEnd) throw codecError(codec, `literals overflow the output: expected at most ${outEnd - outStart} bytes`)
    copyBytes(input, ip, out, op, lit)
    ip += lit
    op += lit
    if (ip === inEnd) break
    if (ip + 2 > inEnd) throw codecError(codec, 'input ended inside a match offset')
    const offset = input[ip]! | (input[ip + 1]! << 8)
    ip += 2
    if (offset === 0 || offset > op - outStart) {
      throw codecError(codec, `match offset ${offset} is outside the ${op - outStart} bytes written so far`)
    }
    let len = token & 15
    if (len === 15) {
      let b = 255
      while (b === 255) {
        if (ip >= inEnd) throw codecError(codec, 'input ended inside a match length')
        b = input[ip++]!
        len += b
      }
    }
    len += 4
    if (op + len > outEnd) throw codecError(codec, `match overflows the output: expected at most ${outEnd - outStart} bytes`)
    copyMatch(out, op, offset, len)
    op += len
  }
  return op - outStart
}

function copyBytes(src: Uint8Array, from: number, dst: Uint8Array, to: number, len: number): void {
  if (len > 8) {
    dst.set(src.subarray(from, from + len), to)
    return
  }
  for (let i = 0; i < len; i++) dst[to + i] = src[from + i]!
}

/** Copies `len` bytes from `offset` back; overlapping copies repeat the pattern. */
function copyMatch(out: Uint8Array, op: number, offset: number, len: number): void {
  const from = op - offset
  if (offset >= len && len > 8) {
    out.copyWithin(op, from, from + len)
    return
  }
  for (let i = 0; i < len; i++) out[op + i] = out[from + i]!
}

const MIN_MATCH = 4
/** The last match must start at least 12 bytes before the end of the input. */
const MF_LIMIT = 12
/** The last 5 bytes are always literals. */
const LAST_LITERALS = 5
const HASH_BITS = 16

/** Worst-case size of a compressed block for `n` input bytes. */
export function lz4BlockBound(n: number): number {
  return n + Math.floor(n / 255) + 16
}

function hash4(input: Uint8Array, pos: number): number {
  const v = input[pos]! | (input[pos + 1]! << 8) | (input[pos + 2]! << 16) | (input[pos + 3]! << 24)
  return Math.imul(v, 2654435761) >>> (32 - HASH_BITS)
}

/** Writes a length remainder as 255-bytes plus a final byte; returns the new position. */
function writeLength(out: Uint8Array, op: number, rest: number): number {
  let n = rest
  while (n >= 255) {
    out[op++] = 255
    n -= 255
  }
  out[op++] = n
  return op
}

/** Writes one sequence (literals, then a match unless `matchLen` is 0); returns the new position. */
function writeSequence(out: Uint8Array, op: number, input: Uint8Array, litStart: number, litLen: number, offset: number, matchLen: number): number {
  const ml = matchLen === 0 ? 0 : matchLen - MIN_MATCH
  const tokenPos = op++
  out[tokenPos] = (Math.min(litLen, 15) << 4) | (matchLen === 0 ? 0 : Math.min(ml, 15))
  if (litLen >= 15) op = writeLength(out, op, litLen - 15)
  copyBytes(input, litStart, out, op, litLen)
  op += litLen
  if (matchLen === 0) return op
  out[op++] = offset & 255
  out[op++] = offset >>> 8
  if (ml >= 15) op = writeLength(out, op, ml - 15)
  return op
}

/** Compresses `input` into one LZ4 block (greedy, hash of 4-byte prefixes). */
export function encodeLz4Block(input: Uint8Array): Uint8Array {
  const n = input.length
  const out = new Uint8Array(lz4BlockBound(n))
  const table = new Int32Array(1 << HASH_BITS).fill(-1)
  const matchLimit = n - LAST_LITERALS
  let anchor = 0
  let op = 0
  let ip = 0
  while (ip < n - MF_LIMIT) {
    const h = hash4(input, ip)
    const ref = table[h]!
    table[h] = ip
    if (ref < 0 || ip - ref > 65535 || !same4(input, ref, ip)) {
      ip++
      continue
    }
    let len = MIN_MATCH
    while (ip + len < matchLimit && input[ref + len] === input[ip + len]) len++
    op = writeSequence(out, op, input, anchor, ip - anchor, ip - ref, len)
    ip += len
    anchor = ip
  }
  op = writeSequence(out, op, input, anchor, n - anchor, 0, 0)
  return out.slice(0, op)
}

function same4(input: Uint8Array, a: number, b: number): boolean {
  return input[a] === input[b] && input[a + 1] === input[b + 1] && input[a + 2] === input[b + 2] && input[a + 3] === input[b + 3]
}
