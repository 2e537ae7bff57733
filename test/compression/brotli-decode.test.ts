/**
 * Our BROTLI decoder (src/compression/brotli-decode.ts) against Node's zlib
 * Brotli decoder, the reference: zlib's own streams over qualities 0-11 and
 * windows 10-24, static dictionary words under all 121 transforms in
 * hand-built streams, the dictionary bytes against RFC 7932's SHA-256, the
 * stream that hung brotli-lib, and seeded fuzzing. The hang reproducer and
 * the fuzzing run in a child process with a timeout (brotli-child.ts), so a
 * decoder that loops fails instead of hanging the suite.
 */
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { addBits, bitWriter, flushBits } from '../../src/compression/bit-writer.js'
import * as brotli from '../../src/compression/brotli.js'
import { brotliDecode } from '../../src/compression/brotli-decode.js'
import { staticDictionary } from '../../src/compression/brotli-dictionary.js'
import { decompressPage } from '../../src/compression/index.js'
import { makeCursor } from '../../src/cursor.js'
import { isParquetError } from '../../src/errors.js'
import { readFileMetaData } from '../../src/format/parquet-footer.gen.js'
import { readPageHeader } from '../../src/format/parquet-page-header.gen.js'
import { corpusFile } from '../corpus.js'
import { expectBytes, expectParquetError, mixedData, randomData, textData } from './helpers.js'

const CHILD = join(import.meta.dirname, 'brotli-child.ts')

function runChild(args: string[], timeout: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', CHILD, ...args], { timeout, cwd: join(import.meta.dirname, '../..') }, (err, stdout, stderr) => {
      if (err) reject(new Error(`child ${args.join(' ')} failed (timed out: ${err.killed}): ${stderr}`, { cause: err }))
      else resolve(JSON.parse(stdout) as Record<string, unknown>)
    })
  })
}

function zlibPack(data: Uint8Array, quality: number, lgwin: number): Uint8Array {
  const params = { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_LGWIN]: lgwin }
  return new Uint8Array(brotliCompressSync(data, { params }))
}

/** Text with 2- and 3-byte UTF-8 characters, so that context modeling sees every UTF8 context class. */
function utf8Text(bytes: number): Uint8Array {
  const words = ['the', 'Parquet', 'naïve', 'café', '日本語', 'données', 'Straße', '«quoted»', '(x)', '[y]', '42', 'end.\n']
  const parts: string[] = []
  for (let i = 0, n = 0; n < bytes; i++) {
    const w = words[(i * 7) % words.length]!
    parts.push(`${w} `)
    n += w.length + 1
  }
  return new TextEncoder().encode(parts.join('')).subarray(0, bytes)
}

/** Blocks that repeat far apart, for distances near the largest windows. */
function farRepeats(): Uint8Array {
  const block = randomData(300_000, 11)
  const out = new Uint8Array(1_300_000)
  for (let i = 0; i < out.length; i += block.length) out.set(block.subarray(0, Math.min(block.length, out.length - i)), i)
  out.set(randomData(100_000, 12), 600_000)
  return out
}

const MATRIX_INPUTS: Record<string, Uint8Array> = {
  random: randomData(20_000, 3),
  text: textData(40_000),
  utf8: utf8Text(40_000),
  repetitive: new Uint8Array(30_000).map((_, i) => [1, 1, 2, 3, 5, 8][i % 6]! + (i >>> 12)),
  mixed: mixedData(40_000),
}

describe('BROTLI decoder vs zlib', () => {
  for (const [name, data] of Object.entries(MATRIX_INPUTS)) {
    it(`decodes zlib streams of ${name} data at qualities 0-11, windows 10-24`, () => {
      for (let quality = 0; quality <= 11; quality++) {
        for (let lgwin = 10; lgwin <= 24; lgwin++) {
          const packed = zlibPack(data, quality, lgwin)
          expectBytes(brotliDecompressSync(packed), data)
          expectBytes(brotli.decompress(packed, data.length), data)
        }
      }
    })
  }

  it('decodes distances up to 1 MB back in 1.3 MB streams (windows 20-24)', () => {
    const data = farRepeats()
    for (const [quality, lgwin] of [[2, 20], [5, 21], [9, 24], [4, 24]] as const) {
      expectBytes(brotli.decompress(zlibPack(data, quality, lgwin), data.length), data)
    }
  })

  it('decodes our compressor output', () => {
    for (const data of [...Object.values(MATRIX_INPUTS), farRepeats(), new Uint8Array(0), Uint8Array.of(9)]) {
      expectBytes(brotli.decompress(brotli.compress(data), data.length), data)
    }
  })

  it('decodes the stream that hung brotli-lib, in a child process with a timeout', async () => {
    const result = await runChild(['hang'], 30_000)
    expect(result).toEqual({ length: 4940, equal: true })
  }, 40_000)

  it('ends at the declared size: more or fewer bytes, trailing input and empty input are CODEC_INVALID', () => {
    const data = MATRIX_INPUTS.text!
    const packed = zlibPack(data, 5, 22)
    expect(expectParquetError(() => brotli.decompress(packed, data.length - 1)).message).toContain(`expected ${data.length - 1}`)
    expect(expectParquetError(() => brotli.decompress(packed, data.length + 1)).message).toContain(`expected ${data.length + 1}`)
    expectParquetError(() => brotli.decompress(Uint8Array.from([...packed, 0]), data.length))
    expectParquetError(() => brotli.decompress(new Uint8Array(0), 10))
    expectParquetError(() => brotli.decompress(packed, -1), 'ARGUMENT_INVALID')
  })
})

