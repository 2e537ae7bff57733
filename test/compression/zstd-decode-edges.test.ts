/**
 * Our Zstandard decoder on hand-built frames whose output follows from RFC
 * 8878 (each also decoded by fzstd where the frame is valid), on the errors
 * the format defines, and on corrupt frames: truncations, bit flips and a
 * mutation fuzz loop, which must end in a CODEC_INVALID ParquetError or in
 * output of exactly the expected size, never in another exception or a hang.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { decompress as fzstdDecompress } from 'fzstd'
import { describe, expect, it } from 'vitest'
import * as zstd from '../../src/compression/zstd.js'
import { zstdCompress } from '../../src/compression/zstd-compress.js'
import { isParquetError } from '../../src/errors.js'
import { fuzzInput, pageData } from './compress-inputs.js'
import { expectBytes, expectParquetError, mixedData, randomData, textData } from './helpers.js'

const MAGIC = [0x28, 0xb5, 0x2f, 0xfd]
const bytes = (...parts: (number | string | ArrayLike<number>)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : [...Array.from(p)])))
/** A 3-byte block header. */
const block = (last: boolean, type: number, size: number) => {
  const h = (size << 3) | (type << 1) | (last ? 1 : 0)
  return [h & 255, (h >> 8) & 255, h >> 16]
}
/** A single-segment frame with a 1-byte content size (< 256) around `blocks`. */
const frame1 = (size: number, ...blocks: (number | string | ArrayLike<number>)[]) => bytes(MAGIC, 0x20, size, ...blocks)
/** The frame decodes, by ours and by fzstd, to `expected`. */
function expectFrame(frame: Uint8Array, expected: Uint8Array | string): void {
  const want = typeof expected === 'string' ? bytes(expected) : expected
  expectBytes(zstd.decompress(frame, want.length), want)
  expectBytes(fzstdDecompress(frame), want)
}

// A compressed block body: raw literals `lits`, then one sequence whose three
// codes come from RLE_Mode tables (no state bits), so its bitstream holds only
// the offset code's extra bits under the end marker.
const rleSequenceBlock = (lits: string, llCode: number, ofCode: number, mlCode: number, stream: number[]) =>
  bytes(lits.length << 3, lits, 1, 0x54, llCode, ofCode, mlCode, stream)

describe('zstd decoder: hand-built frames (RFC 8878)', () => {
  it('raw and RLE blocks; single segment with a 1-byte content size', () => {
    expectFrame(frame1(9, block(false, 0, 4), 'abcd', block(true, 1, 5), 'z'), 'abcdzzzzz')
  })

  it('window descriptor instead of a content size, 2-, 4- and 8-byte content sizes, a zero dictionary id', () => {
    expectFrame(bytes(MAGIC, 0x00, 0x00, block(true, 0, 3), 'xyz'), 'xyz') // window 1 KB, no size
    const text = textData(300)
    expectFrame(bytes(MAGIC, 0x40, 0x00, (300 - 256) & 255, 0, block(true, 0, 300), text), text) // 2 bytes: value + 256
    expectFrame(bytes(MAGIC, 0x80, 0x00, 3, 0, 0, 0, block(true, 0, 3), 'xyz'), 'xyz')
    expectFrame(bytes(MAGIC, 0xc0, 0x00, 3, 0, 0, 0, 0, 0, 0, 0, block(true, 0, 3), 'xyz'), 'xyz')
    expectFrame(bytes(MAGIC, 0x23, 0, 0, 0, 0, 3, block(true, 0, 3), 'xyz'), 'xyz') // 4-byte dictionary id 0
  })

  it('compressed block: raw literals and no sequences; RLE literals', () => {
    expectFrame(frame1(4, block(true, 2, 6), bytes(4 << 3, 'wxyz', 0)), 'wxyz')
    expectFrame(frame1(7, block(true, 2, 3), bytes((7 << 3) | 1, 'q', 0)), 'qqqqqqq')
    const rle = bytes(block(true, 2, 4), (3000 << 4) | (1 << 2) | 1, 3000 >> 4, 'k', 0)
    expectFrame(bytes(MAGIC, 0x40, 0x18, (3000 - 256) & 255, (3000 - 256) >> 8, rle), new Uint8Array(3000).fill(0x6b)) // window 8 KB
  })

  it('a sequence with a new offset, a repeat offset with an overlapping match, repeat-mode tables in the next block', () => {
    // ll code 4 = 4 literals; offset code 2 + extra bits 0b11 = value 7 = offset 4; ml code 1 = length 4.
    expectFrame(frame1(8, block(true, 2, 11), rleSequenceBlock('abcd', 4, 2, 1, [0b111])), 'abcdabcd')
    // offset code 0 = value 1 = repeat offset 1, which starts at 1; ml code 3 = length 6.
    expectFrame(frame1(10, block(true, 2, 11), rleSequenceBlock('abcd', 4, 0, 3, [0b1])), 'abcddddddd')
    // Block 2 reuses the three RLE tables (modes byte 0xfc, Repeat_Mode) and its sequence offset 4.
    const second = bytes(4 << 3, 'wxyz', 1, 0xfc, 0b111)
    expectFrame(frame1(16, block(false, 2, 11), rleSequenceBlock('abcd', 4, 2, 1, [0b111]), block(true, 2, 8), second), 'abcdabcdwxyzwxyz')
  })

  it('Huffman literals with directly stored weights, then treeless literals reusing the table', () => {
    // Weights: symbol 0 -> 2, symbol 1 -> 1, symbol 2 implied 1. Codes: 1 -> 00, 2 -> 01, 0 -> 1.
    // Literals 0 1 2 0 read from the top: 1 00 01 1 under the end marker = 0b1100011.
    const huffman = bytes(0x42, 0xc0, 0x00, 0x81, 0x21, 0b1100011, 0)
    const treeless = bytes(0x43, 0x40, 0x00, 0b1100011, 0)
    expectFrame(frame1(8, block(false, 2, 7), huffman, block(true, 2, 5), treeless), bytes(0, 1, 2, 0, 0, 1, 2, 0))
  })

  it('skippable frames (all 16 magic numbers) and frames back to back', () => {
    const parts: Uint8Array[] = []
    for (let k = 0; k < 16; k++) parts.push(bytes(0x50 + k, 0x2a, 0x4d, 0x18, k, 0, 0, 0, new Uint8Array(k)), frame1(2, block(true, 0, 2), 'ab'))
    expectBytes(zstd.decompress(Buffer.concat(parts), 32), bytes('ab'.repeat(16)))
  })
})

