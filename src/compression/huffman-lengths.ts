/**
 * Length-limited Huffman code lengths, shared by the ZSTD literals encoder
 * (RFC 8878 section 4.2.1, at most 11 bits) and the BROTLI prefix codes
 * (RFC 7932 section 3, at most 15 bits, 5 for the code length code) of the
 * page compressors (Parquet Compression.md). A Huffman tree is built with
 * two queues, then over-long codes are shortened while keeping Kraft's
 * equality, so the code stays complete as both formats require.
 */

/**
 * Huffman code lengths for `freq[0..maxSymbol]` limited to `maxBits`, stored
 * in `lengths` (0 for absent symbols); returns the longest length. Needs at
 * least two present symbols and `order` as long as the alphabet.
 */
export function buildLengths(freq: Uint32Array, maxSymbol: number, lengths: Uint8Array, order: Uint16Array, maxBits: number): number {
  let count = 0
  for (let sym = 0; sym <= maxSymbol; sym++) if (freq[sym]! > 0) order[count++] = sym
  const sorted = Array.from(order.subarray(0, count)).sort((a, b) => freq[a]! - freq[b]! || a - b)
  const depth = treeDepths(sorted.map((sym) => freq[sym]!))
  const perLength = new Int32Array(maxBits + 2)
  for (const d of depth) perLength[Math.min(d, maxBits)]!++
  limitLengths(perLength, maxBits)
  lengths.fill(0)
  // Most frequent symbols get the shortest codes.
  let len = 1
  let maxLen = 0
  for (let i = count - 1; i >= 0; i--) {
    while (perLength[len] === 0) len++
    perLength[len]!--
    lengths[sorted[i]!] = len
    maxLen = len
  }
  return maxLen
}

/** Depths of the leaves of a Huffman tree over ascending weights (two-queue construction). */
function treeDepths(weights: number[]): number[] {
  const n = weights.length
  const nodeWeight = new Float64Array(2 * n)
  const parent = new Int32Array(2 * n)
  nodeWeight.set(weights)
  let leaf = 0
  let inner = n
  let made = n
  while (made < 2 * n - 1) {
    const a = leaf < n && (inner >= made || nodeWeight[leaf]! <= nodeWeight[inner]!) ? leaf++ : inner++
    const b = leaf < n && (inner >= made || nodeWeight[leaf]! <= nodeWeight[inner]!) ? leaf++ : inner++
    nodeWeight[made] = nodeWeight[a]! + nodeWeight[b]!
    parent[a] = made
    parent[b] = made
    made++
  }
  const depth = new Int32Array(2 * n)
  for (let i = made - 2; i >= 0; i--) depth[i] = depth[parent[i]!]! + 1
  return Array.from(depth.subarray(0, n))
}

/** Makes the length counts (already clamped to maxBits) satisfy Kraft's equality again. */
function limitLengths(perLength: Int32Array, maxBits: number): void {
  let total = 0
  for (let len = 1; len <= maxBits; len++) total += perLength[len]! << (maxBits - len)
  while (total > 1 << maxBits) {
    perLength[maxBits]!--
    for (let len = maxBits - 1; len > 0; len--) {
      if (perLength[len]! > 0) {
        perLength[len]!--
        perLength[len + 1]! += 2
        break
      }
    }
    total--
  }
}
