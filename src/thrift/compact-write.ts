/**
 * Thrift compact protocol, writing side: the mirror of compact-read.ts, used
 * to serialize Parquet metadata (footer, page headers, page index).
 *
 * The writer is a plain object over a growable byte buffer that doubles when
 * full. Field headers use the 4-bit id delta form when the id is 1..15 above
 * the previous one, the long form (type byte + zigzag i16 id) otherwise.
 * Structs are written by writeStruct from the same descriptors the decoders
 * read (struct-desc.ts), in field id order.
 */
import { ParquetError } from '../errors.js'
import { parse, type StructDesc } from './struct-desc.js'

export interface CompactWriter {
  /** The buffer; only bytes before `offset` are meaningful. */
  bytes: Uint8Array
  /** A DataView over `bytes`. */
  view: DataView
  /** The next byte to write. */
  offset: number
}

const utf8 = /*#__PURE__*/ new TextEncoder()

/** Makes an empty writer with room for `initialSize` bytes. */
export function makeWriter(initialSize = 256): CompactWriter {
  const bytes = new Uint8Array(Math.max(16, initialSize))
  return { bytes, view: new DataView(bytes.buffer), offset: 0 }
}

/** The bytes written so far (a view, valid until the next write). */
export function writerBytes(w: CompactWriter): Uint8Array {
  return w.bytes.subarray(0, w.offset)
}

/** Makes room for `n` more bytes, doubling the buffer as needed. */
function ensure(w: CompactWriter, n: number): void {
  const need = w.offset + n
  if (need <= w.bytes.length) return
  let size = w.bytes.length * 2
  while (size < need) size *= 2
  const bytes = new Uint8Array(size)
  bytes.set(w.bytes.subarray(0, w.offset))
  w.bytes = bytes
  w.view = new DataView(bytes.buffer)
}

/** Writes one byte (0..255). */
function writeUByte(w: CompactWriter, b: number): void {
  ensure(w, 1)
  w.bytes[w.offset++] = b
}

/** Writes an unsigned 32-bit ULEB128 varint. */
export function writeVarint32(w: CompactWriter, n: number): void {
  ensure(w, 5)
  const bytes = w.bytes
  let v = n >>> 0
  while (v >= 0x80) {
    bytes[w.offset++] = (v & 0x7f) | 0x80
    v >>>= 7
  }
  bytes[w.offset++] = v
}

/** Writes a signed 32-bit integer as a zigzag varint (thrift i16, i32). */
export function writeI32(w: CompactWriter, n: number): void {
  writeVarint32(w, (n << 1) ^ (n >> 31))
}

/** Writes a signed 64-bit bigint as a zigzag varint. */
function writeI64Big(w: CompactWriter, n: bigint): void {
  let v = BigInt.asUintN(64, (n << 1n) ^ (n >> 63n))
  ensure(w, 10)
  while (v >= 0x80n) {
    w.bytes[w.offset++] = Number(v & 0x7fn) | 0x80
    v >>= 7n
  }
  w.bytes[w.offset++] = Number(v)
}

/** Writes an i64 given as a number; it must be a safe integer. */
export function writeI64(w: CompactWriter, n: number): void {
  if (n >= -0x40000000 && n < 0x40000000 && (n | 0) === n) {
    writeVarint32(w, (n << 1) ^ (n >> 31))
    return
  }
  if (!Number.isSafeInteger(n)) {
    throw new ParquetError('THRIFT_INT64_RANGE', `i64 value ${n} is not a safe integer`, {})
  }
  writeI64Big(w, BigInt(n))
}

/** Writes an 8-byte little-endian double. */
export function writeDouble(w: CompactWriter, x: number): void {
  ensure(w, 8)
  w.view.setFloat64(w.offset, x, true)
  w.offset += 8
}

/** Writes length-prefixed binary. */
export function writeBinary(w: CompactWriter, b: Uint8Array): void {
  writeVarint32(w, b.length)
  ensure(w, b.length)
  w.bytes.set(b, w.offset)
  w.offset += b.length
}

/** Writes a string as length-prefixed UTF-8. */
export function writeString(w: CompactWriter, s: string): void {
  const n = s.length
  if (n < 128) {
    ensure(w, n + 1)
    const bytes = w.bytes
    const start = w.offset
    let i = 0
    for (; i < n; i++) {
      const code = s.charCodeAt(i)
      if (code >= 0x80) break
      bytes[start + 1 + i] = code
    }
    if (i === n) {
      bytes[start] = n
      w.offset = start + 1 + n
      return
    }
  }
  writeBinary(w, utf8.encode(s))
}

/**
 * Writes a field header for field `id` of compact type `type` after field
 * `lastId`; returns `id` (the next `lastId`).
 */
export function writeFieldHeader(w: CompactWriter, type: number, id: number, lastId: number): number {
  const delta = id - lastId
  if (delta > 0 && delta <= 15) {
    writeUByte(w, (delta << 4) | type)
  } else {
    writeUByte(w, type)
    writeI32(w, id)
  }
  return id
}

/** Writes a list (or set) header: element type and size. */
export function writeListHeader(w: CompactWriter, elementType: number, size: number): void {
  if (size < 15) {
    writeUByte(w, (size << 4) | elementType)
  } else {
    writeUByte(w, 0xf0 | elementType)
    writeVarint32(w, size)
  }
}

/**
 * Writes the struct `v` described by `s`: its fields that are set, in field id
 * order, then STOP. An absent required field takes its IDL default, or is
 * THRIFT_MISSING_FIELD.
 */
export function writeStruct(w: CompactWriter, s: StructDesc, v: object): void {
  const p = s[2] ?? parse(s)
  const fields = p[2]
  let last = 0
  for (let id = 1; id < fields.length; id++) {
    const f = fields[id]
    if (!f) continue
    const code = f[0]
    let x = (v as Record<string, unknown>)[f[1]]
    if (x === undefined) {
      if (!(code >> 9)) continue
      if (typeof f[2] !== 'number') {
        throw new ParquetError('THRIFT_MISSING_FIELD', `cannot write ${p[0]}: required field ${f[1]} is absent`, {})
      }
      x = f[2]
    }
    // A bool field's value is its wire type: 1 true, 2 false.
    const t = code & 15
    last = writeFieldHeader(w, t === 1 && !x ? 2 : t, id, last)
    if (t !== 1) writeValue(w, t, code, f[2] as StructDesc, x)
  }
  writeUByte(w, 0)
}

/** Writes `x`, a value of wire type `t` (a list: of the element type in `code`; a struct: described by `sub`). */
function writeValue(w: CompactWriter, t: number, code: number, sub: StructDesc, x: unknown): void {
  if (t === 1) writeUByte(w, x ? 1 : 2) // a bool list element: 1 true, 2 false as in the reference implementations
  else if (t === 3) writeUByte(w, (x as number) & 255)
  else if (t === 4 || t === 5) writeI32(w, x as number)
  else if (t === 6) writeI64(w, x as number)
  else if (t === 7) writeDouble(w, x as number)
  else if (t === 8 && code & 256) writeString(w, x as string)
  else if (t === 8) writeBinary(w, x as Uint8Array)
  else if (t === 12) writeStruct(w, sub, x as object)
  else {
    // A list or set.
    const e = (code >> 4) & 15
    writeListHeader(w, e, (x as unknown[]).length)
    for (const y of x as unknown[]) writeValue(w, e, code, sub, y)
  }
}
