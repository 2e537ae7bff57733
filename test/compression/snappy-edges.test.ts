/**
 * Edge cases of the Snappy decoder's fast and checked paths: overlapping
 * copies, copies that end exactly at the output end, literal lengths in 1..4
 * extra bytes, the switch from the fast loop to the checked tail at every
 * position. Streams are built by hand from google/snappy
 * format_description.txt; expected output is snappyjs's decompression of the
 * same stream (an independent implementation).
 */
import * as snappyjs from 'snappyjs'
import { describe, expect, it } from 'vitest'
import type { CompressWork } from '../../src/compression/index.js'
import { compress, decompress, decompressInto } from '../../src/compression/snappy.js'
import { expectBytes, expectParquetError, randomData } from './helpers.js'

/** Builds a raw Snappy stream element by element. */
class StreamBuilder {
  private parts: number[] = []
  size = 0

  /** A literal; `extra` forces the length into 1..4 bytes after the tag (0: in the tag, needs length <= 60). */
  literal(bytes: Uint8Array, extra = bytes.length > 60 ? minimalExtra(bytes.length - 1) : 0): this {
    const n = bytes.length - 1
    if (extra === 0) this.parts.push(n << 2)
    else {
      this.parts.push((59 + extra) << 2)
      for (let i = 0; i < extra; i++) this.parts.push(Math.floor(n / 256 ** i) & 0xff)
    }
    for (const b of bytes) this.parts.push(b)
    this.size += bytes.length
    return this
  }

  /** A copy with a 1-byte (kind 1), 2-byte (kind 2) or 4-byte (kind 3) offset. */
  copy(offset: number, len: number, kind: 1 | 2 | 3 = 2): this {
    if (kind === 1) this.parts.push(1 | ((len - 4) << 2) | ((offset >>> 8) << 5), offset & 0xff)
    else {
      this.parts.push(kind | ((len - 1) << 2))
      for (let i = 0; i < (kind === 2 ? 2 : 4); i++) this.parts.push(Math.floor(offset / 256 ** i) & 0xff)
    }
    this.size += len
    return this
  }

  /** The stream: varint preamble (the elements' output size unless `declared` is given) then the elements. */
  bytes(declared = this.size): Uint8Array {
    const head: number[] = []
    let v = declared
    while (v >= 0x80) {
      head.push((v & 0x7f) | 0x80)
      v = Math.floor(v / 128)
    }
    head.push(v)
    return Uint8Array.from([...head, ...this.parts])
  }
}

function minimalExtra(n: number): number {
  return n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x1000000 ? 3 : 4
}

/** Distinct-ish bytes for literals. */
function bytesOf(len: number, seed: number): Uint8Array {
  return randomData(len, seed)
}

/** Decodes with ours and checks against snappyjs on the same stream. */
function expectSameAsSnappyjs(stream: Uint8Array): Uint8Array {
  const reference = snappyjs.uncompress(stream)
  const ours = decompress(stream, reference.length)
  expectBytes(ours, reference)
  return ours
}

const FILLER = bytesOf(300, 5)

