/**
 * Code generator: turns a parsed Thrift IDL into TypeScript with one
 * interface, one descriptor (read by src/thrift/struct-read.ts), one typed
 * decoder and one encoder per struct, and a const object plus a name table
 * per enum. The code is split into modules by use (types and enums, decoders
 * per root struct in READ_MODULES, encoders) because bundlers assign code to
 * chunks by whole file. The output depends only on the IDL text, so it is
 * byte-for-byte reproducible.
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

/** One generated module: the structs whose decoders it holds (with every struct they contain, unless an earlier module has it). */
export interface GenModule {
  file: string
  title: string
  roots: string[]
}

/**
 * The decoder modules, split by use so that a bundle takes only the decoders of what it reads: a chunk that reads
 * the footer takes no page-header or page-index decoder. A struct used by several roots lives in the first module
 * that reaches it; later modules import its descriptor from there. Structs no root reaches go to the first module.
 */
export const READ_MODULES: GenModule[] = [
  { file: 'parquet-footer.gen.ts', title: 'FileMetaData (the footer) and every struct it contains', roots: ['FileMetaData'] },
  { file: 'parquet-page-header.gen.ts', title: 'PageHeader and the page headers it contains', roots: ['PageHeader'] },
  { file: 'parquet-index.gen.ts', title: 'the page index (ColumnIndex, OffsetIndex) and the bloom filter header', roots: ['ColumnIndex', 'OffsetIndex', 'BloomFilterHeader'] },
]
/** The types and enums module (no code beyond the enum objects) and the encoders module. */
export const TYPES_FILE = 'parquet.gen.ts'
export const WRITE_FILE = 'parquet-write.gen.ts'

/** Generates every module for `idl`: file name (in src/format/) → text. */
export function generate(idl: Idl): Map<string, string> {
  const ctx: Ctx = {
    enums: new Set(idl.enums.map((e) => e.name)),
    structs: new Map(idl.structs.map((s) => [s.name, s])),
  }
  const out = new Map<string, string>()
  const types = [...idl.enums.map(emitEnum), ...idl.structs.map((s) => emitInterface(s, ctx))].join('\n')
  out.set(TYPES_FILE, `${head('Parquet metadata structures and enums (Thrift IDL thrift/parquet.thrift): the TypeScript types, each enum as a const object plus a name table. The decoders are in parquet-*.gen.ts, the encoders in parquet-write.gen.ts.', [])}${types}`)
  const home = assignModules(idl, ctx)
  for (const m of READ_MODULES) out.set(m.file, emitReadModule(m, idl, ctx, home))
  const writers = idl.structs.map((s) => emitWriter(s, ctx)).join('\n')
  const used = (names: string[]) => names.filter((n) => new RegExp(`\\b${n}\\b`).test(writers)).sort()
  out.set(
    WRITE_FILE,
    `${head('Compact-protocol encoders (writeX) of the Parquet metadata structures (Thrift IDL thrift/parquet.thrift).', [
      `import { ${used(WIRE_NAMES).join(', ')} } from '../thrift/compact-types.js'`,
      `import type { CompactWriter } from '../thrift/compact-write.js'`,
      `import { ${used(WRITE_NAMES).join(', ')} } from '../thrift/compact-write.js'`,
      typeImport(idl.structs.map((s) => s.name)),
    ])}${writers}`,
  )
  return out
}

/** The generated-file header, a doc comment wrapped at 100 columns, and the imports. */
function head(title: string, imports: string[]): string {
  const words = title.split(' ')
  const lines: string[] = []
  let line = ' *'
  for (const w of words) {
    if (line.length + w.length + 1 > 100) {
      lines.push(line)
      line = ' *'
    }
    line += ` ${w}`
  }
  lines.push(line)
  return [HEADER, '/**', ...lines, ' */', ...imports, '', ''].join('\n')
}

function typeImport(names: string[]): string {
  return `import type { ${[...new Set(names)].sort().join(', ')} } from './${TYPES_FILE.replace(/\.ts$/, '.js')}'`
}

/** The module each struct's descriptor and reader live in, by struct name; key 'Empty$' for the shared empty descriptor. */
function assignModules(idl: Idl, ctx: Ctx): Map<string, string> {
  const home = new Map<string, string>()
  const place = (s: IdlStruct, file: string): void => {
    home.set(s.name, file)
    if (!s.fields.length && !home.has('Empty$')) home.set('Empty$', file)
  }
  for (const m of READ_MODULES) {
    const visit = (s: IdlStruct): void => {
      if (home.has(s.name)) return
      place(s, m.file)
      for (const f of s.fields) {
        const sub = structOf(f.type, ctx)
        if (sub) visit(sub)
      }
    }
    for (const r of m.roots) visit(ctx.structs.get(r)!)
  }
  for (const s of idl.structs) if (!home.has(s.name)) place(s, READ_MODULES[0]!.file)
  return home
}

/** Descriptors a struct's own descriptor or reader refers to: those of its struct fields that have fields, or Empty$ when it has none. */
function descriptorRefs(s: IdlStruct, ctx: Ctx): (IdlStruct | undefined)[] {
  if (!s.fields.length) return [undefined]
  return s.fields.map((f) => structOf(f.type, ctx)).filter((sub) => sub?.fields.length)
}

