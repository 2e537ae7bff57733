/**
 * Thrift compact protocol, struct decoding driven by descriptors: the one
 * loop that turns a struct on the wire into a plain object whose keys are the
 * IDL's field names. The descriptors are generated from the IDL
 * (thrift/generate.ts → src/format/parquet-*-desc.gen.ts; the typed decoders
 * in src/format/parquet-*.gen.ts call readStruct with them), which also gives each
 * decoder its TypeScript type; struct-desc.ts describes them.
 *
 * Rules kept from the IDL: a field whose wire type differs from its declared
 * type is skipped, as is a field id the IDL does not declare (a union records
 * that id in `unknown`); a list whose element type differs is skipped and
 * leaves the field unset; a required field that is absent is filled with its
 * IDL default or reported as THRIFT_MISSING_FIELD naming struct.field.
 * Skipping is reading with the `ANY` code and dropping the value (unknown
 * fields are rare). Every struct, list and map level counts towards MAX_DEPTH.
 */
import type { Cursor } from '../cursor.js'
import { checkFits, fail, readBinary, readByte, readDouble, readFixed, readVarint } from './compact-read.js'
import { parse, SKIPPED, type StructDesc } from './struct-desc.js'

/** Deepest struct/container nesting accepted when decoding or skipping. */
export const MAX_DEPTH = 64

/** A decoded struct while it is being filled. */
type Fields = Record<string, unknown>

/** Type code of a skipped value: any list element type, binary kept as bytes. */
const ANY = 0xf0

/** Decodes the struct described by `s` at the cursor, advancing it; `d` is the nesting depth. */
export function readStruct<T>(c: Cursor, s: StructDesc, d = 0): T {
  const p = s[2] ?? parse(s)
  const v: Fields = {}
  const fields = p[2]
  let id = 0
  let seen = 0
  for (;;) {
    // Field header: 4-bit id delta (0: a zigzag i16 id follows) and 4-bit wire type (0: STOP).
    const b = readByte(c)
    const t = b & 15
    if (t === 0) break
    id = b >> 4 ? id + (b >> 4) : readVarint(c, true)
    if (id < -32768 || id > 32767) fail(c, 'THRIFT_INVALID', `expected a field id in the i16 range, found ${id}`)
    // Ids 0 and below are never declared.
    const f = fields[id]
    if (f !== undefined) {
      const code = f[0]
      // A bool field's value is its wire type: 1 true, 2 false (no field has code 2).
      if ((code & 15) === (t === 2 ? 1 : t)) {
        const x = readValue(c, t, code, f[2] as StructDesc, d)
        if (x !== undefined) {
          v[f[1]] = x
          seen |= code >> 9
        }
        continue
      }
    } else if (p[3]) {
      v.unknown = id
    }
    readValue(c, t, ANY, SKIPPED, d)
  }
  // Absent required fields take their IDL default, if any.
  if (seen + 1 !== 1 << p[1].length) p[1].forEach((f, i) => {
    if (seen & (1 << i)) return
    if (typeof f[2] !== 'number') fail(c, 'THRIFT_MISSING_FIELD', `expected the required field ${p[0]}.${f[1]}, found none`)
    v[f[1]] = f[2]
  })
  return v as T
}

/** Skips a struct at depth `d`: its fields up to and including the STOP byte. */
export function skipStruct(c: Cursor, d: number): void {
  readStruct(c, SKIPPED, d)
}

/**
 * A value of wire type `t` (16: a bool element of a list or map, one byte:
 * 1 true, else false) in a struct at depth `d`; for a list, `code` gives the
 * element type and `sub` a struct element's descriptor.
 */
function readValue(c: Cursor, t: number, code: number, sub: StructDesc, d: number): unknown {
  if (t > 8 && t < 13 && d >= MAX_DEPTH) fail(c, 'THRIFT_LIMIT', `thrift nesting deeper than ${MAX_DEPTH} levels`)
  switch (t) {
    case 1: return true
    case 2: return false
    case 3: return (readByte(c) << 24) >> 24
    case 4:
    case 5: return readVarint(c, true)
    case 6: return readVarint(c, code !== ANY, 10)
    case 7: return readDouble(c)
    case 8: return readBinary(c, (code & 256) > 0)
    case 9:
    case 10: return readList(c, code, sub, d + 1)
    case 11: return skipMap(c, d + 1)
    case 12: return readStruct(c, sub, d + 1)
    case 13: return readFixed(c, 16)
    case 16: return readByte(c) === 1
  }
  fail(c, 'THRIFT_INVALID', `expected a compact wire type from 1 to 13, found ${t}`)
}

/** The wire type readValue takes for a list or map element of wire type `t`. */
function elementType(t: number): number {
  return t === 1 || t === 2 ? 16 : t
}

/**
 * A list (or set) at depth `d`: a header byte (4-bit size, 15: a varint size
 * follows; 4-bit element type), then the elements. Undefined when the element
 * type is not the one in `code` (an empty list matches any, bool either bool
 * code): its elements are then skipped.
 */
function readList(c: Cursor, code: number, sub: StructDesc, d: number): unknown[] | undefined {
  const at = c.offset
  const b = readByte(c)
  const t = b & 15
  const n = b >> 4 === 15 ? readVarint(c) : b >> 4
  // Each element takes at least one byte (a double 8, a uuid 16).
  checkFits(c, n, t === 7 ? 8 : t === 13 ? 16 : 1, 'a list size', at)
  const want = (code >> 4) & 15
  const out = want === 15 || t === want || !n || (want === 1 && t === 2) ? new Array<unknown>(n) : undefined
  for (let i = 0; i < n; i++) {
    const x = readValue(c, elementType(t), out ? code : ANY, out ? sub : SKIPPED, d)
    if (out) out[i] = x
  }
  return out
}

/** Skips a map at depth `d` (the Parquet IDL has none; an unknown field may): varint size, key and value types, entries. */
function skipMap(c: Cursor, d: number): undefined {
  const at = c.offset
  const n = readVarint(c)
  const kv = n ? readByte(c) : 0
  checkFits(c, n, 2, 'a map size', at)
  for (let i = 0; i < 2 * n; i++) readValue(c, elementType(i & 1 ? kv & 15 : kv >> 4), ANY, SKIPPED, d)
}