describe('zstd decoder: errors the format defines', () => {
  const valid = frame1(8, block(true, 2, 11), rleSequenceBlock('abcd', 4, 2, 1, [0b111]))
  const cases: [string, Uint8Array, number, RegExp][] = [
    ['a frame needing a dictionary', bytes(MAGIC, 0x21, 7, 3, block(true, 0, 3), 'xyz'), 3, /dictionary 7/],
    ['the reserved frame header bit', bytes(MAGIC, 0x28, 3, block(true, 0, 3), 'xyz'), 3, /reserved bit/],
    ['the reserved block type', frame1(3, block(true, 3, 3), 'xyz'), 3, /reserved block type/],
    ['a block over the window (1 KB)', bytes(MAGIC, 0x00, 0x00, block(true, 1, 1025), 'x'), 1025, /block maximum 1024/],
    ['a block over 128 KB', bytes(MAGIC, 0x00, 0x60, block(true, 1, 131073), 'x'), 131073, /block maximum 131072/],
    ['a content size the blocks do not fill', frame1(5, block(true, 0, 3), 'xyz'), 5, /declares 5 bytes, its blocks hold 3/],
    ['blocks beyond the content size', bytes(MAGIC, 0x80, 0x00, 2, 0, 0, 0, block(true, 0, 3), 'xyz'), 3, /past the limit 2/],
    ['a block over the window of a single-segment frame (its content size)', frame1(2, block(true, 0, 3), 'xyz'), 3, /block maximum 2/],
    ['a frame larger than the expected size', valid, 7, /declares 8 bytes, only 7 remain/],
    ['frames smaller than the expected size', valid, 9, /expected 9 uncompressed bytes, found 8/],
    ['output past the expected size without a content size', bytes(MAGIC, 0x00, 0x00, block(true, 1, 5), 'x'), 4, /past the limit 4/],
    ['an offset before the start of the frame', frame1(8, block(true, 2, 11), rleSequenceBlock('abcd', 4, 3, 1, [0b1111])), 8, /copies from 12 bytes back/],
    ['treeless literals without a previous table', frame1(4, block(true, 2, 5), bytes(0x43, 0x40, 0x00, 0b1100011, 0)), 4, /no Huffman table/],
    ['repeat-mode tables without previous tables', frame1(8, block(true, 2, 8), bytes(4 << 3, 'wxyz', 1, 0xfc, 0b111)), 8, /repeat mode/],
    ['a sequences bitstream with bits left over', frame1(8, block(true, 2, 11), rleSequenceBlock('abcd', 4, 2, 1, [0b1111])), 8, /bits left over/],
    ['a sequences bitstream without its end marker', frame1(8, block(true, 2, 11), rleSequenceBlock('abcd', 4, 2, 1, [0])), 8, /end marker/],
    ['a literal length over the literals', frame1(8, block(true, 2, 11), rleSequenceBlock('abcd', 5, 2, 1, [0b111])), 9, /takes 5 literals, only 4 remain/],
    ['reserved bits in the sequences modes byte', frame1(4, block(true, 2, 8), bytes(4 << 3, 'wxyz', 1, 0x01, 0x80)), 4, /reserved bits/],
    ['a 4-stream Huffman section regenerating fewer than 6 bytes', frame1(4, block(true, 2, 13), bytes(0x46, 0x40, 0x02, 0x81, 0x21, 1, 0, 1, 0, 1, 0, 1, 1, 1, 0)), 4, /at least 6/],
    ['Huffman weights no last weight completes', frame1(4, block(true, 2, 8), bytes(0x42, 0xc0, 0x00, 0x82, 0x23, 0x30, 0x63, 0)), 4, /power of two/],
    ['bytes after the last frame that are no frame', bytes(valid, 1, 2, 3, 4, 5, 6, 7, 8), 8, /expected frame magic/],
    ['a truncated skippable frame', bytes(0x50, 0x2a, 0x4d, 0x18, 9, 0, 0, 0, 1), 0, /skippable frame/],
  ]
  for (const [name, frame, size, message] of cases) {
    it(name, () => {
      const e = expectParquetError(() => zstd.decompress(frame, size))
      expect(e.message).toMatch(message)
    })
  }
})

