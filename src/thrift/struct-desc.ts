/**
 * Thrift compact protocol: the struct descriptors that drive both decoding
 * (struct-read.ts) and encoding (compact-write.ts' writeStruct), generated
 * from the Parquet IDL (thrift/generate.ts → src/format/parquet-*-desc.gen.ts),
 * and their parser. In a file of its own so that the writing side takes none
 * of the reading code.
 */

/**
 * A struct as generated: its fields as text, the descriptors of its struct
 * fields in field order, and (filled on first use) the parsed form.
 *
 * The text is space-separated entries; entry 0 is the struct's name (only
 * when it has required fields: it serves messages) or `|` for a union (which
 * records an unknown member's id in `unknown`), entry i is field id i (empty
 * when the IDL has no such id). A field entry is its type, `!` when it is
 * required (then an IDL default as digits, if any), and its IDL name. Types:
 * b bool, y byte, h i16, i i32 (and enums), l i64, d double, B binary,
 * s UTF-8 string, S struct (the next descriptor of the list), e struct whose
 * fields are all skipped; L (list) or T (set) before the element type.
 * Example: `KeyValue s!key svalue`.
 *
 * The parsed form is a cache of pure data derived from the text alone: each
 * descriptor is parsed once, by whichever decode or encode first meets it.
 */
export type StructDesc = [text: string, subs?: StructDesc[], parsed?: Parsed]

/**
 * A parsed field: a type code, the field's IDL name, and for a struct (or
 * list of structs) the struct's descriptor, or for a required field with an
 * IDL default, that default.
 *
 * Type code, by bits: 0-3 the field's compact wire type (1 for bool, 9 list,
 * 10 set, 12 struct, ...); 4-7 a list's element wire type; 8 set when
 * binary values are UTF-8 strings; 9 and up the required bit (bit i for the
 * struct's i-th required field, none for optional fields).
 */
export type FieldDesc = [code: number, name: string, sub?: StructDesc | number]

/** A parsed struct: its name, its required fields (in required-bit order), its fields by id, union flag. */
export type Parsed = [name: string, required: FieldDesc[], fields: (FieldDesc | undefined)[], union: boolean]

/** The descriptor of a struct whose fields are all skipped, which is also the descriptor of every struct without fields. */
export const SKIPPED: StructDesc = ['']
/** Type code of each type letter (see StructDesc). */
const CODES: Record<string, number> = { b: 1, y: 3, h: 4, i: 5, l: 6, d: 7, B: 8, s: 264, L: 9, T: 10, S: 12, e: 12 }

/** Parses a descriptor's text (see StructDesc) and keeps the result in the descriptor; readStruct and writeStruct call it on first use. */
export function parse(s: StructDesc): Parsed {
  const entries = s[0].split(' ')
  const required: FieldDesc[] = []
  let k = 0
  const fields = entries.map((e, id) => {
    // [L|T] type [! default] name
    const m = /^([LT]?)(.)(!(\d*))?(.+)$/.exec(e)
    if (!id || !m) return undefined
    const t = CODES[m[2]!]!
    const f: FieldDesc = [m[1] ? CODES[m[1]]! + (t & 15) * 16 + (t & 256) : t, m[5]!]
    f[2] = m[2] === 'S' ? s[1]![k++] : m[2] === 'e' ? SKIPPED : m[4] ? +m[4] : undefined
    if (m[3]) f[0] += 2 ** (required.push(f) - 1) * 512
    return f
  })
  const p: Parsed = [entries[0]!, required, fields, entries[0] === '|']
  s[2] = p
  return p
}

