/**
 * The root entry's readRanges, coalesceRanges and findNode (wrappers in
 * src/public.ts, kept apart from the implementation for bundle splitting)
 * behave as documented.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bufferSource, coalesceRanges, findNode, readMetadata, readRanges } from '../../src/index.js'
import { corpusFile } from '../corpus.js'

describe('root entry wrappers', () => {
  it('coalesceRanges merges ranges whose gap is at most maxGap, sorted by start', () => {
    const ranges = [{ start: 30, end: 40 }, { start: 0, end: 10 }, { start: 15, end: 20 }]
    expect(coalesceRanges(ranges, 5)).toEqual([{ start: 0, end: 20 }, { start: 30, end: 40 }])
    expect(coalesceRanges(ranges, 4)).toEqual([{ start: 0, end: 10 }, { start: 15, end: 20 }, { start: 30, end: 40 }])
  })

  it('readRanges returns each range of the source, in the order asked', async () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => i)
    const [a, b, empty] = await readRanges(bufferSource(bytes), [{ start: 40, end: 44 }, { start: 2, end: 5 }, { start: 9, end: 9 }])
    expect([...a!]).toEqual([40, 41, 42, 43])
    expect([...b!]).toEqual([2, 3, 4])
    expect(empty!.length).toBe(0)
  })

  it('findNode finds a column by dotted path and by path array', async () => {
    // FACTS.md: old_list_structure.parquet has one column `a` of LIST<LIST<INT32>> (legacy two-level form).
    const meta = await readMetadata(new Uint8Array(readFileSync(corpusFile('data/old_list_structure.parquet'))))
    expect(findNode(meta.schema, 'a')?.name).toBe('a')
    expect(findNode(meta.schema, ['a'])?.path).toEqual(['a'])
    expect(findNode(meta.schema, 'a.missing')).toBeUndefined()
  })
})
