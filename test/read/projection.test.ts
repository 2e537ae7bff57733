/**
 * Projection and row ranges fetch only what they need: bytes are counted at
 * the byte source. Values are checked against a full read (itself checked
 * against DuckDB in test/conformance).
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { type ByteSource, bufferSource } from '../../src/io/source.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readColumns, readRowGroups, readRows } from '../../src/read/read.js'
import { corpusFile } from '../corpus.js'

function counting(bytes: Uint8Array): ByteSource & { bytesRead: number; ranges: [number, number][] } {
  const inner = bufferSource(bytes)
  const source = {
    name: 'counting',
    byteLength: bytes.length,
    bytesRead: 0,
    ranges: [] as [number, number][],
    async read(start: number, end: number) {
      source.bytesRead += end - start
      source.ranges.push([start, end])
      return inner.read(start, end)
    },
    async readTail(length: number) {
      const tail = await inner.readTail(length)
      source.bytesRead += tail.bytes.length
      return tail
    },
  }
  return source
}

const ALLTYPES = readFileSync(corpusFile('data/alltypes_tiny_pages_plain.parquet'))
const MANY_GROUPS = readFileSync(corpusFile('data/geospatial/geography-lines.parquet'))

describe('columns', () => {
  it('fetches only the selected chunks', async () => {
    const meta = await readMetadata(ALLTYPES)
    const source = counting(ALLTYPES)
    const rows = await readRows(source, { metadata: meta, columns: ['id', 'string_col'], coalesceGap: 0 })
    const chunks = meta.rowGroups.flatMap((rg) => rg.columns.filter((c) => c.path === 'id' || c.path === 'string_col'))
    expect(source.bytesRead).toBe(chunks.reduce((n, c) => n + c.end - c.start, 0))
    const full = await readRows(ALLTYPES)
    expect(rows).toEqual(full.map((r) => ({ id: r.id, string_col: r.string_col })))
  })
  it('with the default coalescing still reads under half the file for two of thirteen columns', async () => {
    const meta = await readMetadata(ALLTYPES)
    const source = counting(ALLTYPES)
    await readRows(source, { metadata: meta, columns: ['id', 'bool_col'] })
    expect(source.bytesRead).toBeLessThan(ALLTYPES.length / 2)
  })
  it('accepts dotted paths and rejects unknown names', async () => {
    const bytes = readFileSync(corpusFile('data/nested_structs.rust.parquet'))
    const rows = await readRows(bytes, { columns: ['roll_num.max'] })
    const full = await readRows(bytes)
    expect(rows).toEqual(full.map((r) => ({ roll_num: { max: (r.roll_num as { max: bigint }).max } })))
    await expect(readRows(bytes, { columns: ['nope'] })).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' })
  })
})

describe('row ranges', () => {
  it('reads only the row groups holding the rows', async () => {
    const meta = await readMetadata(MANY_GROUPS)
    const first = meta.rowGroups[0]!.numRows
    const source = counting(MANY_GROUPS)
    const rows = await readRows(source, { metadata: meta, rowStart: first + 2, rowEnd: first + 5, coalesceGap: 0 })
    const full = await readRows(MANY_GROUPS)
    expect(rows).toEqual(full.slice(first + 2, first + 5))
    // Only row group 1 is touched: its page indexes, then its pages.
    const group = meta.rowGroups[1]!.columns
    const allowed = group.flatMap((c) => [
      [c.start, c.end],
      [c.chunk.offset_index_offset!, c.chunk.offset_index_offset! + c.chunk.offset_index_length!],
    ])
    const merged: number[][] = []
    for (const [a, b] of allowed.sort((x, y) => x[0]! - y[0]!)) {
      const last = merged[merged.length - 1]
      if (last && a! <= last[1]!) last[1] = Math.max(last[1]!, b!)
      else merged.push([a!, b!])
    }
    for (const [start, end] of source.ranges) {
      expect(merged.some(([a, b]) => start >= a! && end <= b!), `read [${start}, ${end})`).toBe(true)
    }
  })
  it('with an offset index fetches only the pages holding the rows', async () => {
    const bytes = readFileSync(corpusFile('data/alltypes_tiny_pages.parquet'))
    const meta = await readMetadata(bytes)
    expect(meta.rowGroups).toHaveLength(1)
    const source = counting(bytes)
    const rows = await readRows(source, { metadata: meta, rowStart: 3000, rowEnd: 3010, coalesceGap: 0 })
    const full = await readRows(bytes)
    expect(rows).toEqual(full.slice(3000, 3010))
    const chunkBytes = meta.rowGroups[0]!.columns.reduce((n, c) => n + c.end - c.start, 0)
    const offsetIndexes = meta.rowGroups[0]!.columns.reduce((n, c) => n + c.chunk.offset_index_length!, 0)
    // The offset indexes, the dictionary pages (timestamp_col's alone is 87 KB) and a page or two per column.
    expect(source.bytesRead - offsetIndexes).toBeLessThan(chunkBytes / 2)
  })
  it('row ranges at page and row group edges equal a full read', async () => {
    const bytes = readFileSync(corpusFile('data/alltypes_tiny_pages_plain.parquet'))
    const full = await readRows(bytes)
    for (const [start, end] of [[0, 1], [0, 7300], [7299, 7300], [1, 7299], [5, 5], [100, 2000]] as const) {
      expect(await readRows(bytes, { rowStart: start, rowEnd: end })).toEqual(full.slice(start, end))
    }
  })
  it('iterates row group by row group', async () => {
    const full = await readRows(MANY_GROUPS)
    const seen: unknown[] = []
    for await (const group of readRowGroups(MANY_GROUPS, { rowStart: 3, rowEnd: 40 })) {
      expect(group.rowStart).toBe(3 + seen.length)
      seen.push(...group.rows)
    }
    expect(seen).toEqual(full.slice(3, 40))
  })
})

describe('readColumns', () => {
  it('gives typed arrays and null masks equal to the rows', async () => {
    const bytes = readFileSync(corpusFile('data/int32_with_null_pages.parquet'))
    const { int32_field } = await readColumns(bytes)
    expect(int32_field!.values).toBeInstanceOf(Int32Array)
    const rows = await readRows(bytes)
    const nulls = rows.filter((r) => r.int32_field === null).length
    expect(nulls).toBe(275)
    rows.forEach((r, i) => {
      if (r.int32_field === null) expect(int32_field!.nulls![i]).toBe(1)
      else expect(int32_field!.values[i]).toBe(r.int32_field)
    })
  })
  it('joins row groups', async () => {
    const columns = await readColumns(MANY_GROUPS, { columns: ['id'] })
    const rows = await readRows(MANY_GROUPS, { columns: ['id'] })
    expect(Array.from(columns.id!.values as BigInt64Array)).toEqual(rows.map((r) => r.id))
  })
})
