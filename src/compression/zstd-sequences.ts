/**
 * Zstandard sequences section encoder for the ZSTD page compressor (Parquet
 * Compression.md, codec id 6; RFC 8878 section 3.1.1.3.2): literal length,
 * match length and offset codes with their extra bits, FSE-coded with the
 * predefined distributions (section 3.1.1.3.2.2) or, when cheaper, with
 * per-block distributions described in the block (FSE_Compressed_Mode).
 */
import { type BitWriter, addBits, addWideBits, bitWriter, closeStream, flushBits } from './bit-writer.js'
import {
  type FseTable,
  buildFseTable,
  fseEncode,
  fseFlush,
  fseInitState,
  normalizeCounts,
  writeTableDescription,
} from './zstd-fse.js'
import { LL_BASE, LL_BITS, LL_DEFAULT, ML_BASE, ML_BITS, ML_DEFAULT, OF_DEFAULT } from './zstd-tables.js'

/** The tables of one sequences section. */
interface Kind {
  /** Largest code, accuracy log of the predefined distribution, largest accuracy log allowed. */
  maxCode: number
  defaultLog: number
  maxLog: number
  defaultTable: FseTable
}

/** Per-compression state: predefined tables and code scratch arrays. */
export interface SequenceCoder {
  ll: Kind
  ml: Kind
  of: Kind
  llCodes: Uint8Array
  mlCodes: Uint8Array
  ofCodes: Uint8Array
  counts: Uint32Array
}

function kind(defaults: number[], defaultLog: number, maxLog: number): Kind {
  const norm = Int16Array.from(defaults)
  return { maxCode: defaults.length - 1, defaultLog, maxLog, defaultTable: buildFseTable(norm, norm.length - 1, defaultLog) }
}

export function sequenceCoder(maxSequences: number): SequenceCoder {
  return {
    ll: kind(LL_DEFAULT, 6, 9),
    ml: kind(ML_DEFAULT, 6, 9),
    of: kind(OF_DEFAULT, 5, 8),
    llCodes: new Uint8Array(maxSequences),
    mlCodes: new Uint8Array(maxSequences),
    ofCodes: new Uint8Array(maxSequences),
    counts: new Uint32Array(64),
  }
}

function highBit(v: number): number {
  return 31 - Math.clz32(v)
}

export function literalLengthCode(ll: number): number {
  if (ll < 16) return ll
  if (ll < 24) return 16 + ((ll - 16) >>> 1)
  if (ll < 32) return 20 + ((ll - 24) >>> 2)
  if (ll < 48) return 22 + ((ll - 32) >>> 3)
  if (ll < 64) return 24
  return highBit(ll) + 19
}

export function matchLengthCode(ml: number): number {
  const m = ml - 3
  if (m < 32) return m
  if (m < 40) return 32 + ((m - 32) >>> 1)
  if (m < 48) return 36 + ((m - 40) >>> 2)
  if (m < 64) return 38 + ((m - 48) >>> 3)
  if (m < 96) return 40 + ((m - 64) >>> 4)
  return highBit(m) + 36
}

/** Sequences of one block: literal lengths, match lengths and offset values (offset + 3, or 1..3 for repeats). */
export interface Sequences {
  count: number
  litLengths: Uint32Array
  matchLengths: Uint32Array
  offsetValues: Uint32Array
}

/** Writes the sequences section at `out[pos]`; returns the end offset, or -1 when over `limit`. */
export function writeSequences(seq: Sequences, c: SequenceCoder, out: Uint8Array, pos: number, limit: number): number {
  const n = seq.count
  let p = pos
  if (n < 128) out[p++] = n
  else if (n < 0x7f00) {
    out[p++] = (n >>> 8) + 128
    out[p++] = n & 255
  } else {
    out[p++] = 255
    out[p++] = (n - 0x7f00) & 255
    out[p++] = (n - 0x7f00) >>> 8
  }
  if (n === 0) return p
  for (let i = 0; i < n; i++) {
    c.llCodes[i] = literalLengthCode(seq.litLengths[i]!)
    c.mlCodes[i] = matchLengthCode(seq.matchLengths[i]!)
    c.ofCodes[i] = highBit(seq.offsetValues[i]!)
  }
  const modesAt = p++
  const w = bitWriter(out, p)
  const ll = chooseTable(c.ll, c.llCodes, n, c.counts, w)
  const of = chooseTable(c.of, c.ofCodes, n, c.counts, w)
  const ml = chooseTable(c.ml, c.mlCodes, n, c.counts, w)
  out[modesAt] = (ll.mode << 6) | (of.mode << 4) | (ml.mode << 2)
  if (w.pos >= limit) return -1
  return encodeBitstream(seq, c, ll.table, of.table, ml.table, w, limit)
}

