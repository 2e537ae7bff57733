/**
 * GZIP codec (Parquet Compression.md, codec id 2): RFC 1952 gzip, via fflate.
 * A page may hold several gzip members back to back; all are inflated and
 * their outputs concatenated, as the spec asks readers to do.
 */
import { Gunzip, gunzipSync, gzipSync } from 'fflate'
import { checkSize, codecError, isEmptyPage, wrapCodecError } from './codec-util.js'

const NAME = 'GZIP'

/** Inflates every gzip member in `input`; the total must be `uncompressedSize` bytes. */
export function decompress(input: Uint8Array, uncompressedSize: number): Uint8Array {
  if (isEmptyPage(input, uncompressedSize)) return new Uint8Array(0)
  if (input.length < 18) throw codecError(NAME, `a gzip member needs at least 18 bytes, found ${input.length}`)
  let first: Uint8Array
  try {
    // One spare byte tells "exactly full" from "more data than expected".
    first = gunzipSync(input, { out: new Uint8Array(uncompressedSize + 1) })
  } catch (e) {
    throw wrapCodecError(NAME, e)
  }
  if (first.length === uncompressedSize && lastMemberSize(input) === uncompressedSize % 2 ** 32) return first
  if (first.length > uncompressedSize) throw codecError(NAME, `expected ${uncompressedSize} uncompressed bytes, found more`)
  return inflateMembers(input, uncompressedSize)
}

/** ISIZE of the last member: its uncompressed length modulo 2^32. */
function lastMemberSize(input: Uint8Array): number {
  const n = input.length
  return (input[n - 4]! | (input[n - 3]! << 8) | (input[n - 2]! << 16) | (input[n - 1]! << 24)) >>> 0
}

/** The multi-member path: streams every member into one output of the expected size. */
function inflateMembers(input: Uint8Array, uncompressedSize: number): Uint8Array {
  const out = new Uint8Array(uncompressedSize)
  let op = 0
  let overflow = false
  const stream = new Gunzip()
  stream.ondata = (chunk: Uint8Array) => {
    if (op + chunk.length > uncompressedSize) overflow = true
    else out.set(chunk, op)
    op += chunk.length
  }
  try {
    stream.push(input, true)
  } catch (e) {
    throw wrapCodecError(NAME, e)
  }
  if (overflow) throw codecError(NAME, `expected ${uncompressedSize} uncompressed bytes, found ${op}`)
  checkSize(NAME, uncompressedSize, op)
  return out
}

/**
 * Compresses to one gzip member (fflate, level 6, like zlib's default). MTIME is 0 ("no time stamp", RFC 1952 2.3.1),
 * so the same data always gives the same bytes and a written file is reproducible.
 */
export function compress(input: Uint8Array): Uint8Array {
  return gzipSync(input, { level: 6, mtime: 0 })
}
