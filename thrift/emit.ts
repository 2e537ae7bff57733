/**
 * Code generator: turns a parsed Thrift IDL into TypeScript with one
 * interface, one descriptor (read by src/thrift/struct-read.ts), one typed
 * decoder and one encoder per struct, and a const object plus a name table
 * per enum. The output depends only on the IDL text, so it is byte-for-byte
 * reproducible.
 */
import type { Idl, IdlField, IdlStruct, IdlType } from './idl.js'

export const HEADER = '// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen'

/** Runtime names the generated code may use, by module. */
const WIRE_NAMES = [
  'CT_BINARY', 'CT_BOOL_TRUE', 'CT_BYTE', 'CT_DOUBLE', 'CT_I16', 'CT_I32', 'CT_I64', 'CT_LIST', 'CT_SET', 'CT_STRUCT',
]
const WRITE_NAMES = [
  'writeBinary', 'writeBoolElement', 'writeBoolField', 'writeDouble', 'writeFieldHeader', 'writeI32', 'writeI64',
  'writeI8', 'writeListHeader', 'missingOnWrite', 'writeStop', 'writeString',
]

interface Ctx {
  enums: Set<string>
  structs: Map<string, IdlStruct>
}

/** Generates the module text for `idl`. */
export function generate(idl: Idl): string {
  const ctx: Ctx = {
    enums: new Set(idl.enums.map((e) => e.name)),
    structs: new Map(idl.structs.map((s) => [s.name, s])),
  }
  const body: string[] = []
  for (const e of idl.enums) body.push(emitEnum(e))
  for (const s of idl.structs) body.push(emitInterface(s, ctx))
  body.push(`/** The descriptor shared by every struct without fields. */\nconst Empty$: StructDesc = ['', [], []]\n`)
  for (const s of descriptorOrder(idl.structs, ctx)) if (s.fields.length) body.push(emitDescriptor(s, ctx))
  for (const s of idl.structs) body.push(emitReader(s))
  for (const s of idl.structs) body.push(emitWriter(s, ctx))
  const text = body.join('\n')
  const used = (names: string[]) => names.filter((n) => new RegExp(`\\b${n}\\b`).test(text)).sort()
  const head = [
    HEADER,
    '/**',
    ' * Parquet metadata structures (Thrift IDL thrift/parquet.thrift) with typed',
    ' * compact-protocol decoders (readX: a descriptor per struct, read by',
    ' * readStruct) and encoders (writeX).',
    ' */',
    "import type { Cursor } from '../cursor.js'",
    `import { ${used(WIRE_NAMES).join(', ')} } from '../thrift/compact-read.js'`,
    "import { readStruct, type StructDesc } from '../thrift/struct-read.js'",
    `import type { CompactWriter } from '../thrift/compact-write.js'`,
    `import { ${used(WRITE_NAMES).join(', ')} } from '../thrift/compact-write.js'`,
    '',
    '',
  ]
  return `${head.join('\n')}${text}`
}

function doc(text: string | undefined, indent: string): string {
  return text ? `${indent}/** ${text.replace(/\*\//g, '* /')} */\n` : ''
}

function emitEnum(e: Idl['enums'][number]): string {
  const values = e.values.map((v) => `${doc(v.comment, '  ')}  ${v.name}: ${v.value},\n`).join('')
  const names = e.values.map((v) => `  ${v.value}: '${v.name}',\n`).join('')
  return (
    `${doc(e.comment, '')}export const ${e.name} = {\n${values}} as const\n` +
    `/** A ${e.name} value; numbers this IDL does not name are kept as they are. */\n` +
    `export type ${e.name} = number\n` +
    `/** ${e.name} value → name, for printing. */\n` +
    `export const ${e.name}Names: Readonly<Record<number, string>> = {\n${names}}\n`
  )
}

function tsType(t: IdlType, ctx: Ctx): string {
  if (t.kind === 'list' || t.kind === 'set') return `${tsType(t.element, ctx)}[]`
  if (t.kind === 'named') return t.name
  switch (t.name) {
    case 'bool':
      return 'boolean'
    case 'string':
      return 'string'
    case 'binary':
      return 'Uint8Array'
    default:
      return 'number'
  }
}