/** A stream of one meta-block with one command: no literals, a copy of `len` (4..9) from `distance`, MLEN `mlen`. */
function copyStream(len: number, distance: number, mlen: number): Uint8Array {
  const w = bitWriter(new Uint8Array(64), 0)
  addBits(w, 0, 1) // WBITS 16
  addBits(w, 0b01, 2) // ISLAST, ISLASTEMPTY 0
  addBits(w, 0, 2) // MNIBBLES 4
  addBits(w, mlen - 1, 16)
  addBits(w, 0, 3 + 6 + 2 + 2) // one block type each, NPOSTFIX 0, NDIRECT 0, context mode LSB6, one tree each
  const simple = (symbol: number, bits: number) => {
    addBits(w, 1, 2) // HSKIP 1: simple prefix code
    addBits(w, 0, 2) // NSYM 1
    addBits(w, symbol, bits)
  }
  simple(0, 8) // literals (unused)
  simple(128 + len - 2, 10) // insert code 0, copy code len - 2, explicit distance
  const x = distance + 3
  const nbits = 30 - Math.clz32(x)
  simple(16 + 2 * (nbits - 1) + ((x >>> nbits) & 1), 6)
  addBits(w, x & ((1 << nbits) - 1), nbits)
  return w.out.slice(0, flushBits(w))
}

describe('BROTLI static dictionary', () => {
  it('has the 122,784 bytes of RFC 7932 Appendix A (its SHA-256), the same as zlib decodes from the packaged stream', async () => {
    const { data } = staticDictionary(brotliDecode)
    expect(data.length).toBe(122_784)
    expect(createHash('sha256').update(data).digest('hex')).toBe('20e42eb1b511c21806d4d227d07e5dd06877d8ce7b3a817f378f313653f35c70')
    const packaged = (await import('brotli/dec/dictionary.bin.js')).default
    expectBytes(brotliDecompressSync(Buffer.from(packaged, 'base64')), data)
  })

  it('writes words of lengths 4-9 under all 121 transforms as zlib does', () => {
    let checked = 0
    for (let len = 4; len <= 9; len++) {
      const bits = [0, 0, 0, 0, 10, 10, 11, 11, 10, 10][len]!
      for (let transform = 0; transform < 121; transform++) {
        for (const word of [0, (1 << bits) - 1, 37]) {
          const distance = 1 + transform * 2 ** bits + word // pos 0: every distance is past the window
          const found = findLength(len, distance)
          if (found === undefined) continue // the transform leaves nothing: MLEN 0 cannot be written
          expectBytes(brotli.decompress(copyStream(len, distance, found.length), found.length), found)
          checked++
        }
      }
    }
    // 37 (length, transform) pairs omit the whole word and add nothing (Omit* of n >= length, no prefix or suffix).
    expect(checked).toBe((6 * 121 - 37) * 3)
  })
})

/** What zlib decodes from copyStream for the one MLEN it accepts, if any. */
function findLength(len: number, distance: number): Uint8Array | undefined {
  for (let mlen = 1; mlen <= 48; mlen++) {
    try {
      return new Uint8Array(brotliDecompressSync(copyStream(len, distance, mlen)))
    } catch {}
  }
  return undefined
}

describe('BROTLI corrupt input', () => {
  for (const seed of [1, 2]) {
    it(`seeded fuzz ${seed}: 12,000 bit flips, truncations and random inputs give zlib's bytes or CODEC_INVALID (child process, timeout)`, async () => {
      const result = await runChild(['fuzz', String(seed), '12000'], 90_000)
      expect(result.mismatches).toEqual([])
      expect(result.cases).toBe(12_000)
      expect(result.rejected).toBeGreaterThan(6000)
      expect(result.decoded).toBeGreaterThan(100)
    }, 100_000)
  }

  it('large_string_map.brotli: pages over maxBytes fail with LIMIT_EXCEEDED before decoding; smaller pages equal zlib', async () => {
    const pages = pagesOf('data/large_string_map.brotli.parquet').filter((p) => p.codec === 4)
    const big = pages.filter((p) => p.size > 2 ** 20)
    expect(big.length).toBeGreaterThan(0)
    for (const p of big) {
      const e = await decompressPage(p.codec, p.body, p.size, undefined, { maxBytes: 2 ** 20 }).catch((err: unknown) => err)
      expect(isParquetError(e) && e.code).toBe('LIMIT_EXCEEDED')
    }
    for (const p of pages.filter((q) => q.size <= 2 ** 20)) {
      expectBytes(await decompressPage(p.codec, p.body, p.size), brotliDecompressSync(p.body))
    }
  })
})

/** The data page bodies of a file whose pages are all v1 (codec, body, uncompressed size), read with the generated Thrift code. */
function pagesOf(path: string): { codec: number; body: Uint8Array; size: number }[] {
  const bytes = new Uint8Array(readFileSync(corpusFile(path)))
  const footerLen = new DataView(bytes.buffer).getUint32(bytes.length - 8, true)
  const meta = readFileMetaData(makeCursor(bytes.subarray(bytes.length - 8 - footerLen, bytes.length - 8)))
  const pages: { codec: number; body: Uint8Array; size: number }[] = []
  for (const col of meta.row_groups.flatMap((rg) => rg.columns)) {
    const md = col.meta_data!
    const start = md.dictionary_page_offset || md.data_page_offset
    const cursor = makeCursor(bytes, start)
    while (cursor.offset < start + md.total_compressed_size) {
      const header = readPageHeader(cursor)
      expect(header.data_page_header_v2).toBeUndefined()
      pages.push({ codec: md.codec, body: bytes.subarray(cursor.offset, cursor.offset + header.compressed_page_size), size: header.uncompressed_page_size })
      cursor.offset += header.compressed_page_size
    }
  }
  return pages
}