/** Descriptors module `file` exports to other modules, and those it imports, by module. */
function crossRefs(file: string, idl: Idl, ctx: Ctx, home: Map<string, string>) {
  const exported = new Set<string>()
  const imported = new Map<string, Set<string>>()
  for (const s of idl.structs) {
    for (const sub of descriptorRefs(s, ctx)) {
      const from = home.get(sub?.fields.length ? sub.name : 'Empty$')!
      const user = home.get(s.name)!
      if (from === user) continue
      if (from === file) exported.add(descName(sub))
      if (user === file) imported.set(from, (imported.get(from) ?? new Set()).add(descName(sub)))
    }
  }
  return { exported, imported }
}

function emitReadModule(m: GenModule, idl: Idl, ctx: Ctx, home: Map<string, string>): string {
  const mine = idl.structs.filter((s) => home.get(s.name) === m.file)
  const { exported, imported } = crossRefs(m.file, idl, ctx, home)
  const exp = (name: string) => (exported.has(name) ? 'export ' : '')
  const body: string[] = []
  if (home.get('Empty$') === m.file) body.push(`/** The descriptor shared by every struct without fields. */\n${exp('Empty$')}const Empty$: StructDesc = ['']\n`)
  for (const s of descriptorOrder(mine, ctx)) if (s.fields.length) body.push(emitDescriptor(s, ctx, exp(`${s.name}$`)))
  for (const s of mine) body.push(emitReader(s))
  const imports = [
    "import type { Cursor } from '../cursor.js'",
    "import { readStruct, type StructDesc } from '../thrift/struct-read.js'",
    ...[...imported].sort().map(([file, names]) => `import { ${[...names].sort().join(', ')} } from './${file.replace(/\.ts$/, '.js')}'`),
    typeImport(mine.map((s) => s.name)),
  ]
  const title = `Compact-protocol decoders (readX: a descriptor per struct, read by readStruct) of ${m.title} (Thrift IDL thrift/parquet.thrift).`
  return `${head(title, imports)}${body.join('\n')}`
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

/** The compact-types.ts constant named for each wire type wireOf gives (bool as CT_BOOL_TRUE). */
const WIRE_CONSTANTS: Record<number, string> = {
  1: 'CT_BOOL_TRUE', 3: 'CT_BYTE', 4: 'CT_I16', 5: 'CT_I32', 6: 'CT_I64', 7: 'CT_DOUBLE', 8: 'CT_BINARY', 9: 'CT_LIST',
  10: 'CT_SET', 12: 'CT_STRUCT',
}

/** Compact wire type constant for a value of type `t` in a field. */
function wireType(t: IdlType, ctx: Ctx): string {
  return WIRE_CONSTANTS[wireOf(t, ctx, 'wire type')]!
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
      if (sub && mine.has(sub.name)) visit(sub)
    }
    state.set(s.name, 'done')
    out.push(s)
  }
  const mine = new Set(structs.map((s) => s.name))
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

/** Type letters of a value of type `t` (see StructDesc in struct-read.ts): L or T and the element's for a list or set. */
function typeLetters(t: IdlType, ctx: Ctx, where: string): string {
  if (t.kind === 'list' || t.kind === 'set') {
    if (t.element.kind === 'list' || t.element.kind === 'set') throw new Error(`generator: ${where}: nested containers are not supported`)
    return (t.kind === 'list' ? 'L' : 'T') + typeLetters(t.element, ctx, where)
  }
  if (t.kind === 'named') return ctx.enums.has(t.name) ? 'i' : ctx.structs.get(t.name)?.fields.length ? 'S' : 'e'
  const letters: Record<string, string> = { bool: 'b', byte: 'y', i8: 'y', i16: 'h', i32: 'i', i64: 'l', double: 'd', string: 's', binary: 'B' }
  if (letters[t.name] === undefined) throw new Error(`generator: ${where}: type not supported`)
  return letters[t.name]!
}

function descName(s: IdlStruct | undefined): string {
  return s?.fields.length ? `${s.name}$` : 'Empty$'
}

/** `const X$: StructDesc = ['name field field ...', [descriptors of its struct fields]]` (see StructDesc in struct-read.ts). */
function emitDescriptor(s: IdlStruct, ctx: Ctx, exportKeyword: string): string {
  const required = s.fields.filter(isRequired)
  if (required.length > 22) throw new Error(`generator: ${s.name} has too many required fields`)
  if (s.kind === 'union' && required.length) throw new Error(`generator: union ${s.name} has required fields`)
  const maxId = Math.max(...s.fields.map((f) => f.id))
  if (s.fields.some((f) => f.id < 1) || maxId > 64) throw new Error(`generator: ${s.name}: field ids must be 1 to 64`)
  // Entry 0: the name only serves THRIFT_MISSING_FIELD messages; | marks a union.
  const entries: string[] = new Array(maxId + 1).fill('')
  entries[0] = s.kind === 'union' ? '|' : required.length ? s.name : ''
  const subs: string[] = []
  for (const f of [...s.fields].sort((a, b) => a.id - b.id)) {
    const where = `${s.name}.${f.name}`
    if (!/^[A-Za-z_]\w*$/.test(f.name)) throw new Error(`generator: ${where}: field name not supported`)
    const sub = structOf(f.type, ctx)
    if (sub?.fields.length) subs.push(descName(sub))
    if (isRequired(f) && f.defaultValue !== undefined && !/^\d+$/.test(f.defaultValue)) throw new Error(`generator: ${where}: default not supported`)
    entries[f.id] = `${typeLetters(f.type, ctx, where)}${isRequired(f) ? `!${f.defaultValue ?? ''}` : ''}${f.name}`
  }
  return `${exportKeyword}const ${s.name}$: StructDesc = ['${entries.join(' ')}'${subs.length ? `, [${subs.join(', ')}]` : ''}]\n`
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