function fieldDoc(f: IdlField): string | undefined {
  const parts: string[] = []
  if (f.comment) parts.push(f.comment)
  if (f.defaultValue !== undefined) parts.push(`(default ${f.defaultValue})`)
  return parts.length ? parts.join(' ') : undefined
}

function isRequired(f: IdlField): boolean {
  return f.requiredness === 'required'
}

function emitInterface(s: IdlStruct, ctx: Ctx): string {
  const lines = s.fields.map((f) => {
    const opt = isRequired(f) ? '' : '?'
    return `${doc(fieldDoc(f), '  ')}  ${f.name}${opt}: ${tsType(f.type, ctx)}\n`
  })
  if (s.kind === 'union') {
    lines.push('  /** Field id of a member this IDL does not know (its value was skipped). */\n  unknown?: number\n')
  }
  const comment = s.comment ?? (s.kind === 'union' ? 'A Thrift union: at most one member is set.' : undefined)
  return `${doc(comment, '')}export interface ${s.name} {${lines.length ? `\n${lines.join('')}` : ''}}\n`
}

/** Compact wire type constant for a value of type `t` in a field. */
function wireType(t: IdlType, ctx: Ctx): string {
  if (t.kind === 'list') return 'CT_LIST'
  if (t.kind === 'set') return 'CT_SET'
  if (t.kind === 'named') return ctx.enums.has(t.name) ? 'CT_I32' : 'CT_STRUCT'
  const map: Record<string, string> = {
    bool: 'CT_BOOL_TRUE', byte: 'CT_BYTE', i8: 'CT_BYTE', i16: 'CT_I16', i32: 'CT_I32', i64: 'CT_I64',
    double: 'CT_DOUBLE', string: 'CT_BINARY', binary: 'CT_BINARY',
  }
  return map[t.name]!
}