/** Decodes `frame`: either exactly `size` bytes or a CODEC_INVALID ParquetError; anything else fails the test. */
function decodesOrRejects(frame: Uint8Array, size: number, what: string): boolean {
  try {
    const out = zstd.decompress(frame, size)
    expect(out.length, what).toBe(size)
    return true
  } catch (e) {
    if (!isParquetError(e) || e.code !== 'CODEC_INVALID') throw new Error(`${what}: expected a CODEC_INVALID ParquetError, got ${String(e)}`, { cause: e })
    return false
  }
}

/** Deterministic generator for the mutations. */
function prng(seed: number): () => number {
  let x = seed | 1
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 2 ** 32
  }
}

describe('zstd decoder: corrupt frames end in ParquetError only', () => {
  const sources: [string, Uint8Array, Uint8Array][] = []
  const add = (name: string, data: Uint8Array, frame: Uint8Array) => sources.push([name, data, frame])
  for (const [name, data] of [['pages', pageData(40_000)], ['fuzz', fuzzInput(5)], ['text', textData(20_000)], ['mixed', mixedData(30_000)]] as const) {
    add(`ours ${name}`, data, zstdCompress(data))
  }
  if (existsSync('/usr/bin/zstd')) {
    const data = pageData(60_000)
    for (const level of ['-1', '-19']) add(`zstd ${level}`, data, new Uint8Array(execFileSync('zstd', ['-c', level], { input: data })))
    const text = textData(30_000)
    add('zstd --no-content-size', text, new Uint8Array(execFileSync('zstd', ['-c', '-3', '--no-content-size'], { input: text })))
  }

  it('every truncation of a small frame', () => {
    const data = textData(3000)
    const frame = zstdCompress(data)
    for (let cut = 0; cut < frame.length; cut++) expect(decodesOrRejects(frame.subarray(0, cut), data.length, `cut ${cut}`)).toBe(false)
  })

  it('truncations of every source', () => {
    for (const [name, data, frame] of sources) {
      for (let k = 1; k <= 64; k++) decodesOrRejects(frame.subarray(0, Math.floor((frame.length * k) / 65)), data.length, `${name} cut ${k}/65`)
    }
  })

  it('mutation fuzz: 3000 frames with flipped, replaced, inserted or deleted bytes, at the right and wrong expected sizes', () => {
    const r = prng(0x5eed)
    let rejected = 0
    for (let i = 0; i < 3000; i++) {
      const [name, data, frame] = sources[i % sources.length]!
      const copy = Array.from(frame)
      for (let m = 1 + Math.floor(r() * 4); m > 0; m--) {
        const pos = Math.floor(r() * copy.length)
        const kind = Math.floor(r() * 4)
        if (kind === 0) copy[pos] = copy[pos]! ^ (1 << Math.floor(r() * 8))
        else if (kind === 1) copy[pos] = Math.floor(r() * 256)
        else if (kind === 2) copy.splice(pos, 0, Math.floor(r() * 256))
        else copy.splice(pos, 1)
      }
      const size = i % 7 === 0 ? Math.floor(r() * data.length * 2) : data.length
      if (!decodesOrRejects(Uint8Array.from(copy), size, `${name} mutation ${i}`)) rejected++
    }
    expect(rejected).toBeGreaterThan(1500)
  })

  it('random bytes behind a valid frame magic and header', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const noise = randomData(1 + (seed % 300), seed)
      decodesOrRejects(bytes(MAGIC, seed % 2 ? 0x20 : 0x00, seed & 255, noise), seed & 255, `noise ${seed}`)
      decodesOrRejects(frame1(200, block(true, 2, noise.length), noise), 200, `noise block ${seed}`)
    }
  })
})
