/**
 * Range coalescing: nearby byte ranges are merged into fewer reads (a gap
 * smaller than `maxGap` is read rather than paying for another request), then
 * each caller range is served as a view into its merged read.
 */
import type { ByteSource, ReadOptions } from './source.js'

/** A half-open byte range `[start, end)` of a file. */
export interface ByteRange {
  start: number
  end: number
}

export interface CoalesceOptions extends ReadOptions {
  /** Ranges closer than this many bytes are merged (default 64 KiB). */
  maxGap?: number
}

/** Merges sorted-by-start copies of `ranges` whose gaps are at most `maxGap`. */
export function coalesceRanges(ranges: readonly ByteRange[], maxGap: number): ByteRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start)
  const merged: ByteRange[] = []
  for (const r of sorted) {
    const last = merged[merged.length - 1]
    if (last && r.start - last.end <= maxGap) last.end = Math.max(last.end, r.end)
    else merged.push({ start: r.start, end: r.end })
  }
  return merged
}

/** Reads every range, coalescing nearby ones; results are in the order of `ranges`. */
export async function readRanges(
  source: ByteSource,
  ranges: readonly ByteRange[],
  options: CoalesceOptions = {},
): Promise<Uint8Array[]> {
  const merged = coalesceRanges(ranges, options.maxGap ?? 65536)
  const chunks = await Promise.all(merged.map((m) => source.read(m.start, m.end, options)))
  return ranges.map((r) => {
    if (r.end <= r.start) return new Uint8Array(0)
    const i = findContaining(merged, r.start)
    return chunks[i]!.subarray(r.start - merged[i]!.start, r.end - merged[i]!.start)
  })
}

function findContaining(merged: readonly ByteRange[], start: number): number {
  let lo = 0
  let hi = merged.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (merged[mid]!.start <= start) lo = mid
    else hi = mid - 1
  }
  return lo
}
