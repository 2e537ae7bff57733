import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { decompress as fzstdDecompress } from 'fzstd'
import { describe, expect, it } from 'vitest'
import * as zstd from '../../src/compression/zstd.js'
import { SAMPLES, corruptions, expectBytes, expectParquetError, onlyParquetError } from './helpers.js'

const hasCli = existsSync('/usr/bin/zstd')
const cli = (args: string[], input: Uint8Array) => new Uint8Array(execFileSync('zstd', args, { input, maxBuffer: 1 << 28 }))

describe.runIf(hasCli)('zstd (against the zstd command-line tool)', () => {
  for (const [name, data] of Object.entries(SAMPLES)) {
    it(`decodes zstd -1 / -19 / --no-check output, with and without a content size: ${name}`, () => {
      const sized = `--stream-size=${data.length}`
      for (const args of [['-1', '-c'], ['-19', '-c', sized], ['-3', '--no-check', '-c', sized], ['-1', '-c', sized]]) {
        expectBytes(zstd.decompress(cli(args, data), data.length), data)
      }
    })
    it(`zstd decodes our output: ${name}`, () => {
      expectBytes(cli(['-d', '-c'], zstd.compress(data)), data)
    })
  }

  it('decodes streamed frames without a content size (stdin, --no-content-size)', () => {
    const data = SAMPLES.mixed!
    expectBytes(zstd.decompress(cli(['-3', '-c', '--no-content-size'], data), data.length), data)
  })

  it('decodes concatenated frames and skippable frames', () => {
    const a = SAMPLES.text!
    const b = SAMPLES.mixed!
    const skippable = Uint8Array.of(0x50, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 9, 9, 9)
    const parts = [cli(['-c', `--stream-size=${a.length}`], a), skippable, cli(['-c'], b), cli(['-c'], new Uint8Array(0))]
    const joined = new Uint8Array(Buffer.concat(parts))
    expectBytes(zstd.decompress(joined, a.length + b.length), new Uint8Array(Buffer.concat([a, b])))
  })

  it('reports expected vs found sizes', () => {
    const e = expectParquetError(() => zstd.decompress(cli(['-c', `--stream-size=${SAMPLES.text!.length}`], SAMPLES.text!), 10))
    expect(e.message).toContain('10')
    expectParquetError(() => zstd.decompress(cli(['-c', '--no-content-size'], SAMPLES.text!), SAMPLES.text!.length + 1))
  })

  it('ends corrupt input in ParquetError only', () => {
    const valid = cli(['-c', `--stream-size=${SAMPLES.mixed!.length}`], SAMPLES.mixed!)
    for (const bad of corruptions(valid)) onlyParquetError(() => zstd.decompress(bad, SAMPLES.mixed!.length))
    const noSize = cli(['-c', '--no-content-size'], SAMPLES.mixed!)
    for (const bad of corruptions(noSize)) onlyParquetError(() => zstd.decompress(bad, SAMPLES.mixed!.length))
  })
})

describe('zstd (against fzstd)', () => {
  it('fzstd decodes our frames, including RLE blocks and multi-block frames', () => {
    for (const data of Object.values(SAMPLES)) expectBytes(fzstdDecompress(zstd.compress(data)), data)
  })
})
