/**
 * Sequences section decoding and execution for the ZSTD page decompressor
 * (Parquet Compression.md, codec id 6; RFC 8878 sections 3.1.1.3.2 and
 * 3.1.1.4): the section header, the literal length / offset / match length
 * tables (predefined, RLE, FSE-compressed or repeated), the interleaved
 * backward bitstream, repeat offsets, and the copies into the output, each
 * bounded by the literals, the start of the frame and the output limit.
 */
import { codecError } from './codec-util.js'
import { streamTop } from './zstd-bits.js'
import { type FseDecodeTable, fseDecodeTable, predefinedTable, readFseTable, rleTable } from './zstd-decode-fse.js'
import type { LiteralsState } from './zstd-decode-literals.js'
import { LL_BASE, LL_BITS, LL_DEFAULT, ML_BASE, ML_BITS, ML_DEFAULT, OF_DEFAULT } from './zstd-tables.js'

// Per table kind, in the order the section lists them: literal lengths, offsets, match lengths.
const NAMES = ['literal length', 'offset', 'match length']
const MAX_LOG = [9, 8, 9]
const MAX_SYMBOL = [35, 31, 52]
const DEFAULT_LOG = [6, 5, 6]
const DEFAULTS = [LL_DEFAULT, OF_DEFAULT, ML_DEFAULT]

/** Sequence state of one frame: the tables Repeat_Mode reuses and the three repeat offsets. */
export interface SequencesState {
  /** The table each kind used last (undefined until a block sets it). */
  current: (FseDecodeTable | undefined)[]
  /** Tables read from the input, rebuilt in place. */
  own: FseDecodeTable[]
  predefined: (FseDecodeTable | undefined)[]
  norm: Int16Array
  rep: number[]
  /** Decoded sequences of the current block: literal length, match length, offset. */
  seqs: Uint32Array
}

export function sequencesState(): SequencesState {
  return {
    current: [undefined, undefined, undefined],
    own: [fseDecodeTable(9), fseDecodeTable(8), fseDecodeTable(9)],
    predefined: [undefined, undefined, undefined],
    norm: new Int16Array(64),
    rep: [1, 4, 8],
    seqs: new Uint32Array(0),
  }
}

/** Forgets the previous frame's tables and offsets. */
export function resetSequences(st: SequencesState): void {
  st.current.fill(undefined)
  st.rep[0] = 1
  st.rep[1] = 4
  st.rep[2] = 8
}

/** Where a block's output goes: `out[op ..]`, never past `limit`, matches never before `frameStart`. */
export interface BlockOutput {
  out: Uint8Array
  op: number
  limit: number
  frameStart: number
}

/** Decodes the sequences section in [pos, end) and executes it with the block's literals; advances `o.op`. */
export function decodeSequences(b: Uint8Array, pos: number, end: number, st: SequencesState, lits: LiteralsState, o: BlockOutput): void {
  if (pos >= end) throw codecError('ZSTD', `expected a sequences section at offset ${pos}, found the end of the block`)
  let p = pos
  let count = b[p++]!
  if (count >= 255) {
    count = b[p]! + (b[p + 1]! << 8) + 0x7f00
    p += 2
  } else if (count >= 128) count = ((count - 128) << 8) + b[p++]!
  if (p > end) throw codecError('ZSTD', `sequences header at offset ${pos} runs past the block end ${end}`)
  if (count === 0) {
    if (p !== end) throw codecError('ZSTD', `block at offset ${pos} has no sequences but ${end - p} bytes after the sequences header`)
    copyLiterals(lits, lits.count, o)
    return
  }
  if (p >= end) throw codecError('ZSTD', `sequences header at offset ${pos}: expected the modes byte, found the block end`)
  const modes = b[p++]!
  if (modes & 3) throw codecError('ZSTD', `sequences modes byte at offset ${p - 1} has reserved bits set`)
  for (let k = 0; k < 3; k++) p = selectTable(b, p, end, st, k, (modes >> (6 - 2 * k)) & 3)
  // Every sequence writes at least 3 bytes: this bounds the scratch by the output, not by the input.
  if (count * 3 > o.limit - o.op) throw overrun(o, count * 3)
  if (st.seqs.length < 3 * count) st.seqs = new Uint32Array(3 * count)
  decodeValues(b, p, end, count, st)
  execute(count, st, lits, o)
}

