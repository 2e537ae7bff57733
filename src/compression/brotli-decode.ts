/**
 * BROTLI decoder (Parquet Compression.md, codec id 4; RFC 7932 sections 4 to
 * 10): stream and meta-block headers, block switching, context maps and the
 * insert-and-copy command loop. Output goes straight into one array of the
 * page's declared size: a meta-block that would not fit is an error before it
 * is decoded. Every loop is bounded by the output size or by the input bits
 * (reading past the input fails after a few bytes), so no input can hang it.
 */
import { type StaticDictionary, writeWord } from './brotli-dictionary.js'
import { type BitReader, alignToByte, bitPosition, bitReader, fill, invalid, readBits, readPrefixCode, readSymbol } from './brotli-huffman.js'
import {
  BLOCK_COUNT_BASE,
  BLOCK_COUNT_EXTRA,
  CELL_COPY,
  CELL_INSERT,
  COPY_BASE,
  COPY_EXTRA,
  DICT_BITS,
  INSERT_BASE,
  INSERT_EXTRA,
  contextLookup,
} from './brotli-tables.js'

/** Which earlier distance (0 = last) and what change each of distance codes 0..15 means (section 4). */
const DIST_SLOT = Int8Array.of(0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1)
const DIST_DELTA = Int8Array.of(0, 0, 0, 0, -1, 1, -2, 2, -3, 3, -1, 1, -2, 2, -3, 3)
const NO_SWITCH = 2 ** 40

/** Block types of one category (literals, commands or distances) in a meta-block (section 6). */
interface Blocks {
  count: number
  typeCode: Uint32Array | undefined
  lengthCode: Uint32Array | undefined
  type: number
  previous: number
  /** Symbols left in the current block. */
  left: number
}

interface State {
  r: BitReader
  out: Uint8Array
  pos: number
  maxBackward: number
  /** The last four distances, newest at `distIndex & 3` (section 4). */
  distances: Int32Array
  distIndex: number
  /** Commands that may still produce no output (dictionary words transformed to nothing). */
  idleBudget: number
  lengths: Uint8Array
  lookup: Uint8Array
  dictionary: () => StaticDictionary
}

/** One compressed meta-block's codes. */
interface MetaBlock {
  lit: Blocks
  cmd: Blocks
  dist: Blocks
  modes: Uint8Array
  litMap: Uint8Array
  distMap: Uint8Array
  litCodes: Uint32Array[]
  cmdCodes: Uint32Array[]
  distCodes: Uint32Array[]
  npostfix: number
  ndirect: number
}

/**
 * Decodes the Brotli stream `input`, which must produce exactly `size` bytes
 * and end at the last input byte. `dictionary` gives the static dictionary
 * when a stream refers to it. Throws CODEC_INVALID ParquetErrors.
 */
export function brotliDecode(input: Uint8Array, size: number, dictionary: () => StaticDictionary): Uint8Array {
  const r = bitReader(input)
  const s: State = {
    r,
    out: new Uint8Array(size),
    pos: 0,
    maxBackward: (1 << readWindowBits(r)) - 16,
    distances: Int32Array.of(16, 15, 11, 4),
    distIndex: 3,
    idleBudget: input.length * 8 + 64,
    lengths: new Uint8Array(704),
    lookup: contextLookup(),
    dictionary,
  }
  let last = 0
  while (!last) {
    last = readBits(r, 1)
    if (last && readBits(r, 1)) break // ISLASTEMPTY
    const length = readMetaBlockLength(r)
    if (length < 0) continue // metadata, skipped
    if (s.pos + length > size) throw invalid(`expected ${size} uncompressed bytes, found a meta-block ending at byte ${s.pos + length}`)
    if (!last && readBits(r, 1)) copyUncompressed(s, length)
    else decodeCommands(s, readMetaBlockHeader(s), length)
  }
  checkEnd(s, input.length)
  return s.out
}

