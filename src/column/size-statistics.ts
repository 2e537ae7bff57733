/**
 * SizeStatistics of pages and column chunks (parquet.thrift SizeStatistics):
 * unencoded BYTE_ARRAY data bytes and repetition/definition level histograms,
 * per page and summed over a chunk. Used by column-write.ts.
 */
import { utf8Length } from '../encoding/dictionary-build.js'
import type { ByteArrayColumn } from '../encoding/types.js'
import type { SizeStatistics } from '../format/parquet.gen.js'
import type { LeafInput, PageRange } from './column-write.js'

function histogram(levels: Uint8Array | undefined, maxLevel: number, start: number, end: number): number[] | undefined {
  if (maxLevel === 0 || !levels) return undefined
  const out = new Array<number>(maxLevel + 1).fill(0)
  for (let i = start; i < end; i++) out[levels[i]!]!++
  return out
}

/** SizeStatistics of one page: BYTE_ARRAY data bytes and level histograms. */
export function sizeStatistics(leaf: LeafInput, range: PageRange): SizeStatistics {
  const node = leaf.column
  const out: SizeStatistics = {}
  if (node.physicalType === 'BYTE_ARRAY') {
    let bytes = 0
    const v = leaf.values
    if (leaf.byteOffsets) bytes = leaf.byteOffsets[range.valueEnd]! - leaf.byteOffsets[range.valueStart]!
    else if (Array.isArray(v)) for (let i = range.valueStart; i < range.valueEnd; i++) bytes += utf8Length(v[i] as string)
    else bytes = (v as ByteArrayColumn).offsets[range.valueEnd]! - (v as ByteArrayColumn).offsets[range.valueStart]!
    out.unencoded_byte_array_data_bytes = bytes
  }
  const rep = histogram(leaf.repetitionLevels, node.maxRepetitionLevel, range.levelStart, range.levelEnd)
  const def = histogram(leaf.definitionLevels, node.maxDefinitionLevel, range.levelStart, range.levelEnd)
  if (rep) out.repetition_level_histogram = rep
  if (def) out.definition_level_histogram = def
  return out
}

export function mergeSizes(sizes: SizeStatistics[]): SizeStatistics {
  const out: SizeStatistics = {}
  for (const s of sizes) {
    if (s.unencoded_byte_array_data_bytes !== undefined) out.unencoded_byte_array_data_bytes = (out.unencoded_byte_array_data_bytes ?? 0) + s.unencoded_byte_array_data_bytes
    if (s.repetition_level_histogram) out.repetition_level_histogram = addInto(out.repetition_level_histogram, s.repetition_level_histogram)
    if (s.definition_level_histogram) out.definition_level_histogram = addInto(out.definition_level_histogram, s.definition_level_histogram)
  }
  return out
}

function addInto(total: number[] | undefined, add: number[]): number[] {
  const out = total ?? new Array<number>(add.length).fill(0)
  for (let i = 0; i < add.length; i++) out[i]! += add[i]!
  return out
}