/** Structs in an order where each descriptor follows those it refers to. */
function descriptorOrder(structs: IdlStruct[], ctx: Ctx): IdlStruct[] {
  const out: IdlStruct[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (s: IdlStruct): void => {
    if (state.get(s.name) === 'done') return
    if (state.get(s.name) === 'visiting') throw new Error(`generator: ${s.name} refers to itself`)
    state.set(s.name, 'visiting')
    for (const f of s.fields) {
      const sub = structOf(f.type, ctx)
      if (sub) visit(sub)
    }
    state.set(s.name, 'done')
    out.push(s)
  }
  for (const s of structs) visit(s)
  return out
}

/** The struct a field's value (or list element) is, if any. */
function structOf(t: IdlType, ctx: Ctx): IdlStruct | undefined {
  if (t.kind === 'list' || t.kind === 'set') return structOf(t.element, ctx)
  return t.kind === 'named' ? ctx.structs.get(t.name) : undefined
}

/** Compact wire type of a value of type `t`: bool 1 (2 on the wire for false), byte 3, ..., struct 12. */
function wireOf(t: IdlType, ctx: Ctx, where: string): number {
  if (t.kind === 'list' || t.kind === 'set') return t.kind === 'list' ? 9 : 10
  if (t.kind === 'named') return ctx.enums.has(t.name) ? 5 : 12
  const wires: Record<string, number> = { bool: 1, byte: 3, i8: 3, i16: 4, i32: 5, i64: 6, double: 7, string: 8, binary: 8 }
  if (wires[t.name] === undefined) throw new Error(`generator: ${where}: type not supported`)
  return wires[t.name]!
}

/** Type code of a field (see FieldDesc in struct-read.ts): wire type, list element wire type, UTF-8 flag, required bit. */
function typeCode(f: IdlField, bit: number, ctx: Ctx, where: string): number {
  const t = f.type
  const element = t.kind === 'list' || t.kind === 'set' ? t.element : undefined
  if (element && (element.kind === 'list' || element.kind === 'set')) throw new Error(`generator: ${where}: nested containers are not supported`)
  const value = element ?? t
  const utf8 = value.kind === 'base' && value.name === 'string' ? 256 : 0
  const required = bit >= 0 ? 2 ** bit * 512 : 0
  return wireOf(t, ctx, where) + (element ? wireOf(element, ctx, where) * 16 : 0) + utf8 + required
}

function descName(s: IdlStruct | undefined): string {
  return s?.fields.length ? `${s.name}$` : 'Empty$'
}

/** `const X$: StructDesc = [name, [required names], [fields by id], union flag]`. */
function emitDescriptor(s: IdlStruct, ctx: Ctx): string {
  const required = s.fields.filter(isRequired)
  if (required.length > 22) throw new Error(`generator: ${s.name} has too many required fields`)
  const maxId = Math.max(...s.fields.map((f) => f.id))
  if (s.fields.some((f) => f.id < 1) || maxId > 64) throw new Error(`generator: ${s.name}: field ids must be 1 to 64`)
  const slots: string[] = new Array(maxId + 1).fill('')
  for (const f of s.fields) {
    const code = typeCode(f, required.indexOf(f), ctx, `${s.name}.${f.name}`)
    const sub = structOf(f.type, ctx)
    const byDefault = isRequired(f) && f.defaultValue !== undefined ? `, ${f.defaultValue}` : ''
    slots[f.id] = `\n  [${code}, (v, x) => (v.${f.name} = x)${sub ? `, ${descName(sub)}` : byDefault}]`
  }
  const names = required.map((f) => `'${f.name}'`).join(', ')
  const union = s.kind === 'union' ? ', 1' : ''
  // The name only serves THRIFT_MISSING_FIELD messages.
  const name = required.length ? s.name : ''
  return `const ${s.name}$: StructDesc = ['${name}', [${names}], [${slots.join(',')},\n]${union}]\n`
}

function emitReader(s: IdlStruct): string {
  return (
    `/** Decodes a ${s.name} (Thrift compact protocol) at the cursor, advancing it. */\n` +
    `export function read${s.name}(c: Cursor): ${s.name} {\n  return readStruct(c, ${descName(s)})\n}\n`
  )
}

/** Statement(s) writing value expression `x` of type `t` (not a bool field). */
function writeValue(t: IdlType, x: string, ctx: Ctx): string {
  if (t.kind === 'list' || t.kind === 'set') {
    const e = t.element
    const elemType = e.kind === 'base' && e.name === 'bool' ? 'CT_BOOL_TRUE' : wireType(e, ctx)
    const item = e.kind === 'base' && e.name === 'bool' ? 'writeBoolElement(w, a[i]!)' : writeValue(e, 'a[i]!', ctx)
    return `{\n    const a = ${x}\n    writeListHeader(w, ${elemType}, a.length)\n    for (let i = 0; i < a.length; i++) ${item}\n  }`
  }
  if (t.kind === 'named') return ctx.enums.has(t.name) ? `writeI32(w, ${x})` : `write${t.name}(w, ${x})`
  const map: Record<string, string> = {
    byte: 'writeI8', i8: 'writeI8', i16: 'writeI32', i32: 'writeI32', i64: 'writeI64', double: 'writeDouble',
    string: 'writeString', binary: 'writeBinary',
  }
  return `${map[t.name]}(w, ${x})`
}

function emitWriteField(s: IdlStruct, f: IdlField, ctx: Ctx): string {
  const x = `v.${f.name}`
  const t = f.type
  const isBool = t.kind === 'base' && t.name === 'bool'
  const stmt = isBool
    ? `last = writeBoolField(w, ${f.id}, last, ${x})`
    : `last = writeFieldHeader(w, ${wireType(t, ctx)}, ${f.id}, last)\n  ${writeValue(t, x, ctx)}`
  if (isRequired(f)) {
    const fallback =
      f.defaultValue !== undefined ? '' : `  if (${x} === undefined) missingOnWrite('${s.name}', '${f.name}')\n`
    const value = f.defaultValue !== undefined ? stmt.replaceAll(x, `(${x} ?? ${f.defaultValue})`) : stmt
    return `${fallback}  ${value}\n`
  }
  return `  if (${x} !== undefined) {\n    ${stmt.replace(/\n {2}/g, '\n    ')}\n  }\n`
}

function emitWriter(s: IdlStruct, ctx: Ctx): string {
  const param = s.fields.length === 0 ? '_v' : 'v'
  const head = `/** Encodes a ${s.name} (Thrift compact protocol). */\nexport function write${s.name}(w: CompactWriter, ${param}: ${s.name}): void {\n`
  if (s.fields.length === 0) return `${head}  writeStop(w)\n}\n`
  const fields = s.fields.map((f) => emitWriteField(s, f, ctx)).join('')
  return `${head}  let last = 0\n${fields}  writeStop(w)\n}\n`
}
