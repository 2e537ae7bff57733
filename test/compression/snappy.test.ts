import * as snappyjs from 'snappyjs'
import { describe, expect, it } from 'vitest'
import { compress, decompress } from '../../src/compression/snappy.js'
import { pageData } from './compress-inputs.js'
import { SAMPLES, corruptions, expectBytes, expectParquetError, onlyParquetError, randomData } from './helpers.js'

describe('snappy', () => {
  for (const [name, data] of Object.entries(SAMPLES)) {
    it(`decodes snappyjs output: ${name}`, () => {
      const packed = snappyjs.compress(data)
      expectBytes(decompress(packed, data.length), data)
    })
    it(`snappyjs decodes our output: ${name}`, () => {
      expectBytes(snappyjs.uncompress(compress(data)), data)
    })
  }

  // Hand-built from google/snappy format_description.txt.
  it('decodes hand-built elements: literal, 1-byte-offset copy, 2-byte-offset overlapping copy', () => {
    // preamble 11; literal "abc" (tag (3-1)<<2 = 0x08); copy len 4 off 3 (tag 01, len-4=0, off high 0): 0x01 0x03;
    // copy len 4 off 1 with a 2-byte offset (tag 10, (4-1)<<2|2 = 0x0e): 0x0e 0x01 0x00
    const bytes = Uint8Array.of(11, 0x08, 0x61, 0x62, 0x63, 0x01, 0x03, 0x0e, 0x01, 0x00)
    expect(new TextDecoder().decode(decompress(bytes, 11))).toBe('abcabcaaaaa')
  })

  it('decodes a literal with a 1-byte length (tag 60) and a 4-byte-offset copy', () => {
    const lit = new Uint8Array(70).map((_, i) => 65 + (i % 26))
    // literal of 70: tag 60<<2 = 0xf0, then len-1 = 69; copy len 2 off 70 via tag 11: ((2-1)<<2)|3 = 0x07, offset LE32
    const bytes = Uint8Array.of(72, 0xf0, 69, ...lit, 0x07, 70, 0, 0, 0)
    const out = decompress(bytes, 72)
    expect(out.subarray(0, 70)).toEqual(lit)
    expect(Array.from(out.subarray(70))).toEqual([65, 66])
  })

  it('rejects a size that differs from the preamble, expected vs found', () => {
    const e = expectParquetError(() => decompress(snappyjs.compress(SAMPLES.small!), 10))
    expect(e.message).toContain('expected 10')
    expect(e.message).toContain(String(SAMPLES.small!.length))
  })

  it('rejects a copy before the start of the output and a zero offset', () => {
    expectParquetError(() => decompress(Uint8Array.of(4, 0x01, 0x05), 4))
    expectParquetError(() => decompress(Uint8Array.of(5, 0x00, 0x61, 0x01, 0x00), 5))
  })

  it('ends corrupt input in ParquetError only', () => {
    const valid = snappyjs.compress(SAMPLES.mixed!)
    for (const bad of corruptions(valid)) onlyParquetError(() => decompress(bad, SAMPLES.mixed!.length))
    for (const bad of corruptions(valid)) onlyParquetError(() => decompress(bad, 100))
  })

  it('returns an empty array for empty input and size 0', () => {
    expect(decompress(new Uint8Array(0), 0)).toEqual(new Uint8Array(0))
  })
})

describe('snappy compressor', () => {
  const inputs: Record<string, Uint8Array> = {
    'page-like 300 KB (several 64 KiB blocks)': pageData(300_000),
    'one byte repeated 200 KB (long copies)': new Uint8Array(200_000).fill(7),
    'random 70 KB (literals past 64 KiB)': randomData(70_000, 3),
    '14 bytes (under the block margin)': Uint8Array.from({ length: 14 }, (_, i) => i % 3),
    'empty': new Uint8Array(0),
  }
  for (const [name, data] of Object.entries(inputs)) {
    it(`snappyjs decodes it, no larger than snappyjs + 1%: ${name}`, () => {
      const ours = compress(data)
      expectBytes(snappyjs.uncompress(ours), data)
      expect(ours.length).toBeLessThanOrEqual(Math.ceil(snappyjs.compress(data).length * 1.01) + 8)
    })
  }

  it('writes the length preamble as a varint (format_description.txt)', () => {
    // 300 = 0b10_0101100 -> 0xac 0x02
    expect(Array.from(compress(new Uint8Array(300)).subarray(0, 2))).toEqual([0xac, 0x02])
  })
})
