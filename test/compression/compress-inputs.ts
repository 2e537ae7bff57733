/** Inputs shared by the ZSTD and BROTLI compressor tests: fixed cases, page-like data and seeded fuzz inputs. */
import { SAMPLES, mixedData, randomData, textData } from './helpers.js'

export const BLOCK = 128 * 1024

/** Seeded generator (xorshift32; the seed is scrambled so that nearby seeds give unrelated streams). */
function rng(seed: number): () => number {
  let x = (Math.imul(seed, 0x9e3779b1) ^ 0x5bd1e995) | 1
  for (let i = 0; i < 8; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
  }
  return () => {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    return (x >>> 0) / 2 ** 32
  }
}

/** Page-like data: little-endian int64 timestamps, length-prefixed strings, runs. */
export function pageData(bytes: number): Uint8Array {
  const out = new Uint8Array(bytes)
  const view = new DataView(out.buffer)
  const enc = new TextEncoder()
  let pos = 0
  for (let i = 0; pos < bytes - 64; i++) {
    const kind = (i >>> 8) % 3
    if (kind === 0) {
      view.setBigInt64(pos, BigInt(1_700_000_000_000 + i * 1000 + (i % 7)), true)
      pos += 8
    } else if (kind === 1) {
      const s = enc.encode(`customer_${i % 5003}@example.com`)
      view.setUint32(pos, s.length, true)
      out.set(s, pos + 4)
      pos += 4 + s.length
    } else {
      out.fill(i % 4, pos, pos + 16)
      pos += 16
    }
  }
  return out
}

/** Random inputs built from pieces: noise, small alphabets, runs, copies from earlier, integer columns. */
export function fuzzInput(seed: number): Uint8Array {
  const r = rng(seed)
  const size = r() < 0.1 ? Math.floor(r() * 40) : Math.floor(r() ** 2 * (r() < 0.1 ? 600_000 : 150_000))
  const out = new Uint8Array(size)
  let pos = 0
  while (pos < size) {
    const len = Math.min(size - pos, 1 + Math.floor(r() ** 2 * 5000))
    const kind = Math.floor(r() * 5)
    const alphabet = 2 + Math.floor(r() * 200)
    const base = Math.floor(r() * 256)
    const dist = 1 + Math.floor(r() * Math.min(pos, 70_000))
    const stride = [1, 2, 4, 8][Math.floor(r() * 4)]!
    for (let i = 0; i < len; i++, pos++) {
      if (kind === 0) out[pos] = Math.floor(r() * 256)
      else if (kind === 1) out[pos] = (base + Math.floor(r() * alphabet)) & 255
      else if (kind === 2) out[pos] = base
      else if (kind === 3 && pos >= dist) out[pos] = r() < 0.02 ? Math.floor(r() * 256) : out[pos - dist]!
      else out[pos] = i % stride === 0 ? (base + (i / stride) * 3) & 255 : 0
    }
  }
  return out
}

export const INPUTS: Record<string, Uint8Array> = {
  ...SAMPLES,
  two: Uint8Array.of(1, 2),
  fifteen: textData(15),
  sixteen: textData(16),
  'block - 1': textData(BLOCK - 1),
  block: mixedData(BLOCK),
  'block + 1': textData(BLOCK + 1),
  'random block + 1': randomData(BLOCK + 1, 3),
  'two blocks': pageData(2 * BLOCK),
  'zeros block + 1': new Uint8Array(BLOCK + 1),
  'pages 3 MB': pageData(3_000_000),
  'binary small alphabet': fuzzInput(12345),
}

