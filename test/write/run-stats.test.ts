import { describe, expect, it } from 'vitest'
import { runStats } from '../../src/write/statistics.js'

// Orders from LogicalTypes.md: INT64 signed, INTEGER(64, false) unsigned, BYTE_ARRAY unsigned bytes; NaNs skipped and counted.
describe('runStats on typed values', () => {
  const i64 = BigInt64Array.from([5n, -1n, 2n ** 62n, -(2n ** 63n), 0x1_0000_0000n, 0xffff_ffffn])

  it('INT64 compares signed, across the 32-bit word boundary', () => {
    const s = runStats('int64', i64, 0, i64.length, 2)
    expect([s.min, s.max, s.nullCount]).toEqual([-(2n ** 63n), 2n ** 62n, 2])
    const t = runStats('int64', i64, 4, 6, 0)
    expect([t.min, t.max]).toEqual([0xffff_ffffn, 0x1_0000_0000n])
  })

  it('UINT64 compares unsigned: -1 is the largest value, 0 smallest', () => {
    const s = runStats('uint64', i64, 0, 3, 0)
    expect([s.min, s.max]).toEqual([5n, -1n])
    const t = runStats('uint64', BigInt64Array.from([-(2n ** 63n), 7n, 0n]), 0, 3, 0)
    expect([t.min, t.max]).toEqual([0n, -(2n ** 63n)])
  })

  it('DOUBLE skips NaNs and counts them; a run of NaNs has no bounds', () => {
    const d = Float64Array.from([Number.NaN, 3, -2.5, Number.NaN, 1e300])
    const s = runStats('double', d, 0, d.length, 0)
    expect([s.min, s.max, s.nanCount]).toEqual([-2.5, 1e300, 2])
    const n = runStats('double', d, 0, 1, 0)
    expect([n.min, n.max, n.nanCount]).toEqual([undefined, undefined, 1])
  })

  it('BYTE_ARRAY compares unsigned bytes, a prefix first', () => {
    const bytes = Uint8Array.of(0x62, 0xff, 0x61, 0x62, 0x61, 0x62, 0x00)
    const offsets = Uint32Array.of(0, 2, 3, 4, 7) // [62 ff] [61] [62] [61 62 00]
    const s = runStats('bytes', { offsets, bytes }, 0, 4, 0)
    expect(Array.from(s.min as Uint8Array)).toEqual([0x61])
    expect(Array.from(s.max as Uint8Array)).toEqual([0x62, 0xff])
  })
})
