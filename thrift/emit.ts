/**
 * Code generator: turns a parsed Thrift IDL into TypeScript with one
 * interface, one typed compact-protocol decoder and one encoder per struct,
 * and a const object plus a name table per enum. The output depends only on
 * the IDL text, so it is byte-for-byte reproducible.
 */
import type { Idl, IdlField, IdlStruct, IdlType } from './idl.js'

export const HEADER = '// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen'

/** Runtime names the generated code may use, by module. */
const READ_NAMES = [
  'CT_BINARY', 'CT_BOOL_FALSE', 'CT_BOOL_TRUE', 'CT_BYTE', 'CT_DOUBLE', 'CT_I16', 'CT_I32', 'CT_I64', 'CT_LIST',
  'CT_SET', 'CT_STRUCT', 'checkDepth', 'missingField', 'readBinary', 'readBinaryList', 'readBoolList', 'readDouble',
  'readDoubleList', 'readFieldHeader', 'readI32', 'readI32List', 'readI64', 'readI64List', 'readI8', 'readListSize',
  'readString', 'readStringList', 'skipStruct', 'skipValue',
]
const WRITE_NAMES = [
  'writeBinary', 'writeBoolElement', 'writeBoolField', 'writeDouble', 'writeFieldHeader', 'writeI32', 'writeI64',
  'writeI8', 'writeListHeader', 'missingOnWrite', 'writeStop', 'writeString',
]

interface Ctx {
  enums: Set<string>
  structs: Map<string, IdlStruct>
  listStructs: Set<string>
}

/** Generates the module text for `idl`. */
export function generate(idl: Idl): string {
  const ctx: Ctx = {
    enums: new Set(idl.enums.map((e) => e.name)),
    structs: new Map(idl.structs.map((s) => [s.name, s])),
    listStructs: new Set(),
  }
  const body: string[] = []
  for (const e of idl.enums) body.push(emitEnum(e))
  for (const s of idl.structs) body.push(emitInterface(s, ctx))
  for (const s of idl.structs) body.push(emitReader(s, ctx))
  for (const name of [...ctx.listStructs].sort()) body.push(emitListReader(name))
  for (const s of idl.structs) body.push(emitWriter(s, ctx))
  const text = body.join('\n')
  const used = (names: string[]) => names.filter((n) => new RegExp(`\\b${n}\\b`).test(text)).sort()
  const head = [
    HEADER,
    '/**',
    ' * Parquet metadata structures (Thrift IDL thrift/parquet.thrift) with typed',
    ' * compact-protocol decoders (readX) and encoders (writeX).',
    ' */',
    "import type { Cursor } from '../cursor.js'",
    `import { ${used(READ_NAMES).join(', ')} } from '../thrift/compact-read.js'`,
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

/** Expression that decodes a value of type `t` (not a bool) from cursor `c` at depth `d`. */
function readExpr(t: IdlType, ctx: Ctx, where: string): string {
  if (t.kind === 'list' || t.kind === 'set') {
    const e = t.element
    if (e.kind === 'named') {
      if (ctx.enums.has(e.name)) return 'readI32List(c, d)'
      ctx.listStructs.add(e.name)
      return `readListOf${e.name}(c, d)`
    }
    const lists: Record<string, string> = {
      i32: 'readI32List', i64: 'readI64List', string: 'readStringList', binary: 'readBinaryList',
      bool: 'readBoolList', double: 'readDoubleList',
    }
    if (e.kind === 'base' && lists[e.name]) return `${lists[e.name]}(c, d)`
    throw new Error(`generator: ${where}: list element type not supported`)
  }
  if (t.kind === 'named') return ctx.enums.has(t.name) ? 'readI32(c)' : `read${t.name}_(c, d + 1)`
  const map: Record<string, string> = {
    byte: 'readI8(c)', i8: 'readI8(c)', i16: 'readI32(c)', i32: 'readI32(c)', i64: 'readI64(c)',
    double: 'readDouble(c)', string: 'readString(c)', binary: 'readBinary(c)',
  }
  return map[t.name]!
}

function emitCase(s: IdlStruct, f: IdlField, bit: number, ctx: Ctx): string {
  const mark = bit >= 0 ? `; seen |= ${1 << bit}` : ''
  const t = f.type
  let body: string
  if (t.kind === 'base' && t.name === 'bool') {
    body =
      `        if (t === CT_BOOL_TRUE || t === CT_BOOL_FALSE) {\n` +
      `          v.${f.name} = t === CT_BOOL_TRUE${mark}\n          continue\n        }\n`
  } else if (t.kind === 'list' || t.kind === 'set') {
    body =
      `        if (t === ${wireType(t, ctx)}) {\n` +
      `          const x = ${readExpr(t, ctx, `${s.name}.${f.name}`)}\n` +
      `          if (x !== undefined) { v.${f.name} = x${mark} }\n          continue\n        }\n`
  } else {
    body =
      `        if (t === ${wireType(t, ctx)}) {\n` +
      `          v.${f.name} = ${readExpr(t, ctx, `${s.name}.${f.name}`)}${mark}\n          continue\n        }\n`
  }
  return `      case ${f.id}:\n${body}        break\n`
}

function emitReader(s: IdlStruct, ctx: Ctx): string {
  const pub =
    `/** Decodes a ${s.name} (Thrift compact protocol) at the cursor, advancing it. */\n` +
    `export function read${s.name}(c: Cursor): ${s.name} {\n  return read${s.name}_(c, 0)\n}\n\n`
  if (s.fields.length === 0) {
    return `${pub}function read${s.name}_(c: Cursor, d: number): ${s.name} {\n  skipStruct(c, d)\n  return {}\n}\n`
  }
  const required = s.fields.filter(isRequired)
  if (required.length > 30) throw new Error(`generator: ${s.name} has too many required fields`)
  const bitOf = (f: IdlField) => required.indexOf(f)
  const cases = s.fields.map((f) => emitCase(s, f, bitOf(f), ctx)).join('')
  const unknown = s.kind === 'union' ? '      default:\n        v.unknown = last\n' : ''
  const checks = required
    .map((f) => {
      const bit = 1 << bitOf(f)
      const fix =
        f.defaultValue !== undefined ? `v.${f.name} = ${f.defaultValue}` : `missingField(c, '${s.name}', '${f.name}')`
      return `  if ((seen & ${bit}) === 0) ${fix}\n`
    })
    .join('')
  return (
    `${pub}function read${s.name}_(c: Cursor, d: number): ${s.name} {\n` +
    `  checkDepth(c, d)\n  const v = {} as ${s.name}\n  let last = 0\n${required.length ? '  let seen = 0\n' : ''}` +
    `  for (;;) {\n    const h = readFieldHeader(c, last)\n    const t = h & 15\n    if (t === 0) break\n    last = h >> 4\n` +
    `    switch (last) {\n${cases}${unknown}    }\n    skipValue(c, t, d + 1, false)\n  }\n${checks}  return v\n}\n`
  )
}

function emitListReader(name: string): string {
  return (
    `function readListOf${name}(c: Cursor, d: number): ${name}[] | undefined {\n` +
    `  const n = readListSize(c, CT_STRUCT, d)\n  if (n < 0) return undefined\n` +
    `  const out = new Array<${name}>(n)\n  for (let i = 0; i < n; i++) out[i] = read${name}_(c, d + 1)\n` +
    `  return out\n}\n`
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
