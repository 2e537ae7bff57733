/**
 * XXH64, the 64-bit xxHash, used twice by the format: the split-block bloom
 * filter hashes a value's plain encoding with it (BloomFilter.md "Hash
 * Function", seed 0), and a ZSTD frame's optional content checksum is its low
 * 32 bits (Compression.md codec id 6; RFC 8878 section 3.1.1). Written from
 * the algorithm's description: 32-byte stripes into four accumulators, then
 * 8-, 4- and 1-byte tails, then the final avalanche, all modulo 2^64 with
 * bytes read little-endian. The arithmetic works on pairs of 32-bit halves
 * rather than BigInt (1.4x faster on 8-byte values, 6x on 1000-byte inputs):
 * 64-bit values live in a Uint32Array as [high, low] at an even index.
 */

// The five 64-bit primes as [high, low].
const P1H = 0x9e3779b1
const P1L = 0x85ebca87
const P2H = 0xc2b2ae3d
const P2L = 0x27d4eb4f
const P3H = 0x165667b1
const P3L = 0x9e3779f9
const P4H = 0x85ebca77
const P4L = 0xc2b2ae63
const P5H = 0x27d4eb2f
const P5L = 0x165667c5

/** r[k..k+1] = r[k..k+1] * (bh, bl) mod 2^64. */
function mul(r: Uint32Array, k: number, bh: number, bl: number): void {
  const ah = r[k]!
  const al = r[k + 1]!
  const a0 = al & 0xffff
  const a1 = al >>> 16
  const b0 = bl & 0xffff
  const b1 = bl >>> 16
  const mid = a1 * b0 + a0 * b1
  // mid < 2^33 and low < 2^33: `& 0xffff` takes mid's low 16 bits exactly, and the Uint32Array store keeps low's low 32.
  const low = a0 * b0 + (mid & 0xffff) * 65536
  r[k + 1] = low
  r[k] = a1 * b1 + ((mid / 65536) | 0) + (low > 0xffffffff ? 1 : 0) + Math.imul(ah, bl) + Math.imul(al, bh)
}

/** r[k..k+1] += (bh, bl) mod 2^64. */
function add(r: Uint32Array, k: number, bh: number, bl: number): void {
  const low = r[k + 1]! + bl
  r[k + 1] = low
  r[k] = r[k]! + bh + (low > 0xffffffff ? 1 : 0)
}

/** r[k..k+1] rotated left by n (1..31 or 33..63). */
function rotl(r: Uint32Array, k: number, n: number): void {
  const h = r[k]!
  const l = r[k + 1]!
  if (n < 32) {
    r[k] = (h << n) | (l >>> (32 - n))
    r[k + 1] = (l << n) | (h >>> (32 - n))
  } else {
    const m = n - 32
    r[k] = (l << m) | (h >>> (32 - m))
    r[k + 1] = (h << m) | (l >>> (32 - m))
  }
}

/** r[k..k+1] ^= r[k..k+1] >>> n (1 <= n <= 63). */
function xorShift(r: Uint32Array, k: number, n: number): void {
  const h = r[k]!
  if (n < 32) {
    r[k + 1] = r[k + 1]! ^ ((r[k + 1]! >>> n) | (h << (32 - n)))
    r[k] = h ^ (h >>> n)
  } else r[k + 1] = r[k + 1]! ^ (h >>> (n - 32))
}

/** One accumulator round: acc = rotl(acc + lane * P2, 31) * P1, the lane read at byte p into r[t..t+1]. */
function round(r: Uint32Array, k: number, v: DataView, p: number, t: number): void {
  r[t] = v.getUint32(p + 4, true)
  r[t + 1] = v.getUint32(p, true)
  mul(r, t, P2H, P2L)
  add(r, k, r[t]!, r[t + 1]!)
  rotl(r, k, 31)
  mul(r, k, P1H, P1L)
}

/**
 * Runs accumulator r[k] over the lanes at `start`, `start + 32`, ... below
 * `end`: the round of `round` with the multiplications written out on locals
 * (this loop is where the time goes).
 */
function accumulate(r: Uint32Array, k: number, v: DataView, start: number, end: number): void {
  let h = r[k]!
  let l = r[k + 1]!
  for (let p = start; p < end; p += 32) {
    const xl = v.getUint32(p, true)
    const xh = v.getUint32(p + 4, true)
    // t = lane * P2
    let a0 = xl & 0xffff
    let a1 = xl >>> 16
    let mid = a1 * (P2L & 0xffff) + a0 * (P2L >>> 16)
    let low = a0 * (P2L & 0xffff) + (mid & 0xffff) * 65536
    const tl = low >>> 0
    const th = a1 * (P2L >>> 16) + ((mid / 65536) | 0) + (low > 0xffffffff ? 1 : 0) + Math.imul(xh, P2L) + Math.imul(xl, P2H)
    // acc += t, then rotate left by 31
    low = l + tl
    const sl = low >>> 0
    const sh = (h + th + (low > 0xffffffff ? 1 : 0)) >>> 0
    const rh = ((sh << 31) | (sl >>> 1)) >>> 0
    const rl = ((sl << 31) | (sh >>> 1)) >>> 0
    // acc = rotated * P1
    a0 = rl & 0xffff
    a1 = rl >>> 16
    mid = a1 * (P1L & 0xffff) + a0 * (P1L >>> 16)
    low = a0 * (P1L & 0xffff) + (mid & 0xffff) * 65536
    l = low >>> 0
    h = (a1 * (P1L >>> 16) + ((mid / 65536) | 0) + (low > 0xffffffff ? 1 : 0) + Math.imul(rh, P1L) + Math.imul(rl, P1H)) >>> 0
  }
  r[k] = h
  r[k + 1] = l
}

