/**
 * Brotli prefix codes for the BROTLI page compressor (Parquet Compression.md,
 * codec id 4; RFC 7932 sections 3.2-3.5): Huffman code lengths limited to 15
 * bits, canonical codes, and their description in the stream — a simple
 * prefix code for a single symbol, a complex one (code length code, zero
 * runs with symbol 17) otherwise.
 */
import { type BitWriter, addBits } from './bit-writer.js'
import { buildLengths } from './huffman-lengths.js'

/** The order in which code length code lengths are stored (RFC 7932 section 3.5). */
const CLC_ORDER = [1, 2, 3, 4, 0, 5, 17, 6, 16, 7, 8, 9, 10, 11, 12, 13, 14, 15]
/** The fixed code for code length code lengths 0..5, as values written least-significant bit first, and their sizes. */
const CLC_LENGTH_CODE = [0, 7, 3, 2, 1, 15]
const CLC_LENGTH_BITS = [2, 4, 3, 2, 2, 4]

/** One prefix code: symbol counts in, code lengths and bit-reversed codes out. */
export interface PrefixCode {
  alphabetSize: number
  freq: Uint32Array
  lengths: Uint8Array
  codes: Uint16Array
  order: Uint16Array
}

export function prefixCode(alphabetSize: number): PrefixCode {
  return {
    alphabetSize,
    freq: new Uint32Array(alphabetSize),
    lengths: new Uint8Array(alphabetSize),
    codes: new Uint16Array(alphabetSize),
    order: new Uint16Array(alphabetSize),
  }
}

/** Builds the code from `pc.freq` and writes its description. */
export function writePrefixCode(w: BitWriter, pc: PrefixCode): void {
  let used = 0
  let only = 0
  let maxSymbol = 0
  for (let s = 0; s < pc.alphabetSize; s++) {
    if (pc.freq[s]! > 0) {
      used++
      only = s
      maxSymbol = s
    }
  }
  if (used <= 1) {
    pc.lengths.fill(0)
    addBits(w, 1, 2) // HSKIP = 1: simple prefix code
    addBits(w, 0, 2) // NSYM - 1 = 0: one symbol, coded with zero bits
    addBits(w, only, 32 - Math.clz32(pc.alphabetSize - 1))
    return
  }
  buildLengths(pc.freq, maxSymbol, pc.lengths, pc.order, 15)
  canonicalCodes(pc.lengths, maxSymbol + 1, 15, pc.codes)
  writeComplexCode(w, pc.lengths, maxSymbol)
}

/** Canonical codes (shorter first, then by symbol), bit-reversed for least-significant-first writing. */
function canonicalCodes(lengths: Uint8Array, n: number, maxBits: number, codes: Uint16Array): void {
  const perLength = new Int32Array(maxBits + 1)
  for (let s = 0; s < n; s++) perLength[lengths[s]!]!++
  perLength[0] = 0
  const next = new Int32Array(maxBits + 2)
  for (let len = 1, code = 0; len <= maxBits; len++) {
    code = (code + perLength[len - 1]!) << 1
    next[len] = code
  }
  for (let s = 0; s < n; s++) {
    const len = lengths[s]!
    if (len > 0) codes[s] = reverseBits(next[len]!++, len)
  }
}

function reverseBits(v: number, n: number): number {
  let r = 0
  for (let i = 0; i < n; i++) r |= ((v >>> i) & 1) << (n - 1 - i)
  return r
}

/** The code lengths 0..maxSymbol as code length symbols: lengths, and symbol 17 (with its 3 extra bits) for zero runs. */
function lengthTokens(lengths: Uint8Array, maxSymbol: number): { tokens: number[]; extras: number[] } {
  const tokens: number[] = []
  const extras: number[] = []
  for (let s = 0; s <= maxSymbol; ) {
    let run = 0
    while (s + run <= maxSymbol && lengths[s + run] === 0) run++
    if (run === 0) {
      tokens.push(lengths[s++]!)
      extras.push(0)
      continue
    }
    s += run
    // Zero runs: symbol 17 repeats 3..10 zeros; never two 17s in a row (that would chain their counts).
    while (run > 0) {
      if (run >= 3 && tokens[tokens.length - 1] !== 17) {
        const take = Math.min(run, 10)
        tokens.push(17)
        extras.push(take - 3)
        run -= take
      } else {
        tokens.push(0)
        extras.push(0)
        run--
      }
    }
  }
  return { tokens, extras }
}

/** Complex prefix code (RFC 7932 section 3.5): HSKIP 0, code length code lengths, then the symbol code lengths. */
function writeComplexCode(w: BitWriter, lengths: Uint8Array, maxSymbol: number): void {
  const { tokens, extras } = lengthTokens(lengths, maxSymbol)
  const freq = new Uint32Array(18)
  for (const t of tokens) freq[t]!++
  const clcLengths = new Uint8Array(18)
  const clcCodes = new Uint16Array(18)
  let distinct = 0
  for (let t = 0; t < 18; t++) if (freq[t]! > 0) distinct++
  if (distinct === 1) clcLengths[tokens[0]!] = 1
  else {
    buildLengths(freq, 17, clcLengths, new Uint16Array(18), 5)
    canonicalCodes(clcLengths, 18, 5, clcCodes)
  }
  writeCodeLengthCode(w, clcLengths, distinct)
  const single = distinct === 1
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!single) addBits(w, clcCodes[t]!, clcLengths[t]!)
    if (t === 17) addBits(w, extras[i]!, 3)
  }
}

/** HSKIP = 0, then the code length code lengths in CLC_ORDER until the code is complete. */
function writeCodeLengthCode(w: BitWriter, clcLengths: Uint8Array, distinct: number): void {
  addBits(w, 0, 2)
  let space = 32
  for (let i = 0; i < 18; i++) {
    const v = clcLengths[CLC_ORDER[i]!]!
    addBits(w, CLC_LENGTH_CODE[v]!, CLC_LENGTH_BITS[v]!)
    if (v > 0) space -= 32 >>> v
    if (distinct > 1 && space === 0) return
  }
}
