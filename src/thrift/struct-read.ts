/**
 * Thrift compact protocol, struct decoding driven by descriptors: the one
 * loop that turns a struct on the wire into a plain object whose keys are the
 * IDL's field names. The descriptors are generated from the IDL
 * (thrift/generate.ts → src/format/parquet-*.gen.ts), which also gives each
 * decoder its TypeScript type.
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
import {
  checkDepth, fail, readBinary, readDouble, readFieldHeader, readFixed, readI32, readI64, readI8, readListHeader, readString,
  readUByte, readVarint32, skipVarint,
} from './compact-read.js'

/** A decoded struct while it is being filled. */
export type Fields = Record<string, unknown>

/**
 * One field: a type code, a function storing a decoded value under the
 * field's IDL name, and for a struct (or list of structs) the struct's
 * descriptor, or for a required field with an IDL default, that default.
 *
 * Type code, by bits: 0-3 the field's compact wire type (1 for bool, 9 list,
 * 10 set, 12 struct, ...); 4-7 a list's element wire type; 8 set when
 * binary values are UTF-8 strings; 9 and up the required bit (bit i for the
 * struct's i-th required field, none for optional fields).
 */
export type FieldDesc = readonly [code: number, set: (v: Fields, x: never) => unknown, sub?: StructDesc | number]

/**
 * A struct: its name (empty when it has no required fields: it only serves
 * messages), the names of its required fields (in required-bit
 * order), its fields indexed by field id, and 1 for a union (which records
 * an unknown member's id in `unknown`).
 */
export type StructDesc = readonly [name: string, required: readonly string[], fields: readonly (FieldDesc | undefined)[], union?: 1]

/** The descriptor of a struct whose fields are all skipped. */
const SKIPPED: StructDesc = ['', [], []]
/** Type code of a skipped value: any list element type, binary kept as bytes. */
const ANY = 0xf0

/** Decodes the struct described by `s` at the cursor, advancing it; `d` is the nesting depth. */
export function readStruct<T>(c: Cursor, s: StructDesc, d = 0): T {
  checkDepth(c, d)
  const v: Fields = {}
  const fields = s[2]
  let last = 0
  let seen = 0
  for (;;) {
    const h = readFieldHeader(c, last)
    const t = h & 15
    if (t === 0) break
    last = h >> 4
    const f = last > 0 ? fields[last] : undefined
    if (f !== undefined) {
      const code = f[0]
      // A bool field's value is its wire type: 1 true, 2 false.
      if ((code & 15) === t || (t === 2 && (code & 15) === 1)) {
        const x = readValue(c, t, code, f[2] as StructDesc, d)
        if (x !== undefined) {
          f[1](v, x as never)
          seen |= code >> 9
        }
        continue
      }
    } else if (s[3]) {
      v.unknown = last
    }
    readValue(c, t, ANY, SKIPPED, d)
  }
  if (seen + 1 !== 1 << s[1].length) fillRequired(c, s, v, seen)
  return v as T
}

/** Skips a struct at depth `d`: its fields up to and including the STOP byte. */
export function skipStruct(c: Cursor, d: number): void {
  readStruct(c, SKIPPED, d)
}

/** A value of wire type `t` (a list: of the element type in `code`) in a struct at depth `d`. */
function readValue(c: Cursor, t: number, code: number, sub: StructDesc, d: number): unknown {
  switch (t) {
    case 1: return true
    case 2: return false
    case 3: return readI8(c)
    case 4:
    case 5: return readI32(c)
    case 6: return code === ANY ? skipVarint(c) : readI64(c)
    case 7: return readDouble(c)
    case 8: return code & 256 ? readString(c) : readBinary(c)
    case 9:
    case 10: return readList(c, code, sub, d + 1)
    case 11: return skipMap(c, d + 1)
    case 12: return readStruct(c, sub, d + 1)
    case 13: return readFixed(c, 16)
  }
  fail('THRIFT_INVALID', `expected a compact wire type from 1 to 13, found ${t}`, c.offset)
}

/** An element of a list or map at depth `d` (a bool takes one byte: 1 true, 2 or 0 false). */
function readElement(c: Cursor, t: number, code: number, sub: StructDesc, d: number): unknown {
  return t === 1 || t === 2 ? readUByte(c) === 1 : readValue(c, t, code, sub, d)
}

/**
 * A list (or set) at depth `d`; undefined when the wire's element type is not
 * the one in `code` (an empty list matches any, bool either bool code): its
 * elements are then skipped.
 */
function readList(c: Cursor, code: number, sub: StructDesc, d: number): unknown[] | undefined {
  checkDepth(c, d)
  const h = readListHeader(c)
  const t = h % 16
  const n = (h - t) / 16
  const want = (code >> 4) & 15
  if (want !== 15 && t !== want && n > 0 && !(want === 1 && t === 2)) {
    for (let i = 0; i < n; i++) readElement(c, t, ANY, SKIPPED, d)
    return undefined
  }
  const out = new Array<unknown>(n)
  if (t === 12) for (let i = 0; i < n; i++) out[i] = readStruct(c, sub, d + 1)
  else for (let i = 0; i < n; i++) out[i] = readElement(c, t, code, sub, d)
  return out
}

/** Skips a map at depth `d` (the Parquet IDL has none; an unknown field may). */
function skipMap(c: Cursor, d: number): undefined {
  checkDepth(c, d)
  const start = c.offset
  const n = readVarint32(c)
  if (n === 0) return
  const kv = readUByte(c)
  const left = c.bytes.length - c.offset
  if (n > left / 2) fail('THRIFT_LIMIT', `expected a map that fits in the ${left} bytes left, found ${n} entries`, start)
  for (let i = 0; i < n; i++) {
    readElement(c, kv >> 4, ANY, SKIPPED, d)
    readElement(c, kv & 15, ANY, SKIPPED, d)
  }
}

/** Sets the defaults of absent required fields that have one; throws for the first that has none. */
function fillRequired(c: Cursor, s: StructDesc, v: Fields, seen: number): void {
  s[1].forEach((name, i) => {
    if (seen & (1 << i)) return
    const f = s[2].find((f) => f && f[0] >> 9 === 1 << i)!
    if (typeof f[2] !== 'number') {
      fail('THRIFT_MISSING_FIELD', `expected the required field ${s[0]}.${name}, found none`, c.offset)
    }
    f[1](v, f[2] as never)
  })
}
