/**
 * Bit reading and prefix codes for the BROTLI decoder (Parquet Compression.md,
 * codec id 4; RFC 7932 sections 2, 3.1-3.5). Bits are read least significant
 * first; prefix codes are canonical and decoded through a two-level lookup
 * table (8 root bits, sub-tables for longer codes). Reading past the input
 * yields zero bits for a few bytes, then CODEC_INVALID: the caller checks the
 * exact end of the stream.
 */
import { codecError } from './codec-util.js'

const NAME = 'BROTLI'
const ROOT_BITS = 8
/** Code length code lengths are stored in this order (RFC 7932 section 3.5). */
const CLCL_ORDER = [1, 2, 3, 4, 0, 5, 17, 6, 16, 7, 8, 9, 10, 11, 12, 13, 14, 15]
/** The fixed code for code length code lengths, indexed by the next 4 bits: value and length (section 3.5). */
const CLCL_VALUE = [0, 4, 3, 2, 0, 4, 3, 1, 0, 4, 3, 2, 0, 4, 3, 5]
const CLCL_BITS = [2, 2, 2, 3, 2, 2, 2, 4, 2, 2, 2, 3, 2, 2, 2, 4]

/** LSB-first bit reader over one input buffer. */
export interface BitReader {
  buf: Uint8Array
  /** Next byte to load. */
  next: number
  /** Loaded bits, lowest first. */
  acc: number
  /** Number of loaded bits in `acc`. */
  bits: number
}

export function bitReader(buf: Uint8Array): BitReader {
  return { buf, next: 0, acc: 0, bits: 0 }
}

/** A CODEC_INVALID error for the BROTLI codec. */
export function invalid(message: string): Error {
  return codecError(NAME, message)
}

/** Loads bytes until more than 24 bits are available (zeros past the end, then an error). */
export function fill(r: BitReader): void {
  while (r.bits <= 24) {
    const i = r.next++
    if (i < r.buf.length) r.acc |= r.buf[i]! << r.bits
    else if (i >= r.buf.length + 8) throw invalid(`stream truncated: expected more than ${r.buf.length} bytes`)
    r.bits += 8
  }
}

/** Reads `n` bits (0..24) as an unsigned number. */
export function readBits(r: BitReader, n: number): number {
  if (r.bits < n) fill(r)
  const v = r.acc & ((1 << n) - 1)
  r.acc >>>= n
  r.bits -= n
  return v >>> 0
}

/** Number of bits consumed so far. */
export function bitPosition(r: BitReader): number {
  return r.next * 8 - r.bits
}

/** Skips to the next byte boundary; the skipped bits must be zero. */
export function alignToByte(r: BitReader): void {
  if (readBits(r, r.bits & 7) !== 0) throw invalid('expected zero padding bits before a byte boundary')
}

/** Decodes one symbol with a table from buildTable. */
export function readSymbol(r: BitReader, table: Uint32Array): number {
  if (r.bits < 15) fill(r)
  let e = table[r.acc & 0xff]!
  let len = e >>> 16
  if (len > 15) {
    e = table[(e & 0xffff) + ((r.acc >>> ROOT_BITS) & ((1 << (len - 16)) - 1))]!
    len = e >>> 16
  }
  r.acc >>>= len
  r.bits -= len
  return e & 0xffff
}

/** A table that returns `symbol` for zero bits (a one-symbol code). */
function singleSymbol(symbol: number): Uint32Array {
  return new Uint32Array(1 << ROOT_BITS).fill(symbol)
}

function reverseBits(code: number, len: number): number {
  let r = 0
  for (let i = 0; i < len; i++) {
    r = (r << 1) | (code & 1)
    code >>>= 1
  }
  return r
}

/**
 * Builds the lookup table of the canonical code with `lengths[0..n)` (RFC 7932
 * section 3.2). The caller has checked that the lengths form a complete code.
 * Root entries hold (length << 16 | symbol), or ((16 + sub-table bits) << 16 | offset).
 */
export function buildTable(lengths: Uint8Array, n: number): Uint32Array {
  const count = new Uint16Array(16)
  for (let i = 0; i < n; i++) count[lengths[i]!]!++
  count[0] = 0
  const nextCode = new Uint32Array(16)
  for (let len = 1, code = 0; len < 16; len++) {
    code = (code + count[len - 1]!) << 1
    nextCode[len] = code
  }
  const codes = new Uint16Array(n)
  const subBits = new Uint8Array(1 << ROOT_BITS)
  for (let sym = 0; sym < n; sym++) {
    const len = lengths[sym]!
    if (len === 0) continue
    const rev = reverseBits(nextCode[len]!++, len)
    codes[sym] = rev
    const root = rev & 0xff
    if (len > ROOT_BITS && len - ROOT_BITS > subBits[root]!) subBits[root] = len - ROOT_BITS
  }
  return fillTable(lengths, n, codes, subBits)
}