describe('snappy decoder edges (checked against snappyjs)', () => {
  it('overlapping and short copies: offsets 1..8, lengths 1..64, each tag kind, in the fast loop and in the tail', () => {
    for (let offset = 1; offset <= 8; offset++) {
      for (let len = 1; len <= 64; len++) {
        const kinds: (1 | 2 | 3)[] = len >= 4 && len <= 11 ? [1, 2, 3] : [2, 3]
        for (const kind of kinds) {
          const prefix = bytesOf(offset, offset * 100 + len)
          // Followed by a long literal: the copy is decoded by the fast loop.
          expectSameAsSnappyjs(new StreamBuilder().literal(prefix).copy(offset, len, kind).literal(FILLER).bytes())
          // At the very end: the copy ends exactly at the output end (checked tail).
          expectSameAsSnappyjs(new StreamBuilder().literal(prefix).copy(offset, len, kind).bytes())
          // A run of copies reaching the output end, past the fast loop's margins.
          const b = new StreamBuilder().literal(FILLER).literal(prefix)
          for (let i = 0; i < 6; i++) b.copy(offset, len, kind)
          expectSameAsSnappyjs(b.bytes())
        }
      }
    }
  })

  it('copies with larger offsets, from the far end of the output written so far', () => {
    const data = bytesOf(70_000, 9)
    for (const offset of [9, 15, 16, 17, 63, 64, 65, 2047, 2048, 65535, 65536, 70_000]) {
      for (const len of [1, 4, 11, 12, 31, 32, 33, 64]) {
        const kinds: (1 | 2 | 3)[] = offset < 2048 && len >= 4 && len <= 11 ? [1, 3] : offset < 65536 ? [2, 3] : [3]
        for (const kind of kinds) {
          expectSameAsSnappyjs(new StreamBuilder().literal(data).copy(offset, len, kind).literal(FILLER).bytes())
          expectSameAsSnappyjs(new StreamBuilder().literal(data).copy(offset, len, kind).bytes())
        }
      }
    }
  })

  it('literal lengths in the tag and in 1, 2, 3 and 4 extra bytes (minimal and padded encodings)', () => {
    for (const len of [1, 2, 3, 4, 7, 8, 9, 59, 60, 61, 62, 255, 256, 257, 300, 65535, 65536, 65537, 70_000]) {
      const body = bytesOf(len, len)
      const least = len <= 60 ? 0 : minimalExtra(len - 1)
      for (let extra = least; extra <= 4; extra++) {
        if (extra === 0 && len > 60) continue
        // (snappyjs wants 4 bytes after a long literal's tag, so it rejects tiny padded literals at the stream end.)
        if (extra === 0 || extra + len >= 4) expectSameAsSnappyjs(new StreamBuilder().literal(body, extra).bytes())
        expectSameAsSnappyjs(new StreamBuilder().literal(FILLER).literal(body, extra).copy(len + 300, 20).literal(FILLER).bytes())
      }
    }
  })

  it('a literal whose length needs 4 extra bytes (16 MiB + 1)', () => {
    const len = 2 ** 24 + 1
    const tail = new StreamBuilder().copy(100, 50).bytes(0).subarray(1)
    // preamble of len + 50 (varint), tag 63 << 2, len - 1 in 4 bytes LE, the literal, a copy
    const head = Uint8Array.of(0xb3, 0x80, 0x80, 0x08, 63 << 2, 0x00, 0x00, 0x00, 0x01)
    const stream = new Uint8Array(head.length + len + tail.length)
    stream.set(head)
    stream.set(bytesOf(len, 77), head.length)
    stream.set(tail, head.length + len)
    expect(expectSameAsSnappyjs(stream).length).toBe(len + 50)
  })

  it('random element streams switch from the fast loop to the tail at every position', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const r = randomData(400, seed)
      let k = 0
      const next = () => r[k++ % r.length]!
      const b = new StreamBuilder().literal(bytesOf(1 + (next() % 20), seed))
      const elements = 2 + (next() % 60)
      for (let e = 0; e < elements; e++) {
        const pick = next() % 4
        if (pick === 0) b.literal(bytesOf(1 + (next() % 70), seed * 1000 + e))
        else {
          const offset = 1 + (next() * 256 + next()) % Math.min(b.size, 40)
          const len = 1 + (next() % 64)
          const kind = pick === 1 && len >= 4 && len <= 11 ? 1 : pick === 3 ? 3 : 2
          b.copy(offset, len, kind)
        }
      }
      expectSameAsSnappyjs(b.bytes())
    }
  })

  it('accepts Buffer input and decodes into a caller-owned output', () => {
    const data = new TextEncoder().encode('parquet page '.repeat(2000))
    const packed = snappyjs.compress(data)
    expectBytes(decompress(Buffer.from(packed), data.length), data)
    const out = new Uint8Array(data.length)
    expect(decompressInto(packed, out)).toBe(out)
    expectBytes(out, data)
    const buf = Buffer.alloc(data.length)
    expectBytes(decompressInto(packed, buf), data)
  })

  it('decompressInto rejects an output of the wrong size, expected vs found', () => {
    const packed = snappyjs.compress(new Uint8Array(1000).fill(3))
    const e = expectParquetError(() => decompressInto(packed, new Uint8Array(999)))
    expect(e.message).toContain('expected 999')
    expect(e.message).toContain('1000')
  })
})

