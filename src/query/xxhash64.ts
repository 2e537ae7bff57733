/**
 * XXH64, the 64-bit xxHash (BloomFilter.md "Hash Function": the hash of the
 * split-block bloom filter, seed 0, over a value's plain encoding). Written
 * from the algorithm's description: 32-byte stripes into four accumulators,
 * then 8-, 4- and 1-byte tails, then the final avalanche. All arithmetic is
 * modulo 2^64 (BigInt, masked after each step); bytes are read little-endian.
 */

const MASK = 0xffff_ffff_ffff_ffffn
const P1 = 0x9e37_79b1_85eb_ca87n
const P2 = 0xc2b2_ae3d_27d4_eb4fn
const P3 = 0x1656_67b1_9e37_79f9n
const P4 = 0x85eb_ca77_c2b2_ae63n
const P5 = 0x27d4_eb2f_1656_67c5n

function rotl(x: bigint, r: bigint): bigint {
  return ((x << r) | (x >> (64n - r))) & MASK
}

function round(acc: bigint, lane: bigint): bigint {
  return (rotl((acc + lane * P2) & MASK, 31n) * P1) & MASK
}

function merge(h: bigint, acc: bigint): bigint {
  return (((h ^ round(0n, acc)) * P1 + P4) & MASK)
}

function lane64(view: DataView, p: number): bigint {
  return view.getBigUint64(p, true)
}

/** XXH64 of `bytes` with `seed` (default 0), as an unsigned 64-bit bigint. */
export function xxhash64(bytes: Uint8Array, seed = 0n): bigint {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const n = bytes.length
  const s = seed & MASK
  let p = 0
  let h: bigint
  if (n >= 32) {
    let v1 = (s + P1 + P2) & MASK
    let v2 = (s + P2) & MASK
    let v3 = s
    let v4 = (s - P1) & MASK
    for (; p + 32 <= n; p += 32) {
      v1 = round(v1, lane64(view, p))
      v2 = round(v2, lane64(view, p + 8))
      v3 = round(v3, lane64(view, p + 16))
      v4 = round(v4, lane64(view, p + 24))
    }
    h = (rotl(v1, 1n) + rotl(v2, 7n) + rotl(v3, 12n) + rotl(v4, 18n)) & MASK
    h = merge(merge(merge(merge(h, v1), v2), v3), v4)
  } else {
    h = (s + P5) & MASK
  }
  h = (h + BigInt(n)) & MASK
  return avalanche(tail(h, view, p, n))
}

/** The 8-, 4- and 1-byte steps over bytes [p, n). */
function tail(hash: bigint, view: DataView, start: number, n: number): bigint {
  let h = hash
  let p = start
  for (; p + 8 <= n; p += 8) h = (rotl(h ^ round(0n, lane64(view, p)), 27n) * P1 + P4) & MASK
  if (p + 4 <= n) {
    h = (rotl(h ^ ((BigInt(view.getUint32(p, true)) * P1) & MASK), 23n) * P2 + P3) & MASK
    p += 4
  }
  for (; p < n; p++) h = (rotl(h ^ ((BigInt(view.getUint8(p)) * P5) & MASK), 11n) * P1) & MASK
  return h
}

function avalanche(hash: bigint): bigint {
  let h = hash
  h = ((h ^ (h >> 33n)) * P2) & MASK
  h = ((h ^ (h >> 29n)) * P3) & MASK
  return h ^ (h >> 32n)
}