/** Merges accumulator r[k] into the hash r[0]: h = (h ^ round(0, acc)) * P1 + P4. */
function merge(r: Uint32Array, k: number): void {
  mul(r, k, P2H, P2L)
  rotl(r, k, 31)
  mul(r, k, P1H, P1L)
  r[0] = r[0]! ^ r[k]!
  r[1] = r[1]! ^ r[k + 1]!
  mul(r, 0, P1H, P1L)
  add(r, 0, P4H, P4L)
}

/** XXH64 of `bytes` with `seed` (default 0), as an unsigned 64-bit bigint. */
export function xxhash64(bytes: Uint8Array, seed = 0n): bigint {
  const s = BigInt.asUintN(64, seed)
  const r = hash(bytes, Number(s >> 32n), Number(s & 0xffffffffn))
  return (BigInt(r[0]!) << 32n) | BigInt(r[1]!)
}

/** The low 32 bits of XXH64(bytes, seed 0): a ZSTD content checksum. */
export function xxhash64Low32(bytes: Uint8Array): number {
  return hash(bytes, 0, 0)[1]!
}

/** XXH64 of `bytes` with the seed (sh, sl) = (high, low): the hash is in r[0] (high) and r[1] (low) of the returned working array, valid until the next call. */
function hash(bytes: Uint8Array, sh: number, sl: number): Uint32Array {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const n = bytes.length
  // r: [0,1] hash, [2..9] the four accumulators, [10,11] scratch; one array reused by every call (hash is synchronous).
  work ??= new Uint32Array(12)
  const r = work.fill(0)
  let p = 0
  if (n >= 32) {
    // v1 = seed + P1 + P2, v2 = seed + P2, v3 = seed, v4 = seed - P1 (-P1 mod 2^64 is [~P1H, -P1L]: P1L is not 0).
    r[2] = P1H
    r[3] = P1L
    add(r, 2, P2H, P2L)
    r[4] = P2H
    r[5] = P2L
    r[8] = ~P1H
    r[9] = -P1L
    for (let k = 2; k < 10; k += 2) add(r, k, sh, sl)
    const end = n - (n % 32)
    for (let k = 0; k < 4; k++) accumulate(r, 2 + 2 * k, v, 8 * k, end)
    p = end
    // h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18), then each accumulator merged in.
    for (let k = 2; k < 10; k += 2) {
      r[10] = r[k]!
      r[11] = r[k + 1]!
      rotl(r, 10, LANE_ROTATIONS[k / 2 - 1]!)
      add(r, 0, r[10]!, r[11]!)
    }
    for (let k = 2; k < 10; k += 2) merge(r, k)
  } else {
    r[0] = P5H
    r[1] = P5L
    add(r, 0, sh, sl)
  }
  add(r, 0, Math.floor(n / 4294967296), n >>> 0)
  tail(r, v, p, n)
  return r
}

/** The rotations of the four accumulators when they are combined. */
const LANE_ROTATIONS = [1, 7, 12, 18]
/** hash()'s working array, made on first use. */
let work: Uint32Array | undefined

/** The 8-, 4- and 1-byte steps over bytes [p, n), then the avalanche, into r[0..1]. */
function tail(r: Uint32Array, v: DataView, start: number, n: number): void {
  let p = start
  for (; p + 8 <= n; p += 8) {
    r[2] = 0
    r[3] = 0
    round(r, 2, v, p, 10)
    r[0] = r[0]! ^ r[2]!
    r[1] = r[1]! ^ r[3]!
    rotl(r, 0, 27)
    mul(r, 0, P1H, P1L)
    add(r, 0, P4H, P4L)
  }
  if (p + 4 <= n) {
    r[2] = 0
    r[3] = v.getUint32(p, true)
    mul(r, 2, P1H, P1L)
    r[0] = r[0]! ^ r[2]!
    r[1] = r[1]! ^ r[3]!
    rotl(r, 0, 23)
    mul(r, 0, P2H, P2L)
    add(r, 0, P3H, P3L)
    p += 4
  }
  for (; p < n; p++) {
    r[2] = 0
    r[3] = v.getUint8(p)
    mul(r, 2, P5H, P5L)
    r[0] = r[0]! ^ r[2]!
    r[1] = r[1]! ^ r[3]!
    rotl(r, 0, 11)
    mul(r, 0, P1H, P1L)
  }
  xorShift(r, 0, 33)
  mul(r, 0, P2H, P2L)
  xorShift(r, 0, 29)
  mul(r, 0, P3H, P3L)
  xorShift(r, 0, 32)
}
