/**
 * Zstandard entropy-coding helpers for the ZSTD page compressor (Parquet
 * Compression.md, codec id 6; RFC 8878): Finite State Entropy (FSE)
 * encoding — count normalization, the table description (RFC 8878 section 4.1.1) and
 * the encoding tables derived from the decoding-table construction of
 * section 4.1.1 (symbol spreading, next-state baselines).
 */
import { type BitWriter, addBits } from './bit-writer.js'

/** An FSE encoding table: per-symbol transforms and the state list, states kept as tableSize + state. */
export interface FseTable {
  tableLog: number
  /** For each symbol, its decoding cells in increasing order (as tableSize + cell), packed by symbol. */
  stateTable: Uint16Array
  deltaNbBits: Int32Array
  deltaFindState: Int32Array
  /** Index of each symbol's first entry in `stateTable`. */
  first: Int32Array
}

/**
 * Spreads the symbols over the decoding table as RFC 8878 section 4.1.1
 * prescribes: "less than 1" symbols (-1) at the top, others with the
 * (tableSize/2 + tableSize/8 + 3) step. Returns the cell symbols.
 */
export function spreadSymbols(norm: Int16Array, maxSymbol: number, tableLog: number): Uint8Array {
  const size = 1 << tableLog
  const cells = new Uint8Array(size)
  let high = size - 1
  for (let s = 0; s <= maxSymbol; s++) if (norm[s] === -1) cells[high--] = s
  const step = (size >>> 1) + (size >>> 3) + 3
  const mask = size - 1
  let pos = 0
  for (let s = 0; s <= maxSymbol; s++) {
    for (let i = 0; i < norm[s]!; i++) {
      cells[pos] = s
      do pos = (pos + step) & mask
      while (pos > high)
    }
  }
  return cells
}

/** Builds the encoding table for normalized counts `norm` (sum 2^tableLog, -1 for "less than 1"). */
export function buildFseTable(norm: Int16Array, maxSymbol: number, tableLog: number): FseTable {
  const size = 1 << tableLog
  const cells = spreadSymbols(norm, maxSymbol, tableLog)
  const first = new Int32Array(maxSymbol + 2)
  for (let s = 0; s <= maxSymbol; s++) first[s + 1] = first[s]! + Math.abs(norm[s]!)
  const next = first.slice()
  const stateTable = new Uint16Array(size)
  for (let u = 0; u < size; u++) stateTable[next[cells[u]!]!++] = size + u
  const deltaNbBits = new Int32Array(maxSymbol + 1)
  const deltaFindState = new Int32Array(maxSymbol + 1)
  for (let s = 0; s <= maxSymbol; s++) {
    const c = Math.abs(norm[s]!)
    if (c === 0) continue
    const maxBitsOut = c === 1 ? tableLog : tableLog - (31 - Math.clz32(c - 1))
    deltaNbBits[s] = maxBitsOut * 65536 - (c << maxBitsOut)
    deltaFindState[s] = first[s]! - c
  }
  return { tableLog, stateTable, deltaNbBits, deltaFindState, first }
}

/** The initial encoder state for the last symbol to be encoded (first decoded); writes no bits. */
export function fseInitState(t: FseTable, symbol: number): number {
  return t.stateTable[t.first[symbol]!]!
}

/** Encodes `symbol` from `state`; returns the new state. */
export function fseEncode(w: BitWriter, t: FseTable, state: number, symbol: number): number {
  const nb = (state + t.deltaNbBits[symbol]!) >>> 16
  addBits(w, state, nb)
  return t.stateTable[(state >>> nb) + t.deltaFindState[symbol]!]!
}

/** Writes the final state (tableLog bits), which the decoder reads first. */
export function fseFlush(w: BitWriter, t: FseTable, state: number): void {
  addBits(w, state, t.tableLog)
}

/**
 * Normalizes `counts[0..maxSymbol]` (summing to `total`) to 2^tableLog,
 * giving every present symbol at least 1. Returns the normalized counts.
 */
export function normalizeCounts(counts: Uint32Array, maxSymbol: number, total: number, tableLog: number): Int16Array {
  const size = 1 << tableLog
  const norm = new Int16Array(maxSymbol + 1)
  let sum = 0
  let largest = 0
  for (let s = 0; s <= maxSymbol; s++) {
    const c = counts[s]!
    if (c === 0) continue
    norm[s] = Math.max(1, Math.round((c * size) / total))
    sum += norm[s]!
    if (norm[s]! > norm[largest]!) largest = s
  }
  norm[largest]! += size - sum
  // Rounding can take too much from the largest symbol: move units back from the others.
  for (let s = 0; norm[largest]! < 1 && s <= maxSymbol; s = s === maxSymbol ? 0 : s + 1) {
    if (s !== largest && norm[s]! > 1) {
      norm[s]!--
      norm[largest]!++
    }
  }
  return norm
}

/** Smallest accuracy log (within [minLog, maxLog]) worth using for `total` values of `distinct` symbols. */
export function chooseTableLog(total: number, distinct: number, minLog: number, maxLog: number): number {
  let log = 32 - Math.clz32(Math.max(1, total - 1)) // ceil(log2(total))
  const needed = 32 - Math.clz32(distinct) + 1
  log = Math.max(log, needed, minLog)
  return Math.min(log, maxLog)
}

/** Writes an FSE table description (RFC 8878 section 4.1.1) forward with `w`. */
export function writeTableDescription(w: BitWriter, norm: Int16Array, maxSymbol: number, tableLog: number): void {
  addBits(w, tableLog - 5, 4)
  let remaining = (1 << tableLog) + 1
  let threshold = 1 << tableLog
  let nbBits = tableLog + 1
  let symbol = 0
  let previousZero = false
  while (symbol <= maxSymbol && remaining > 1) {
    if (previousZero) {
      let start = symbol
      while (symbol <= maxSymbol && norm[symbol] === 0) symbol++
      while (symbol >= start + 3) {
        addBits(w, 3, 2)
        start += 3
      }
      addBits(w, symbol - start, 2)
    }
    let count = norm[symbol++]!
    const max = 2 * threshold - 1 - remaining
    remaining -= Math.abs(count)
    count++
    if (count >= threshold) count += max
    addBits(w, count, count < max ? nbBits - 1 : nbBits)
    previousZero = count === 1
    while (remaining < threshold) {
      nbBits--
      threshold >>>= 1
    }
  }
}
