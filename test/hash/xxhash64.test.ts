/**
 * XXH64 against published vectors, against Debian's `xxhsum -H64` (recorded
 * in xxhsum-vectors.json by make-xxhsum-vectors.sh) and, when the CLI is
 * installed, against xxhsum run now on seeded random inputs.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { xxhash64 } from '../../src/hash/xxhash64.js'

const text = (s: string) => new TextEncoder().encode(s)
const hex = (h: bigint) => h.toString(16).padStart(16, '0')

function hasXxhsum(): boolean {
  try {
    execFileSync('xxhsum', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

describe('xxhash64', () => {
  it('matches the published vectors (seed 0)', () => {
    expect(hex(xxhash64(new Uint8Array(0)))).toBe('ef46db3751d8e999')
    expect(hex(xxhash64(text('a')))).toBe('d24ec4f1a98c6e5b')
    expect(hex(xxhash64(text('abc')))).toBe('44bc2cf5ad770999')
    expect(hex(xxhash64(text('The quick brown fox jumps over the lazy dog')))).toBe('0b242d361fda71bc')
  })

  it('matches the seeded sanity vectors of the xxHash project (seeds 0 and 2654435761)', () => {
    // The xxHash sanity buffer: byte i is the top byte of a 64-bit generator that starts at PRIME32_1
    // and is multiplied by PRIME64_1 after each byte.
    const buffer = new Uint8Array(222)
    let g = 2654435761n
    for (let i = 0; i < buffer.length; i++) {
      buffer[i] = Number(g >> 56n)
      g = (g * 11400714785074694797n) & 0xffff_ffff_ffff_ffffn
    }
    const cases: [number, bigint, string][] = [
      [0, 0n, 'ef46db3751d8e999'], [0, 2654435761n, 'ac75fda2929b17ef'],
      [1, 0n, 'e934a84adb052768'], [1, 2654435761n, '5014607643a9b4c3'],
      [14, 0n, '8282dcc4994e35c8'], [14, 2654435761n, 'c3bd6bf63deb6df0'],
      [222, 0n, 'b641ae8cb691c174'], [222, 2654435761n, '20cb8ab7ae10c14a'],
    ]
    for (const [length, seed, want] of cases) expect(hex(xxhash64(buffer.subarray(0, length), seed)), `${length} bytes, seed ${seed}`).toBe(want)
  })

  it('matches xxhsum -H64 for lengths 0..130 (recorded)', () => {
    const vectors = JSON.parse(readFileSync(new URL('./xxhsum-vectors.json', import.meta.url), 'utf8')) as { length: number; xxh64: string }[]
    expect(vectors.length).toBe(131)
    for (const { length, xxh64 } of vectors) {
      const b = new Uint8Array(length)
      for (let i = 0; i < length; i++) b[i] = (i * 31 + length) & 255
      expect(hex(xxhash64(b)), `length ${length}`).toBe(xxh64)
    }
  })

  it('reads a subarray view at its own offset', () => {
    const big = text('__abc__')
    expect(hex(xxhash64(big.subarray(2, 5)))).toBe('44bc2cf5ad770999')
  })

  it.skipIf(!hasXxhsum())('matches xxhsum -H64 on seeded random inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xxh-'))
    try {
      let seed = 12345
      const rand = () => {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
        return seed >>> 8
      }
      const files: string[] = []
      const inputs: Uint8Array[] = []
      for (let k = 0; k < 40; k++) {
        const b = new Uint8Array(rand() % 300)
        for (let i = 0; i < b.length; i++) b[i] = rand() & 255
        const f = join(dir, `in${k}`)
        writeFileSync(f, b)
        files.push(f)
        inputs.push(b)
      }
      const out = execFileSync('xxhsum', ['-H64', ...files], { encoding: 'utf8' }).trim().split('\n')
      expect(out.length).toBe(inputs.length)
      for (let k = 0; k < inputs.length; k++) expect(hex(xxhash64(inputs[k]!)), `input ${k}`).toBe(out[k]!.split(/\s+/)[0])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