/** Picks predefined (mode 0), RLE (mode 1) or FSE_Compressed (mode 2) for one code stream, writing any description. */
function chooseTable(k: Kind, codes: Uint8Array, n: number, counts: Uint32Array, w: BitWriter): { mode: number; table: FseTable } {
  counts.fill(0)
  let maxCode = 0
  for (let i = 0; i < n; i++) {
    const code = codes[i]!
    counts[code]!++
    if (code > maxCode) maxCode = code
  }
  if (counts[maxCode] === n && n > 2) {
    addBits(w, maxCode, 8)
    return { mode: 1, table: buildFseTable(Int16Array.of(...new Array<number>(maxCode).fill(0), 1), maxCode, 0) }
  }
  const predefinedCost = maxCode <= k.maxCode ? tableCost(counts, maxCode, k.defaultTable) : Number.POSITIVE_INFINITY
  if (n < 16) return { mode: 0, table: k.defaultTable }
  const log = Math.min(k.maxLog, Math.max(5, highBit(maxCode) + 2, highBit(n - 1) - 1))
  const norm = normalizeCounts(counts, maxCode, n, log)
  const table = buildFseTable(norm, maxCode, log)
  const customCost = tableCost(counts, maxCode, table) + estimateDescriptionBits(maxCode, log)
  if (predefinedCost <= customCost) return { mode: 0, table: k.defaultTable }
  writeTableDescription(w, norm, maxCode, log)
  flushBits(w) // each description ends on a byte boundary
  return { mode: 2, table }
}

/** Approximate bits to code `counts` with `t`: the state bits each symbol costs. */
function tableCost(counts: Uint32Array, maxCode: number, t: FseTable): number {
  let bits = 0
  const size = 1 << t.tableLog
  for (let s = 0; s <= maxCode; s++) {
    const c = counts[s]!
    if (c === 0) continue
    const share = t.first[s + 1]! - t.first[s]!
    if (share === 0) return Number.POSITIVE_INFINITY
    bits += c * Math.log2(size / share)
  }
  return bits
}

function estimateDescriptionBits(maxCode: number, log: number): number {
  return 4 + (maxCode + 1) * (log - 1)
}

function encodeBitstream(seq: Sequences, c: SequenceCoder, llT: FseTable, ofT: FseTable, mlT: FseTable, w: BitWriter, limit: number): number {
  const { llCodes, mlCodes, ofCodes, litLengths, matchLengths, offsetValues } = { ...c, ...seq }
  let i = seq.count - 1
  let sLL = fseInitState(llT, llCodes[i]!)
  let sOF = fseInitState(ofT, ofCodes[i]!)
  let sML = fseInitState(mlT, mlCodes[i]!)
  addExtraBits(w, llCodes[i]!, mlCodes[i]!, ofCodes[i]!, litLengths[i]!, matchLengths[i]!, offsetValues[i]!)
  while (--i >= 0) {
    sOF = fseEncode(w, ofT, sOF, ofCodes[i]!)
    sML = fseEncode(w, mlT, sML, mlCodes[i]!)
    sLL = fseEncode(w, llT, sLL, llCodes[i]!)
    addExtraBits(w, llCodes[i]!, mlCodes[i]!, ofCodes[i]!, litLengths[i]!, matchLengths[i]!, offsetValues[i]!)
    if (w.pos >= limit) return -1
  }
  fseFlush(w, mlT, sML)
  fseFlush(w, ofT, sOF)
  fseFlush(w, llT, sLL)
  const end = closeStream(w)
  return end >= limit ? -1 : end
}

function addExtraBits(w: BitWriter, llc: number, mlc: number, ofc: number, ll: number, ml: number, ov: number): void {
  if (llc >= 16) addBits(w, ll - LL_BASE[llc]!, LL_BITS[llc]!)
  if (mlc >= 32) addBits(w, ml - ML_BASE[mlc]!, ML_BITS[mlc]!)
  if (ofc <= 24) addBits(w, ov - (1 << ofc), ofc)
  else addWideBits(w, ov - (1 << ofc), ofc)
}