/** Sets `st.current[k]` from the compression mode; returns the offset after any table description. */
function selectTable(b: Uint8Array, pos: number, end: number, st: SequencesState, k: number, mode: number): number {
  if (mode === 0) {
    st.current[k] = st.predefined[k] ??= predefinedTable(DEFAULTS[k]!, DEFAULT_LOG[k]!)
    return pos
  }
  if (mode === 3) {
    if (!st.current[k]) throw codecError('ZSTD', `${NAMES[k]} table in repeat mode at offset ${pos}, but the frame has no previous table`)
    return pos
  }
  const t = st.own[k]!
  st.current[k] = t
  if (mode === 2) return readFseTable(b, pos, end, MAX_LOG[k]!, MAX_SYMBOL[k]!, t, st.norm)
  if (pos >= end) throw codecError('ZSTD', `${NAMES[k]} RLE symbol at offset ${pos} is past the block end`)
  if (b[pos]! > MAX_SYMBOL[k]!) throw codecError('ZSTD', `${NAMES[k]} RLE symbol ${b[pos]} at offset ${pos} is over the maximum ${MAX_SYMBOL[k]}`)
  rleTable(t, b[pos]!)
  return pos + 1
}

/** Appends the block's remaining `n` literals. */
function copyLiterals(lits: LiteralsState, n: number, o: BlockOutput): void {
  if (n > o.limit - o.op) throw overrun(o, n)
  const from = lits.start + lits.count - n
  o.out.set(lits.src.subarray(from, from + n), o.op)
  o.op += n
}

function overrun(o: BlockOutput, n: number): Error {
  return codecError('ZSTD', `a block writes ${n} bytes at output offset ${o.op}, past its limit ${o.limit} (the expected size, the frame's content size or the block maximum)`)
}

/**
 * Decodes `count` sequences from the backward bitstream in [start, end) into
 * `st.seqs` as (literal length, match length, offset) with repeat offsets
 * resolved. The bits not yet consumed are kept in `acc` (the low `n` bits);
 * bytes are loaded one at a time from `q` down to `start`, so no read leaves
 * the stream. On corrupt input `n` may go negative: values stay masked to
 * their bit counts (table indexes stay in range) and the final check throws.
 */
