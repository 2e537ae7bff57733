/**
 * A growable byte buffer that the Parquet encoders in src/encoding/ append to.
 * `bytes.subarray(0, length)` is the content; growing reallocates `bytes`,
 * so views returned earlier keep the old content only.
 */

export interface ByteSink {
  bytes: Uint8Array
  length: number
}

/** Makes an empty sink with room for `capacity` bytes. */
export function makeSink(capacity = 256): ByteSink {
  return { bytes: new Uint8Array(Math.max(16, capacity)), length: 0 }
}

/** Makes room for `n` more bytes. */
export function reserve(sink: ByteSink, n: number): void {
  const need = sink.length + n
  if (need <= sink.bytes.length) return
  let cap = sink.bytes.length * 2
  while (cap < need) cap *= 2
  const next = new Uint8Array(cap)
  next.set(sink.bytes.subarray(0, sink.length))
  sink.bytes = next
}

/** The bytes written so far, as a view. */
export function sinkBytes(sink: ByteSink): Uint8Array {
  return sink.bytes.subarray(0, sink.length)
}

export function writeByte(sink: ByteSink, b: number): void {
  reserve(sink, 1)
  sink.bytes[sink.length++] = b
}

export function writeBytes(sink: ByteSink, src: Uint8Array): void {
  reserve(sink, src.length)
  sink.bytes.set(src, sink.length)
  sink.length += src.length
}

/** Writes `v` (0 <= v < 2^53) as ULEB128. */
export function writeUvarint(sink: ByteSink, v: number): void {
  reserve(sink, 10)
  const bytes = sink.bytes
  let n = v
  while (n >= 0x80) {
    bytes[sink.length++] = (n % 128) | 0x80
    n = Math.floor(n / 128)
  }
  bytes[sink.length++] = n
}

/** Writes a signed int32 as a zigzag ULEB128. */
export function writeZigzagInt32(sink: ByteSink, v: number): void {
  writeUvarint(sink, ((v << 1) ^ (v >> 31)) >>> 0)
}

/** Writes a uint32 little-endian. */
export function writeUint32LE(sink: ByteSink, v: number): void {
  reserve(sink, 4)
  const bytes = sink.bytes
  const p = sink.length
  bytes[p] = v & 0xff
  bytes[p + 1] = (v >>> 8) & 0xff
  bytes[p + 2] = (v >>> 16) & 0xff
  bytes[p + 3] = (v >>> 24) & 0xff
  sink.length = p + 4
}
