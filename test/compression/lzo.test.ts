import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import * as lzo from '../../src/compression/lzo.js'
import { corruptions, expectBytes, expectParquetError, onlyParquetError } from './helpers.js'

const dir = join(import.meta.dirname, '../fixtures/lzo')
const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)))
const original = (name: string) => (name === 'far' ? new Uint8Array(gunzipSync(read('far.bin.gz'))) : read(`${name}.bin`))
const NAMES = ['text', 'runs', 'far', 'empty', 'one', 'short']

/** The LZO1X blocks of an lzop file (lzop container: header, then [u32be dst_len][u32be src_len][checksums][data]...). */
function lzopBlocks(file: Uint8Array): { raw: number; data: Uint8Array }[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  let pos = 9
  const version = view.getUint16(pos)
  pos += 4 + (version >= 0x0940 ? 2 : 0) + 1 + (version >= 0x0940 ? 1 : 0)
  const flags = view.getUint32(pos)
  pos += 4 + (flags & 0x800 ? 4 : 0) + 4 + 4 + (version >= 0x0940 ? 4 : 0)
  pos += 1 + file[pos]! + 4
  expect(flags & 0x40, 'no extra field expected').toBe(0)
  const blocks: { raw: number; data: Uint8Array }[] = []
  for (;;) {
    const raw = view.getUint32(pos)
    if (raw === 0) return blocks
    const size = view.getUint32(pos + 4)
    pos += 8 + (flags & 1 ? 4 : 0) + (flags & 0x100 ? 4 : 0)
    if (size < raw) pos += (flags & 2 ? 4 : 0) + (flags & 0x200 ? 4 : 0)
    blocks.push({ raw, data: file.subarray(pos, pos + size) })
    pos += size
  }
}

describe('LZO1X (vectors from liblzo2 and lzop)', () => {
  for (const name of NAMES) {
    for (const method of ['lzo1x_1', 'lzo1x_999']) {
      it(`decodes ${name}.${method}`, () => {
        const expected = original(name)
        expectBytes(lzo.decompress(read(`${name}.${method}`), expected.length), expected)
      })
    }
  }

  it('uses matches more than 16 KiB back in the far vector', () => {
    expect(original('far').length).toBeGreaterThan(34000)
  })

  it('decodes the Hadoop block framing (two blocks in one page, one of two chunks)', () => {
    const expected = original('text')
    expectBytes(lzo.decompress(read('text.hadoop'), expected.length), expected)
  })

  for (const name of ['text', 'runs']) {
    it(`decodes the blocks of ${name}.lzop`, () => {
      const expected = original(name)
      let from = 0
      for (const b of lzopBlocks(read(`${name}.lzop`))) {
        const part = b.data.length === b.raw ? b.data : lzo.decompress(b.data, b.raw)
        expectBytes(part, expected.subarray(from, from + b.raw))
        from += b.raw
      }
      expect(from).toBe(expected.length)
    })
  }

  it('reports expected vs found sizes', () => {
    const e = expectParquetError(() => lzo.decompress(read('text.lzo1x_1'), 7000))
    expect(e.message).toMatch(/expected|overflow/)
    expectParquetError(() => lzo.decompress(read('text.lzo1x_1'), 100))
  })

  it('ends corrupt input in ParquetError only', () => {
    for (const name of ['text.lzo1x_1', 'far.lzo1x_999', 'runs.lzo1x_999', 'text.hadoop']) {
      const size = original(name.split('.')[0]!).length
      for (const bad of corruptions(read(name), 60)) onlyParquetError(() => lzo.decompress(bad, size))
    }
  })
})
