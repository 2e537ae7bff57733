/**
 * FSE decoding tables for the ZSTD page decompressor (Parquet Compression.md,
 * codec id 6; RFC 8878 section 4.1): reading an FSE table description
 * (section 4.1.1), the predefined and RLE tables, and the decoding table built
 * from a normalized distribution (symbol, bits to read, next-state baseline).
 */
import { bitsAbove } from './zstd-bits.js'
import { codecError } from './codec-util.js'
import { spreadSymbols } from './zstd-fse.js'

/** An FSE decoding table: per state, its symbol, the bits to read and the baseline they are added to. */
export interface FseDecodeTable {
  log: number
  symbol: Uint8Array
  nbBits: Uint8Array
  baseline: Uint16Array
}

/** A table with room for accuracy logs up to `maxLog`. */
export function fseDecodeTable(maxLog: number): FseDecodeTable {
  const size = 1 << maxLog
  return { log: 0, symbol: new Uint8Array(size), nbBits: new Uint8Array(size), baseline: new Uint16Array(size) }
}

/** Fills `t` from normalized counts `norm[0..maxSymbol]` summing to 2^log (-1 meaning "less than 1"). */
function buildDecodeTable(norm: Int16Array, maxSymbol: number, log: number, t: FseDecodeTable): void {
  const size = 1 << log
  const cells = spreadSymbols(norm, maxSymbol, log)
  const next = new Uint16Array(maxSymbol + 1)
  for (let s = 0; s <= maxSymbol; s++) next[s] = norm[s] === -1 ? 1 : norm[s]!
  for (let u = 0; u < size; u++) {
    const s = cells[u]!
    const x = next[s]!++
    const nb = log - (31 - Math.clz32(x))
    t.symbol[u] = s
    t.nbBits[u] = nb
    t.baseline[u] = (x << nb) - size
  }
  t.log = log
}

/** The predefined table of a distribution (RFC 8878 section 3.1.1.3.2.2). */
export function predefinedTable(distribution: number[], log: number): FseDecodeTable {
  const t = fseDecodeTable(log)
  buildDecodeTable(Int16Array.from(distribution), distribution.length - 1, log, t)
  return t
}

/** Makes `t` the one-state table of RLE_Mode: always `symbol`, reading no bits. */
export function rleTable(t: FseDecodeTable, symbol: number): void {
  t.log = 0
  t.symbol[0] = symbol
  t.nbBits[0] = 0
  t.baseline[0] = 0
}

/**
 * Reads the FSE table description at byte `start` (ending by `end`) into `t`,
 * with `norm` as scratch (length over maxSymbol). Returns the byte after it.
 */
export function readFseTable(b: Uint8Array, start: number, end: number, maxLog: number, maxSymbol: number, t: FseDecodeTable, norm: Int16Array): number {
  if (start >= end) throw codecError('ZSTD', `expected an FSE table description at offset ${start}, found the end of its section`)
  const log = (b[start]! & 15) + 5
  if (log > maxLog) throw codecError('ZSTD', `FSE accuracy log ${log} at offset ${start} is over the maximum ${maxLog}`)
  const limit = end * 8
  let pos = start * 8 + 4
  let remaining = (1 << log) + 1
  let threshold = 1 << log
  let nb = log + 1
  let s = 0
  while (remaining > 1) {
    if (s > maxSymbol) throw codecError('ZSTD', `FSE table description at offset ${start} has more than ${maxSymbol + 1} symbols`)
    const max = 2 * threshold - 1 - remaining
    let v = bitsAbove(b, pos, nb - 1)
    if (v < max) pos += nb - 1
    else {
      v = bitsAbove(b, pos, nb)
      if (v >= threshold) v -= max
      pos += nb
    }
    norm[s++] = v - 1
    remaining -= v === 0 ? 1 : v - 1
    if (v === 1) [s, pos] = zeroRun(b, pos, s, maxSymbol, norm, start)
    while (remaining < threshold) {
      nb--
      threshold >>= 1
    }
    if (pos > limit) throw codecError('ZSTD', `FSE table description at offset ${start} runs past its section end ${end}`)
  }
  if (remaining !== 1) throw codecError('ZSTD', `FSE table description at offset ${start}: counts exceed 2^${log}`)
  buildDecodeTable(norm, s - 1, log, t)
  return (pos + 7) >> 3
}

/** After a zero count: 2-bit repeat flags, each adding that many zero counts (3 means another flag follows). */
function zeroRun(b: Uint8Array, from: number, symbol: number, maxSymbol: number, norm: Int16Array, start: number): [number, number] {
  let pos = from
  let s = symbol
  for (;;) {
    const r = bitsAbove(b, pos, 2)
    pos += 2
    if (s + r > maxSymbol + 1) throw codecError('ZSTD', `FSE table description at offset ${start} has more than ${maxSymbol + 1} symbols`)
    for (let i = 0; i < r; i++) norm[s++] = 0
    if (r !== 3) return [s, pos]
  }
}