/** WBITS (section 9.1); large-window streams are not RFC 7932 and are rejected. */
function readWindowBits(r: BitReader): number {
  if (readBits(r, 1) === 0) return 16
  const n = readBits(r, 3)
  if (n !== 0) return 17 + n
  const m = readBits(r, 3)
  if (m === 1) throw invalid('window size code 0b0010001 is reserved (large-window Brotli is not RFC 7932)')
  return m === 0 ? 17 : 8 + m
}

/** MLEN of a data meta-block, or -1 after skipping a metadata meta-block (section 9.2). */
function readMetaBlockLength(r: BitReader): number {
  const nibbles = readBits(r, 2)
  if (nibbles === 3) {
    if (readBits(r, 1) !== 0) throw invalid('reserved bit of a metadata meta-block header is set')
    const bytes = readBits(r, 2)
    let skip = 0
    for (let i = 0; i < bytes; i++) {
      const b = readBits(r, 8)
      if (i === bytes - 1 && i > 0 && b === 0) throw invalid('metadata length has a zero high byte')
      skip += b * 2 ** (8 * i)
    }
    takeBytes(r, bytes === 0 ? 0 : skip + 1)
    return -1
  }
  const value = readBits(r, 4 * (nibbles + 4))
  if (nibbles > 0 && value >>> (4 * (nibbles + 3)) === 0) throw invalid('meta-block length has a zero high nibble')
  return value + 1
}

/** Aligns to a byte boundary and returns the input offset of the next `n` bytes, which the reader then skips. */
function takeBytes(r: BitReader, n: number): number {
  alignToByte(r)
  const at = bitPosition(r) / 8
  if (at + n > r.buf.length) throw invalid(`stream truncated: ${n} stored bytes at offset ${at}, input is ${r.buf.length} bytes`)
  r.next = at + n
  r.acc = 0
  r.bits = 0
  return at
}

function copyUncompressed(s: State, length: number): void {
  const at = takeBytes(s.r, length)
  s.out.set(s.r.buf.subarray(at, at + length), s.pos)
  s.pos += length
}

/** The stream must end within its last byte, with zero padding bits. */
function checkEnd(s: State, inputLength: number): void {
  const used = Math.ceil(bitPosition(s.r) / 8)
  if (used > inputLength) throw invalid(`stream truncated: expected more than ${inputLength} bytes`)
  alignToByte(s.r)
  if (used < inputLength) throw invalid(`expected the stream to end at byte ${inputLength}, found its end at byte ${used}`)
  if (s.pos !== s.out.length) throw invalid(`expected ${s.out.length} uncompressed bytes, found ${s.pos}`)
}

/** A number 1..256 (section 9.2: NBLTYPES, NTREES). */
function readCount256(r: BitReader): number {
  if (readBits(r, 1) === 0) return 1
  const n = readBits(r, 3)
  return (1 << n) + readBits(r, n) + 1
}

function readBlocks(s: State): Blocks {
  const count = readCount256(s.r)
  const b: Blocks = { count, typeCode: undefined, lengthCode: undefined, type: 0, previous: 1, left: NO_SWITCH }
  if (count < 2) return b
  b.typeCode = readPrefixCode(s.r, count + 2, s.lengths)
  b.lengthCode = readPrefixCode(s.r, 26, s.lengths)
  b.left = readBlockLength(s.r, b.lengthCode)
  return b
}

function readBlockLength(r: BitReader, code: Uint32Array): number {
  const c = readSymbol(r, code)
  return BLOCK_COUNT_BASE[c]! + readBits(r, BLOCK_COUNT_EXTRA[c]!)
}

/** Block switch command (section 6): the next block's type and length. */
function switchBlock(r: BitReader, b: Blocks): void {
  if (!b.typeCode) throw invalid('block count ran out in a category with one block type')
  const code = readSymbol(r, b.typeCode)
  let type = code === 0 ? b.previous : code === 1 ? b.type + 1 : code - 2
  if (type >= b.count) type -= b.count
  b.previous = b.type
  b.type = type
  b.left = readBlockLength(r, b.lengthCode!)
}