function decodeValues(b: Uint8Array, start: number, end: number, count: number, st: SequencesState): void {
  const { symbol: llSym, nbBits: llNb, baseline: llBase, log: llLog } = st.current[0]!
  const { symbol: ofSym, nbBits: ofNb, baseline: ofBase, log: ofLog } = st.current[1]!
  const { symbol: mlSym, nbBits: mlNb, baseline: mlBase, log: mlLog } = st.current[2]!
  const seqs = st.seqs
  let q = end
  let acc = 0
  let n = streamTop(b, start, end, 'sequences') - 8 * end
  while (n <= 24 && q > start) {
    acc = (acc << 8) | b[--q]!
    n += 8
  }
  // Initial states: llLog + ofLog + mlLog <= 26 bits, read as 18 then the rest.
  n -= llLog
  let sLL = (acc >>> n) & ((1 << llLog) - 1)
  n -= ofLog
  let sOF = (acc >>> n) & ((1 << ofLog) - 1)
  while (n <= 24 && q > start) {
    acc = (acc << 8) | b[--q]!
    n += 8
  }
  n -= mlLog
  let sML = (acc >>> n) & ((1 << mlLog) - 1)
  let rep1 = st.rep[0]!
  let rep2 = st.rep[1]!
  let rep3 = st.rep[2]!
  for (let i = 0; i < 3 * count; i += 3) {
    while (n <= 24 && q > start) {
      acc = (acc << 8) | b[--q]!
      n += 8
    }
    const ofCode = ofSym[sOF]!
    let offset: number
    if (ofCode <= 24) {
      n -= ofCode
      offset = (1 << ofCode) + ((acc >>> n) & ((1 << ofCode) - 1))
    } else {
      n -= ofCode - 16
      const high = (acc >>> n) & ((1 << (ofCode - 16)) - 1)
      while (n <= 24 && q > start) {
        acc = (acc << 8) | b[--q]!
        n += 8
      }
      n -= 16
      offset = 2 ** ofCode + high * 65536 + ((acc >>> n) & 0xffff)
    }
    while (n <= 24 && q > start) {
      acc = (acc << 8) | b[--q]!
      n += 8
    }
    const mlCode = mlSym[sML]!
    const mlBits = ML_BITS[mlCode]!
    n -= mlBits
    const ml = ML_BASE[mlCode]! + ((acc >>> n) & ((1 << mlBits) - 1))
    while (n <= 24 && q > start) {
      acc = (acc << 8) | b[--q]!
      n += 8
    }
    const llCode = llSym[sLL]!
    const llBits = LL_BITS[llCode]!
    n -= llBits
    const ll = LL_BASE[llCode]! + ((acc >>> n) & ((1 << llBits) - 1))
    if (offset > 3) {
      offset -= 3
      rep3 = rep2
      rep2 = rep1
      rep1 = offset
    } else {
      const r = ll === 0 ? offset : offset - 1
      if (r !== 0) {
        offset = r === 1 ? rep2 : r === 2 ? rep3 : rep1 - 1
        if (r !== 1) rep3 = rep2
        rep2 = rep1
        rep1 = offset
      } else offset = rep1
    }
    seqs[i] = ll
    seqs[i + 1] = ml
    seqs[i + 2] = offset
    if (i + 3 === 3 * count) break
    // State updates: 9 + 9 bits, then 8.
    while (n <= 24 && q > start) {
      acc = (acc << 8) | b[--q]!
      n += 8
    }
    let nb = llNb[sLL]!
    n -= nb
    sLL = llBase[sLL]! + ((acc >>> n) & ((1 << nb) - 1))
    nb = mlNb[sML]!
    n -= nb
    sML = mlBase[sML]! + ((acc >>> n) & ((1 << nb) - 1))
    while (n <= 24 && q > start) {
      acc = (acc << 8) | b[--q]!
      n += 8
    }
    nb = ofNb[sOF]!
    n -= nb
    sOF = ofBase[sOF]! + ((acc >>> n) & ((1 << nb) - 1))
  }
  if (q !== start || n !== 0) {
    throw codecError('ZSTD', `sequences bitstream at offset ${start}: ${n > 0 || q > start ? 'bits left over' : 'read past its start'} after ${count} sequences`)
  }
  st.rep[0] = rep1
  st.rep[1] = rep2
  st.rep[2] = rep3
}

/** Executes the decoded sequences: literals, then a match copy, each checked against the literals left, the frame start and the output limit. */
function execute(count: number, st: SequencesState, lits: LiteralsState, o: BlockOutput): void {
  const seqs = st.seqs
  const out = o.out
  const src = lits.src
  const frameStart = o.frameStart
  const limit = o.limit
  let litPos = lits.start
  const litEnd = lits.start + lits.count
  let op = o.op
  for (let i = 0; i < 3 * count; i += 3) {
    const ll = seqs[i]!
    const ml = seqs[i + 1]!
    const offset = seqs[i + 2]!
    if (ll > litEnd - litPos) throw codecError('ZSTD', `sequence ${i / 3} takes ${ll} literals, only ${litEnd - litPos} remain`)
    if (ll + ml > limit - op) {
      o.op = op
      throw overrun(o, ll + ml)
    }
    if (ll < 48) {
      for (let k = 0; k < ll; k++) out[op + k] = src[litPos + k]!
    } else out.set(src.subarray(litPos, litPos + ll), op)
    op += ll
    litPos += ll
    if (offset > op - frameStart || offset <= 0) {
      throw codecError('ZSTD', `sequence ${i / 3} copies from ${offset} bytes back, but ${op - frameStart} bytes of the frame precede it`)
    }
    let from = op - offset
    if (offset >= ml && ml >= 32) {
      out.copyWithin(op, from, from + ml)
      op += ml
    } else {
      const stop = op + ml
      while (op < stop) out[op++] = out[from++]!
    }
  }
  o.op = op
  lits.start = litPos
  lits.count = litEnd - litPos
  copyLiterals(lits, lits.count, o)
}
