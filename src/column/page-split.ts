/**
 * Where a column chunk's pages begin and end (format README "Data pages",
 * PageIndex.md): pages start at row boundaries (repetition level 0) and close
 * once they reach about `pageSize` bytes (PLAIN size estimate, a quarter byte
 * per level) or `pageRows` rows. Used by column-write.ts.
 */
import type { ByteArrayColumn, FixedLenColumn } from '../encoding/types.js'
import { utf8Length } from '../encoding/dictionary-build.js'
import type { PhysicalValues } from '../logical/to-js.js'
import { valueCount } from '../write/values-encode.js'
import type { LeafInput, PageRange } from './column-write.js'

/** Per-value byte estimate of value `i` (PLAIN size). */
export function valueSize(values: PhysicalValues, physical: string, i: number): number {
  if (Array.isArray(values)) return 4 + utf8Length(values[i] as string)
  if ('offsets' in values) return 4 + (values as ByteArrayColumn).offsets[i + 1]! - values.offsets[i]!
  if ('width' in values) return (values as FixedLenColumn).width
  return physical === 'BOOLEAN' ? 0.125 : (values as Int32Array).BYTES_PER_ELEMENT
}

/** Splits the leaf into pages of about `pageSize` bytes and at most `pageRows` rows, starting at rows. */
export function splitPages(leaf: LeafInput, pageSize: number, pageRows: number): PageRange[] {
  const { numLevels, definitionLevels: def, repetitionLevels: rep, values } = leaf
  const maxDef = leaf.column.maxDefinitionLevel
  const physical = leaf.column.physicalType!
  const offsets = leaf.byteOffsets ?? (!Array.isArray(values) && 'offsets' in values ? (values as ByteArrayColumn).offsets : undefined)
  const fixed = Array.isArray(values) || offsets ? -1 : valueSize(values, physical, 0)
  if (fixed >= 0 && rep === undefined && valueCount(values) === numLevels) return splitUniform(numLevels, fixed + 0.25, pageSize, pageRows)
  const pages: PageRange[] = []
  let levelStart = 0
  let valueStart = 0
  let rows = 0
  let firstRow = 0
  let bytes = 0
  let v = 0
  for (let i = 0; i < numLevels; i++) {
    const rowStart = rep === undefined || rep[i] === 0
    if (rowStart && rows > 0 && (bytes >= pageSize || rows >= pageRows)) {
      pages.push({ levelStart, levelEnd: i, valueStart, valueEnd: v, rows, firstRow })
      firstRow += rows
      levelStart = i
      valueStart = v
      rows = 0
      bytes = 0
    }
    if (rowStart) rows++
    bytes += 0.25
    if (def !== undefined && def[i] !== maxDef) continue
    bytes += fixed >= 0 ? fixed : offsets ? 4 + offsets[v + 1]! - offsets[v]! : valueSize(values, physical, v)
    v++
  }
  if (rows > 0 || pages.length === 0) pages.push({ levelStart, levelEnd: numLevels, valueStart, valueEnd: v, rows, firstRow })
  return pages
}

/**
 * Pages of a flat column whose every row holds one value of `step` bytes
 * (levels counted): each page but the last has the fewest rows k with
 * k * step >= pageSize or k >= pageRows, as the general loop would find.
 */
function splitUniform(n: number, step: number, pageSize: number, pageRows: number): PageRange[] {
  let k = Math.max(1, Math.min(pageRows, Math.ceil(pageSize / step)))
  while (k > 1 && (k - 1) * step >= pageSize) k--
  while (k < pageRows && k * step < pageSize) k++
  const pages: PageRange[] = []
  for (let start = 0; start < n || pages.length === 0; start += k) {
    const end = Math.min(n, start + k)
    pages.push({ levelStart: start, levelEnd: end, valueStart: start, valueEnd: end, rows: end - start, firstRow: start })
  }
  return pages
}
