/**
 * Thrift compact protocol, struct decoding driven by descriptors: the one
 * loop that turns a struct on the wire into a plain object whose keys are the
 * IDL's field names. The descriptors are generated from the IDL
 * (thrift/generate.ts → src/format/parquet.gen.ts), which also gives each
 * decoder its TypeScript type.
 *
 * Rules kept from the IDL: a field whose wire type differs from its declared
 * type is skipped, as is a field id the IDL does not declare (a union records
 * that id in `unknown`); a list whose element type differs is skipped and
 * leaves the field unset; a required field that is absent is filled with its
 * IDL default or reported as THRIFT_MISSING_FIELD naming struct.field.
 */
import type { Cursor } from '../cursor.js'
import {
  checkDepth, fail, readBinary, readDouble, readFieldHeader, readI32, readI64, readI8, readListSize, readString, readUByte,
  skipValue,
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
    skipValue(c, t, d + 1, false)
  }
  if (seen + 1 !== 1 << s[1].length) fillRequired(c, s, v, seen)
  return v as T
}

/** A value of wire type `t` (a list: of the element type in `code`); `d` is the enclosing struct's depth. */
function readValue(c: Cursor, t: number, code: number, sub: StructDesc, d: number): unknown {
  switch (t) {
    case 1: return true
    case 2: return false
    case 3: return readI8(c)
    case 4:
    case 5: return readI32(c)
    case 6: return readI64(c)
    case 7: return readDouble(c)
    case 8: return code & 256 ? readString(c) : readBinary(c)
    case 12: return readStruct(c, sub, d + 1)
    default: return readList(c, code, sub, d)
  }
}

/** A list (or set); undefined when the wire's element type differs from the one in `code`. */
function readList(c: Cursor, code: number, sub: StructDesc, d: number): unknown[] | undefined {
  const t = (code >> 4) & 15
  const n = readListSize(c, t, d)
  if (n < 0) return undefined
  const out = new Array<unknown>(n)
  for (let i = 0; i < n; i++) out[i] = t === 1 ? readUByte(c) === 1 : readValue(c, t, code, sub, d)
  return out
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
