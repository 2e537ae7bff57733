/**
 * Brotli compressor for BROTLI pages (Parquet Compression.md, codec id 4;
 * RFC 7932). The input is cut into meta-blocks; each is LZ77-parsed (greedy,
 * hash table) and written with one literal, one insert-and-copy and one
 * distance prefix code built for that meta-block (no block splitting, no
 * context modeling, no static dictionary). A meta-block that would not be
 * smaller is stored uncompressed (RFC 7932 section 9.2, ISUNCOMPRESSED).
 */
import { findMatches, matchList, matcher } from './lz77.js'
import { type PrefixCode, prefixCode, writePrefixCode } from './brotli-prefix.js'
import { type BitWriter, addBits, bitWriter, flushBits } from './bit-writer.js'

const META_BLOCK = 1 << 18

// Insert and copy length codes, RFC 7932 section 5.
const INS_BASE = [0, 1, 2, 3, 4, 5, 6, 8, 10, 14, 18, 26, 34, 50, 66, 98, 130, 194, 322, 578, 1090, 2114, 6210, 22594]
const INS_BITS = [0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 24]
const COPY_BASE = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 18, 22, 30, 38, 54, 70, 102, 134, 198, 326, 582, 1094, 2118]
const COPY_BITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 24]
/** First insert-and-copy symbol of each (insert code / 8, copy code / 8) cell with an explicit distance. */
const CELL_BASE = [128, 192, 384, 256, 320, 512, 448, 576, 640]

/** Per-meta-block command list: symbols and extra bits, ready to write. */
interface Commands {
  count: number
  insLen: Uint32Array
  copyLen: Uint32Array
  symbol: Uint16Array
  /** Distance symbol, or -1 when the command has none. */
  distSymbol: Int16Array
  distExtra: Uint32Array
  distBits: Uint8Array
}

interface Encoder {
  src: Uint8Array
  lastDistance: number
  commands: Commands
  litCode: PrefixCode
  cmdCode: PrefixCode
  distCode: PrefixCode
  scratch: Uint8Array
}

/** Compresses `input` into one Brotli stream. */
export function brotliCompress(input: Uint8Array): Uint8Array {
  const n = input.length
  let wbits = 16
  while (wbits < 24 && (1 << wbits) - 16 < n) wbits++
  if (wbits === 17) wbits = 18
  const out = new Uint8Array(n + 8 * Math.ceil(n / META_BLOCK) + 16 + 4)
  const w = bitWriter(out, 0)
  if (wbits === 16) addBits(w, 0, 1)
  else addBits(w, 1 | ((wbits - 17) << 1), 4)
  const m = matcher(input, Math.min(n, (1 << wbits) - 16), 4)
  const matches = matchList(META_BLOCK)
  const e = encoder(input)
  for (let start = 0; start < n; start += META_BLOCK) {
    const end = Math.min(n, start + META_BLOCK)
    findMatches(m, start, end, matches)
    const saved = e.lastDistance
    if (!writeCompressedMetaBlock(e, w, start, end, matches)) {
      e.lastDistance = saved
      writeUncompressedMetaBlock(w, input.subarray(start, end))
    }
  }
  addBits(w, 3, 2) // ISLAST, ISLASTEMPTY
  return out.slice(0, flushBits(w))
}

function encoder(src: Uint8Array): Encoder {
  const max = Math.floor(META_BLOCK / 6) + 2
  return {
    src,
    lastDistance: 4,
    commands: {
      count: 0,
      insLen: new Uint32Array(max),
      copyLen: new Uint32Array(max),
      symbol: new Uint16Array(max),
      distSymbol: new Int16Array(max),
      distExtra: new Uint32Array(max),
      distBits: new Uint8Array(max),
    },
    litCode: prefixCode(256),
    cmdCode: prefixCode(704),
    distCode: prefixCode(64),
    scratch: new Uint8Array(Math.min(src.length, META_BLOCK) + 4096),
  }
}

/** ISLAST = 0, MNIBBLES and MLEN - 1 (RFC 7932 section 9.2). */
function writeMetaBlockLength(w: BitWriter, length: number): void {
  const nibbles = Math.max(4, Math.ceil((32 - Math.clz32(length - 1)) / 4))
  addBits(w, 0, 1)
  addBits(w, nibbles - 4, 2)
  addBits(w, length - 1, nibbles * 4)
}

function writeUncompressedMetaBlock(w: BitWriter, bytes: Uint8Array): void {
  writeMetaBlockLength(w, bytes.length)
  addBits(w, 1, 1) // ISUNCOMPRESSED
  flushBits(w)
  w.out.set(bytes, w.pos)
  w.pos += bytes.length
}