function fillTable(lengths: Uint8Array, n: number, codes: Uint16Array, subBits: Uint8Array): Uint32Array {
  const offsets = new Uint32Array(1 << ROOT_BITS)
  let size = 1 << ROOT_BITS
  for (let root = 0; root < 1 << ROOT_BITS; root++) {
    if (subBits[root]! === 0) continue
    offsets[root] = size
    size += 1 << subBits[root]!
  }
  const table = new Uint32Array(size)
  for (let root = 0; root < 1 << ROOT_BITS; root++) {
    if (subBits[root]! !== 0) table[root] = ((16 + subBits[root]!) << 16) | offsets[root]!
  }
  for (let sym = 0; sym < n; sym++) {
    const len = lengths[sym]!
    if (len === 0) continue
    const entry = (len << 16) | sym
    if (len <= ROOT_BITS) {
      for (let k = codes[sym]!; k < 1 << ROOT_BITS; k += 1 << len) table[k] = entry
      continue
    }
    const root = codes[sym]! & 0xff
    const end = 1 << subBits[root]!
    for (let k = codes[sym]! >>> ROOT_BITS; k < end; k += 1 << (len - ROOT_BITS)) table[offsets[root]! + k] = entry
  }
  return table
}

/** Reads one prefix code over `alphabetSize` symbols (simple or complex form) into a lookup table. */
export function readPrefixCode(r: BitReader, alphabetSize: number, lengths: Uint8Array): Uint32Array {
  const hskip = readBits(r, 2)
  if (hskip === 1) return readSimpleCode(r, alphabetSize, lengths)
  const clcl = new Uint8Array(18)
  let space = 32
  let codes = 0
  let last = 0
  for (let i = hskip; i < 18 && space > 0; i++) {
    if (r.bits < 4) fill(r)
    const p = r.acc & 15
    readBits(r, CLCL_BITS[p]!)
    const v = CLCL_VALUE[p]!
    clcl[CLCL_ORDER[i]!] = v
    if (v !== 0) {
      space -= 32 >> v
      codes++
      last = CLCL_ORDER[i]!
    }
  }
  if (codes !== 1 && space !== 0) throw invalid(`code length code lengths do not form a complete code (space ${space} left)`)
  const clTable = codes === 1 ? singleSymbol(last) : buildTable(clcl, 18)
  readCodeLengths(r, clTable, alphabetSize, lengths)
  return buildTable(lengths, alphabetSize)
}

/** Code lengths coded with the code length code, with repeat codes 16 and 17 (section 3.5). */
function readCodeLengths(r: BitReader, clTable: Uint32Array, alphabetSize: number, lengths: Uint8Array): void {
  lengths.fill(0, 0, alphabetSize)
  let symbol = 0
  let prevLen = 8
  let repeat = 0
  let repeatLen = 0
  let space = 32768
  while (symbol < alphabetSize && space > 0) {
    const code = readSymbol(r, clTable)
    if (code < 16) {
      repeat = 0
      lengths[symbol++] = code
      if (code !== 0) {
        prevLen = code
        space -= 32768 >> code
      }
      continue
    }
    const extra = code === 16 ? 2 : 3
    const newLen = code === 16 ? prevLen : 0
    if (repeatLen !== newLen) {
      repeat = 0
      repeatLen = newLen
    }
    const old = repeat
    if (repeat > 0) repeat = (repeat - 2) << extra
    repeat += readBits(r, extra) + 3
    const delta = repeat - old
    if (symbol + delta > alphabetSize) throw invalid(`code length repeat runs past the alphabet of ${alphabetSize} symbols`)
    lengths.fill(repeatLen, symbol, symbol + delta)
    symbol += delta
    if (repeatLen !== 0) space -= delta << (15 - repeatLen)
  }
  if (space !== 0) throw invalid(`code lengths do not form a complete prefix code (space ${space} left of 32768)`)
}

/** Simple prefix code: 1 to 4 symbols with fixed lengths (section 3.4). */
function readSimpleCode(r: BitReader, alphabetSize: number, lengths: Uint8Array): Uint32Array {
  const nsym = readBits(r, 2) + 1
  const bits = 32 - Math.clz32(alphabetSize - 1)
  const syms = [0, 0, 0, 0]
  for (let i = 0; i < nsym; i++) {
    const s = readBits(r, bits)
    if (s >= alphabetSize) throw invalid(`simple prefix code symbol ${s} is outside the alphabet of ${alphabetSize}`)
    for (let j = 0; j < i; j++) if (syms[j] === s) throw invalid(`simple prefix code repeats symbol ${s}`)
    syms[i] = s
  }
  if (nsym === 1) return singleSymbol(syms[0]!)
  lengths.fill(0, 0, alphabetSize)
  const shape = nsym === 2 ? [1, 1] : nsym === 3 ? [1, 2, 2] : readBits(r, 1) === 0 ? [2, 2, 2, 2] : [1, 2, 3, 3]
  // Lengths go to the symbols in the order they were given; the canonical code then orders equal lengths by value.
  for (let i = 0; i < nsym; i++) lengths[syms[i]!] = shape[i]!
  return buildTable(lengths, alphabetSize)
}
