/**
 * Sequences section decoding and execution for the ZSTD page decompressor
 * (Parquet Compression.md, codec id 6; RFC 8878 sections 3.1.1.3.2 and
 * 3.1.1.4): the section header, the literal length / offset / match length
 * tables (predefined, RLE, FSE-compressed or repeated), the interleaved
 * backward bitstream, repeat offsets, and the copies into the output, each
 * bounded by the literals, the start of the frame and the output limit.
 */
import { codecError } from './codec-util.js'
import { bitsBelow, streamTop, wideBitsBelow } from './zstd-bits.js'
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
}

export function sequencesState(): SequencesState {
  return {
    current: [undefined, undefined, undefined],
    own: [fseDecodeTable(9), fseDecodeTable(8), fseDecodeTable(9)],
    predefined: [undefined, undefined, undefined],
    norm: new Int16Array(64),
    rep: [1, 4, 8],
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
  execute(b, p, end, count, st, lits, o)
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
 * Decodes `count` sequences from the bitstream in [start, end) and executes
 * each as it comes. One function so that the hot loop keeps its state in
 * locals; every copy is bounds-checked before it is made.
 */
function execute(b: Uint8Array, start: number, end: number, count: number, st: SequencesState, lits: LiteralsState, o: BlockOutput): void {
  const llT = st.current[0]!
  const ofT = st.current[1]!
  const mlT = st.current[2]!
  const { symbol: llSym, nbBits: llNb, baseline: llBase } = llT
  const { symbol: ofSym, nbBits: ofNb, baseline: ofBase } = ofT
  const { symbol: mlSym, nbBits: mlNb, baseline: mlBase } = mlT
  const lo = start * 8
  let p = streamTop(b, start, end, 'sequences')
  let sLL = bitsBelow(b, p, llT.log)
  p -= llT.log
  let sOF = bitsBelow(b, p, ofT.log)
  p -= ofT.log
  let sML = bitsBelow(b, p, mlT.log)
  p -= mlT.log
  const out = o.out
  const src = lits.src
  const frameStart = o.frameStart
  const limit = o.limit
  let litPos = lits.start
  const litEnd = lits.start + lits.count
  let op = o.op
  let rep1 = st.rep[0]!
  let rep2 = st.rep[1]!
  let rep3 = st.rep[2]!
  for (let i = 0; i < count; i++) {
    const ofCode = ofSym[sOF]!
    let offset = ofCode < 26 ? (1 << ofCode) + bitsBelow(b, p, ofCode) : 2 ** ofCode + wideBitsBelow(b, p, ofCode)
    p -= ofCode
    const mlCode = mlSym[sML]!
    const ml = ML_BASE[mlCode]! + bitsBelow(b, p, ML_BITS[mlCode]!)
    p -= ML_BITS[mlCode]!
    const llCode = llSym[sLL]!
    const ll = LL_BASE[llCode]! + bitsBelow(b, p, LL_BITS[llCode]!)
    p -= LL_BITS[llCode]!
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
    if (i + 1 < count) {
      let nb = llNb[sLL]!
      sLL = llBase[sLL]! + bitsBelow(b, p, nb)
      p -= nb
      nb = mlNb[sML]!
      sML = mlBase[sML]! + bitsBelow(b, p, nb)
      p -= nb
      nb = ofNb[sOF]!
      sOF = ofBase[sOF]! + bitsBelow(b, p, nb)
      p -= nb
    }
    if (ll > litEnd - litPos) throw codecError('ZSTD', `sequence ${i} at offset ${start} takes ${ll} literals, only ${litEnd - litPos} remain`)
    if (ll + ml > limit - op) {
      o.op = op
      throw overrun(o, ll + ml)
    }
    if (ll < 16) {
      for (let k = 0; k < ll; k++) out[op + k] = src[litPos + k]!
    } else out.set(src.subarray(litPos, litPos + ll), op)
    op += ll
    litPos += ll
    if (offset > op - frameStart || offset === 0) {
      throw codecError('ZSTD', `sequence ${i} at offset ${start} copies from ${offset} bytes back, but only ${op - frameStart} bytes of the frame precede it`)
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
  if (p !== lo) throw codecError('ZSTD', `sequences bitstream at offset ${start}: ${p > lo ? 'bits left over' : 'read past its start'} after ${count} sequences`)
  st.rep[0] = rep1
  st.rep[1] = rep2
  st.rep[2] = rep3
  o.op = op
  lits.start = litPos
  lits.count = litEnd - litPos
  copyLiterals(lits, lits.count, o)
}
