import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as lz4js from 'lz4js'
import { describe, expect, it } from 'vitest'
import * as lz4 from '../../src/compression/lz4.js'
import * as lz4raw from '../../src/compression/lz4-raw.js'
import { SAMPLES, corruptions, expectBytes, expectParquetError, onlyParquetError } from './helpers.js'

/** Pulls the blocks out of an LZ4 frame (lz4_Frame_format.md): [u32le size, high bit = stored][block]... */
function frameBlocks(frame: Uint8Array): { data: Uint8Array; stored: boolean }[] {
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength)
  expect(view.getUint32(0, true)).toBe(0x184d2204)
  const flg = frame[4]!
  let pos = 6 + (flg & 8 ? 8 : 0) + (flg & 1 ? 4 : 0) + 1
  const blocks: { data: Uint8Array; stored: boolean }[] = []
  for (;;) {
    const word = view.getUint32(pos, true)
    pos += 4
    if (word === 0) return blocks
    const size = word & 0x7fffffff
    blocks.push({ data: frame.subarray(pos, pos + size), stored: (word & 0x80000000) !== 0 })
    pos += size + (flg & 0x10 ? 4 : 0)
  }
}

const be32 = (n: number) => Uint8Array.of(n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255)

/** lz4js frame for `data`, blocks of 4 MiB at most. */
function lz4jsBlocks(data: Uint8Array) {
  return frameBlocks(lz4js.compress(data))
}

const hasCli = existsSync('/usr/bin/lz4')

describe('LZ4_RAW', () => {
  for (const [name, data] of Object.entries(SAMPLES)) {
    it(`decodes lz4js blocks: ${name}`, () => {
      const blocks = lz4jsBlocks(data)
      expect(blocks.length).toBe(data.length === 0 ? 0 : 1)
      for (const b of blocks) expectBytes(b.stored ? b.data : lz4raw.decompress(b.data, data.length), data)
    })
    it(`lz4js decodes our block: ${name}`, () => {
      const block = lz4raw.compress(data)
      const out = new Uint8Array(data.length)
      const n = lz4js.decompressBlock(block, out, 0, block.length, 0)
      expect(n).toBe(data.length)
      expectBytes(out, data)
    })
  }

  it.runIf(hasCli)('decodes blocks made by the lz4 command-line tool (levels 1 and 12)', () => {
    const data = SAMPLES.mixed!
    for (const level of ['-1', '-12']) {
      // Independent blocks of 64 KiB: each is a raw LZ4 block of its slice.
      const frame = new Uint8Array(execFileSync('lz4', [level, '-c', '-B4', '-BI'], { input: data }))
      let from = 0
      for (const b of frameBlocks(frame)) {
        const size = Math.min(65536, data.length - from)
        const slice = data.subarray(from, from + size)
        expectBytes(b.stored ? b.data : lz4raw.decompress(b.data, size), slice)
        from += size
      }
      expect(from).toBe(data.length)
    }
  })

  it('decodes a hand-built block with an overlapping match', () => {
    // token 0x15: 1 literal, match length 5+4; literal 'x'; offset 1 → 'x' * 10; then 0x10 'y' as last literals
    expect(new TextDecoder().decode(lz4raw.decompress(Uint8Array.of(0x15, 0x78, 1, 0, 0x10, 0x79), 11))).toBe('xxxxxxxxxxy')
  })

  it('rejects offsets before the output start and size mismatches', () => {
    expectParquetError(() => lz4raw.decompress(Uint8Array.of(0x10, 0x78, 2, 0, 0x10, 0x79), 7))
    expectParquetError(() => lz4raw.decompress(Uint8Array.of(0x10, 0x78), 2))
  })

  it('ends corrupt input in ParquetError only', () => {
    const valid = lz4raw.compress(SAMPLES.mixed!)
    for (const bad of corruptions(valid)) onlyParquetError(() => lz4raw.decompress(bad, SAMPLES.mixed!.length))
  })
})

describe('LZ4 (Hadoop framing)', () => {
  const data = SAMPLES.text!

  it('decodes several framed blocks, one with two chunks', () => {
    const a = data.subarray(0, 40000)
    const b1 = data.subarray(40000, 70000)
    const b2 = data.subarray(70000)
    const blockA = lz4raw.compress(a)
    const c1 = lz4raw.compress(b1)
    const c2 = lz4raw.compress(b2)
    const framed = Buffer.concat([be32(a.length), be32(blockA.length), blockA, be32(b1.length + b2.length), be32(c1.length), c1, be32(c2.length), c2])
    expectBytes(lz4.decompress(new Uint8Array(framed), data.length), data)
  })

  it('falls back to a bare block (lz4js-made) when the framing does not fit', () => {
    const blocks = lz4jsBlocks(data)
    expect(blocks.length).toBe(1)
    expectBytes(lz4.decompress(blocks[0]!.data, data.length), data)
  })

  it('ends corrupt input in ParquetError only', () => {
    const block = lz4raw.compress(SAMPLES.mixed!)
    const valid = new Uint8Array(Buffer.concat([be32(SAMPLES.mixed!.length), be32(block.length), block]))
    for (const bad of corruptions(valid)) onlyParquetError(() => lz4.decompress(bad, SAMPLES.mixed!.length))
  })
})