/** Writes the meta-block into scratch space and keeps it when smaller than raw; returns whether it was kept. */
function writeCompressedMetaBlock(e: Encoder, w: BitWriter, start: number, end: number, matches: ReturnType<typeof matchList>): boolean {
  buildCommands(e, matches)
  const c = e.commands
  countSymbols(e, start)
  const s: BitWriter = { out: e.scratch, pos: 0, acc: w.acc, bits: w.bits }
  writeMetaBlockLength(s, end - start)
  addBits(s, 0, 1) // ISUNCOMPRESSED
  addBits(s, 0, 3) // NBLTYPESL, NBLTYPESI, NBLTYPESD = 1
  addBits(s, 0, 6) // NPOSTFIX = 0, NDIRECT = 0
  addBits(s, 0, 2) // context mode of the one literal block type
  addBits(s, 0, 2) // NTREESL = 1, NTREESD = 1
  writePrefixCode(s, e.litCode)
  writePrefixCode(s, e.cmdCode)
  writePrefixCode(s, e.distCode)
  const limit = end - start
  let ip = start
  for (let i = 0; i < c.count; i++) {
    ip = writeCommand(e, s, i, ip)
    if (s.pos > limit) return false
  }
  w.out.set(e.scratch.subarray(0, s.pos), w.pos)
  w.pos += s.pos
  w.acc = s.acc
  w.bits = s.bits
  return true
}

function writeCommand(e: Encoder, s: BitWriter, i: number, start: number): number {
  const c = e.commands
  const { litCode, cmdCode, distCode, src } = e
  const sym = c.symbol[i]!
  addBits(s, cmdCode.codes[sym]!, cmdCode.lengths[sym]!)
  const ins = c.insLen[i]!
  const copy = c.copyLen[i]!
  const ic = lengthCode(INS_BASE, ins)
  const cc = lengthCode(COPY_BASE, copy)
  if (INS_BITS[ic]) addBits(s, ins - INS_BASE[ic]!, INS_BITS[ic]!)
  if (COPY_BITS[cc]) addBits(s, copy - COPY_BASE[cc]!, COPY_BITS[cc]!)
  const end = start + ins
  for (let p = start; p < end; p++) addBits(s, litCode.codes[src[p]!]!, litCode.lengths[src[p]!]!)
  const d = c.distSymbol[i]!
  if (d >= 0) {
    addBits(s, distCode.codes[d]!, distCode.lengths[d]!)
    if (c.distBits[i]) addBits(s, c.distExtra[i]!, c.distBits[i]!)
  }
  return end + copy
}

/** The largest code whose base is at most `len`. */
function lengthCode(base: number[], len: number): number {
  let code = base.length - 1
  while (base[code]! > len) code--
  return code
}

/** Turns matches into commands, choosing the implicit "last distance" form when it applies. */
function buildCommands(e: Encoder, matches: ReturnType<typeof matchList>): void {
  const c = e.commands
  let k = 0
  for (let i = 0; i < matches.count; i++, k++) {
    setCommand(e, k, matches.litLengths[i]!, matches.matchLengths[i]!, matches.offsets[i]!)
  }
  if (matches.tail > 0) {
    // Insert-only last command: the meta-block ends after its literals, so its copy length (2) is never used.
    const ic = lengthCode(INS_BASE, matches.tail)
    c.insLen[k] = matches.tail
    c.copyLen[k] = 2
    c.symbol[k] = ic < 8 ? (ic & 7) << 3 : CELL_BASE[(ic >>> 3) * 3]! + ((ic & 7) << 3)
    c.distSymbol[k] = -1
    k++
  }
  c.count = k
}

/** Command `k`: insert `ins` literals, copy `copy` bytes from `dist` back. */
function setCommand(e: Encoder, k: number, ins: number, copy: number, dist: number): void {
  const c = e.commands
  const ic = lengthCode(INS_BASE, ins)
  const cc = lengthCode(COPY_BASE, copy)
  c.insLen[k] = ins
  c.copyLen[k] = copy
  c.distBits[k] = 0
  if (dist === e.lastDistance && ic < 8 && cc < 16) {
    // Symbols 0..127 reuse the last distance without a distance code.
    c.symbol[k] = (cc < 8 ? 0 : 64) + ((ic & 7) << 3) + (cc & 7)
    c.distSymbol[k] = -1
    return
  }
  c.symbol[k] = CELL_BASE[(ic >>> 3) * 3 + (cc >>> 3)]! + ((ic & 7) << 3) + (cc & 7)
  if (dist === e.lastDistance) c.distSymbol[k] = 0 // distance code 0 does not enter the ring buffer
  else setDistance(c, k, dist)
  e.lastDistance = dist
}

/** Distance code 16 + 2 * (nbits - 1) + (top bit after the leading one), with NPOSTFIX = NDIRECT = 0 (RFC 7932 section 4). */
function setDistance(c: Commands, k: number, dist: number): void {
  const x = dist + 3
  const nbits = 31 - Math.clz32(x) - 1
  c.distSymbol[k] = 16 + 2 * (nbits - 1) + ((x >>> nbits) & 1)
  c.distExtra[k] = x & ((1 << nbits) - 1)
  c.distBits[k] = nbits
}

/** Symbol counts for the three prefix codes of the meta-block starting at `start`. */
function countSymbols(e: Encoder, start: number): void {
  const c = e.commands
  const lit = e.litCode.freq
  const cmd = e.cmdCode.freq
  const dist = e.distCode.freq
  lit.fill(0)
  cmd.fill(0)
  dist.fill(0)
  let ip = start
  for (let i = 0; i < c.count; i++) {
    const end = ip + c.insLen[i]!
    for (let p = ip; p < end; p++) lit[e.src[p]!]!++
    ip = end + c.copyLen[i]!
    cmd[c.symbol[i]!]!++
    if (c.distSymbol[i]! >= 0) dist[c.distSymbol[i]!]!++
  }
}