/** Context map of `size` entries (section 7.3); returns the map and the number of prefix codes. */
function readContextMap(s: State, size: number): { map: Uint8Array; trees: number } {
  const r = s.r
  const trees = readCount256(r)
  const map = new Uint8Array(size)
  if (trees < 2) return { map, trees }
  const rleMax = readBits(r, 1) ? readBits(r, 4) + 1 : 0
  const code = readPrefixCode(r, trees + rleMax, s.lengths)
  for (let i = 0; i < size; ) {
    const sym = readSymbol(r, code)
    if (sym === 0) i++
    else if (sym <= rleMax) {
      i += (1 << sym) + readBits(r, sym)
      if (i > size) throw invalid(`context map run passes its end (${size} entries)`)
    } else map[i++] = sym - rleMax
  }
  if (readBits(r, 1)) inverseMoveToFront(map)
  return { map, trees }
}

function inverseMoveToFront(map: Uint8Array): void {
  const mtf = new Uint8Array(256)
  for (let i = 0; i < 256; i++) mtf[i] = i
  for (let i = 0; i < map.length; i++) {
    const index = map[i]!
    const value = mtf[index]!
    map[i] = value
    mtf.copyWithin(1, 0, index)
    mtf[0] = value
  }
}

function readCodes(s: State, count: number, alphabet: number): Uint32Array[] {
  const codes: Uint32Array[] = []
  for (let i = 0; i < count; i++) codes.push(readPrefixCode(s.r, alphabet, s.lengths))
  return codes
}

/** The header of a compressed meta-block after ISUNCOMPRESSED (section 9.2). */
function readMetaBlockHeader(s: State): MetaBlock {
  const r = s.r
  const lit = readBlocks(s)
  const cmd = readBlocks(s)
  const dist = readBlocks(s)
  const npostfix = readBits(r, 2)
  const ndirect = readBits(r, 4) << npostfix
  const modes = new Uint8Array(lit.count)
  for (let i = 0; i < lit.count; i++) modes[i] = readBits(r, 2)
  const litMap = readContextMap(s, 64 * lit.count)
  const distMap = readContextMap(s, 4 * dist.count)
  return {
    lit,
    cmd,
    dist,
    modes,
    litMap: litMap.map,
    distMap: distMap.map,
    litCodes: readCodes(s, litMap.trees, 256),
    cmdCodes: readCodes(s, cmd.count, 704),
    distCodes: readCodes(s, distMap.trees, 16 + ndirect + (48 << npostfix)),
    npostfix,
    ndirect,
  }
}

/** Runs insert-and-copy commands until the meta-block's `length` bytes are out (section 9.3). */
function decodeCommands(s: State, m: MetaBlock, length: number): void {
  const r = s.r
  let remaining = length
  while (remaining > 0) {
    if (m.cmd.left === 0) switchBlock(r, m.cmd)
    m.cmd.left--
    const sym = readSymbol(r, m.cmdCodes[m.cmd.type]!)
    const cell = sym >>> 6
    const ic = CELL_INSERT[cell]! + ((sym >>> 3) & 7)
    const cc = CELL_COPY[cell]! + (sym & 7)
    const insert = INSERT_BASE[ic]! + readBits(r, INSERT_EXTRA[ic]!)
    const copy = COPY_BASE[cc]! + readBits(r, COPY_EXTRA[cc]!)
    if (insert > remaining) throw invalid(`insert of ${insert} literals runs past the meta-block (${remaining} bytes left)`)
    insertLiterals(s, m, insert)
    remaining -= insert
    if (remaining === 0) break
    const code = cell < 2 ? 0 : readDistanceCode(s, m, copy)
    remaining -= copyOrWord(s, m, code, copy, remaining)
  }
}