describe('snappy decoder: corrupt input in the fast loop ends in ParquetError', () => {
  const base = () => new StreamBuilder().literal(FILLER)

  it('a copy reaching before the output start, or offset 0, mid-stream', () => {
    for (const kind of [1, 2, 3] as const) {
      const tooFar = base().copy(301, 4, kind).literal(FILLER).bytes()
      expect(expectParquetError(() => decompress(tooFar, 604)).message).toContain('copy offset 301')
      const zero = base().copy(0, 4, kind).literal(FILLER).bytes()
      expect(expectParquetError(() => decompress(zero, 604)).message).toContain('copy offset 0')
    }
  })

  it('a long literal running past the input end or the output end', () => {
    const stream = base().literal(bytesOf(5000, 3)).bytes()
    const cut = stream.subarray(0, stream.length - 200)
    expect(expectParquetError(() => decompress(cut, 5300)).message).toContain('runs past the input end')
    // A preamble declaring less output than the literals hold.
    const lying = base().literal(bytesOf(5000, 3)).bytes(292)
    expect(expectParquetError(() => decompress(lying, 292)).message).toContain('overflows the output')
  })

  it('output that stops short of the declared size', () => {
    const stream = base().copy(10, 40).bytes(640)
    const e = expectParquetError(() => decompress(stream, 640))
    expect(e.message).toContain('expected 640 uncompressed bytes, found 340')
  })
})

describe('snappy compressor edges (snappyjs decodes the output)', () => {
  function expectRoundTrip(data: Uint8Array): void {
    expectBytes(snappyjs.uncompress(compress(data)), data)
  }

  it('matches ending at each byte of a 4-byte word, and at the block and input end', () => {
    const unit = bytesOf(40, 11)
    for (let cut = 4; cut <= 24; cut++) {
      // A repeat of the first `cut` bytes of `unit`, then a byte that differs: the match stops there.
      const data = new Uint8Array(200)
      data.set(unit)
      data.set(unit.subarray(0, cut), 60)
      data[60 + cut] = unit[cut]! ^ 0xff
      data.set(bytesOf(100, cut), 61 + cut)
      expectRoundTrip(data)
      // The same repeat placed so that it runs into the end of the input.
      expectRoundTrip(Uint8Array.from([...unit, ...unit.subarray(0, cut)]))
    }
    for (const n of [65_536 - 1, 65_536, 65_536 + 1, 65_536 + 3, 65_536 + 15, 65_536 + 16, 2 * 65_536 + 7]) {
      expectRoundTrip(new Uint8Array(n).fill(9))
      expectRoundTrip(Uint8Array.from({ length: n }, (_, i) => (i % 7) * 31))
    }
  })

  it('every input length 0..300 of runs, periodic and random bytes', () => {
    for (let n = 0; n <= 300; n++) {
      expectRoundTrip(new Uint8Array(n).fill(n & 0xff))
      expectRoundTrip(Uint8Array.from({ length: n }, (_, i) => (i % 5) + (i % 3)))
      expectRoundTrip(bytesOf(n, n + 1))
    }
  })

  it('small-alphabet random data (many short matches), with 0xff bytes (the empty-slot value)', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const r = randomData(20_000 + seed * 997, seed)
      expectRoundTrip(r.map((b) => (b & 3 ? 0xff : b & 0x1c)))
      expectRoundTrip(r.map((b) => b & 7))
    }
  })

  it('reused work buffers: a large then smaller inputs (stale table entries and output bytes from earlier calls)', () => {
    const work: CompressWork = {}
    const inputs = [randomData(200_000, 3).map((b) => b & 7), new Uint8Array(70_000).fill(5), bytesOf(1000, 9), randomData(90_000, 4).map((b) => b & 3)]
    for (const data of inputs) {
      const out = compress(data, work)
      expect(out.buffer).toBe(work.out!.buffer)
      expectBytes(out, compress(data))
      expectBytes(snappyjs.uncompress(out.slice()), data)
    }
  })
})