/** Decodes `n` literals; the hot loop, with the reader's state in locals (readSymbol inlined). */
function insertLiterals(s: State, m: MetaBlock, n: number): void {
  const { r, out, lookup } = s
  const { lit, litCodes, litMap } = m
  let pos = s.pos
  let mode = m.modes[lit.type]! * 512
  let base = lit.type * 64
  let p1 = pos > 0 ? out[pos - 1]! : 0
  let p2 = pos > 1 ? out[pos - 2]! : 0
  let left = lit.left
  for (const end = pos + n; pos < end; pos++) {
    if (left === 0) {
      switchBlock(r, lit)
      left = lit.left
      mode = m.modes[lit.type]! * 512
      base = lit.type * 64
    }
    left--
    const table = litCodes[litMap[base + (lookup[mode + p1]! | lookup[mode + 256 + p2]!)]!]!
    if (r.bits < 15) fill(r)
    let e = table[r.acc & 0xff]!
    let len = e >>> 16
    if (len > 15) {
      e = table[(e & 0xffff) + ((r.acc >>> 8) & ((1 << (len - 16)) - 1))]!
      len = e >>> 16
    }
    r.acc >>>= len
    r.bits -= len
    p2 = p1
    p1 = e & 0xff
    out[pos] = p1
  }
  lit.left = left
  s.pos = pos
}

function readDistanceCode(s: State, m: MetaBlock, copy: number): number {
  const dist = m.dist
  if (dist.left === 0) switchBlock(s.r, dist)
  dist.left--
  const tree = m.distMap[dist.type * 4 + (copy > 4 ? 3 : copy - 2)]!
  return readSymbol(s.r, m.distCodes[tree]!)
}

/** The distance of distance code `code` (section 4). */
function distanceOf(s: State, m: MetaBlock, code: number): number {
  if (code < 16) {
    const d = s.distances[(s.distIndex - DIST_SLOT[code]!) & 3]! + DIST_DELTA[code]!
    if (d <= 0) throw invalid(`distance code ${code} gives distance ${d}`)
    return d
  }
  if (code < 16 + m.ndirect) return code - 15
  const x = code - m.ndirect - 16
  const bits = 1 + (x >> (m.npostfix + 1))
  const offset = ((2 + ((x >> m.npostfix) & 1)) << bits) - 4
  const low = x & ((1 << m.npostfix) - 1)
  return (offset + readBits(s.r, bits)) * (1 << m.npostfix) + low + m.ndirect + 1
}

/** Copies `copy` bytes from `distance` back, or writes a dictionary word; returns the bytes written. */
function copyOrWord(s: State, m: MetaBlock, code: number, copy: number, remaining: number): number {
  const distance = distanceOf(s, m, code)
  const maxDistance = Math.min(s.maxBackward, s.pos)
  if (distance > maxDistance) return dictionaryWord(s, distance - maxDistance - 1, copy, remaining)
  if (code !== 0) {
    s.distIndex = (s.distIndex + 1) & 3
    s.distances[s.distIndex] = distance
  }
  if (copy > remaining) throw invalid(`copy of ${copy} bytes runs past the meta-block (${remaining} bytes left)`)
  const { out } = s
  let pos = s.pos
  // copyWithin only pays off for long copies; overlapping ones (distance < copy) repeat bytes and go byte by byte.
  if (copy >= 32 && distance >= copy) out.copyWithin(pos, pos - distance, pos - distance + copy)
  else for (let from = pos - distance, end = pos + copy; pos < end; ) out[pos++] = out[from++]!
  s.pos += copy
  return copy
}

/** A static dictionary reference (section 8): word length `len`, word id `id` past the largest distance. */
function dictionaryWord(s: State, id: number, len: number, remaining: number): number {
  if (len < 4 || len > 24) throw invalid(`dictionary reference with word length ${len}, expected 4..24`)
  const dict = s.dictionary()
  const bits = DICT_BITS[len]!
  const transform = Math.floor(id / 2 ** bits)
  if (transform >= dict.transforms.length) throw invalid(`dictionary reference to transform ${transform}, expected 0..120`)
  const written = writeWord(s.out, s.pos, dict, len, id % 2 ** bits, dict.transforms[transform]!, remaining)
  if (written === 0 && --s.idleBudget < 0) throw invalid('too many commands that produce no output')
  s.pos += written
  return written
}
