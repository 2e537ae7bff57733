/**
 * Code generator: turns a parsed Thrift IDL into TypeScript with one
 * interface, one descriptor (see src/thrift/struct-desc.ts; read by
 * struct-read.ts' readStruct, written by compact-write.ts' writeStruct), one
 * typed decoder and one encoder per struct, and per enum a const object, a
 * name table and a module of plain constants (see emitEnumModule). The code is
 * split into modules by use (types and enums; descriptors and decoders per root
 * struct in READ_MODULES, each in two files; encoders) because bundlers assign
 * code to chunks by whole file. The output depends only on the IDL text, so it is
 * byte-for-byte reproducible.
 */
import type { Idl, IdlField, IdlStruct, IdlType } from './idl.js'

export const HEADER = '// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen'

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
/** The folder (in src/format/) of the per-enum constant modules. */
export const ENUM_DIR = 'enum'

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
  for (const m of READ_MODULES) {
    out.set(descFile(m.file), emitDescModule(m, idl, ctx, home))
    out.set(m.file, emitReadModule(m, idl, home))
  }
  for (const e of idl.enums) out.set(enumFile(e.name), emitEnumModule(e))
  const writers = idl.structs.map(emitWriter).join('\n')
  out.set(
    WRITE_FILE,
    `${head('Compact-protocol encoders (writeX: writeStruct over the decoders\' descriptor of each struct) of the Parquet metadata structures (Thrift IDL thrift/parquet.thrift).', [
      `import { type CompactWriter, writeStruct } from '../thrift/compact-write.js'`,
      ...descImports(idl.structs, home),
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

/** The module each struct's descriptor and reader live in, by struct name. */
function assignModules(idl: Idl, ctx: Ctx): Map<string, string> {
  const home = new Map<string, string>()
  const place = (s: IdlStruct, file: string): void => {
    home.set(s.name, file)
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

/** Descriptors a struct's descriptor refers to: those of its struct fields that have fields. */
function descriptorRefs(s: IdlStruct, ctx: Ctx): IdlStruct[] {
  return s.fields.map((f) => structOf(f.type, ctx)).filter((sub): sub is IdlStruct => sub !== undefined && sub.fields.length > 0)
}

/** Descriptors module `file` imports from other decoder modules, by module. */
function crossRefs(file: string, idl: Idl, ctx: Ctx, home: Map<string, string>) {
  const imported = new Map<string, Set<string>>()
  for (const s of idl.structs) {
    for (const sub of descriptorRefs(s, ctx)) {
      const from = home.get(sub.name)!
      const user = home.get(s.name)!
      if (from === user) continue
      if (user === file) imported.set(from, (imported.get(from) ?? new Set()).add(descName(sub)))
    }
  }
  return imported
}

/** The descriptors module of decoder module `file`: parquet-footer.gen.ts → parquet-footer-desc.gen.ts. */
export function descFile(file: string): string {
  return file.replace(/\.gen\.ts$/, '-desc.gen.ts')
}

function jsPath(file: string): string {
  return `./${file.replace(/\.ts$/, '.js')}`
}

/**
 * The descriptors of module `m`'s structs, in a file without decoders: the encoders import them too, and a
 * bundle that only writes must not take the decoding code along.
 */
function emitDescModule(m: GenModule, idl: Idl, ctx: Ctx, home: Map<string, string>): string {
  const mine = idl.structs.filter((s) => home.get(s.name) === m.file)
  const imported = crossRefs(m.file, idl, ctx, home)
  const body: string[] = []
  for (const s of descriptorOrder(mine, ctx)) if (s.fields.length) body.push(emitDescriptor(s, ctx))
  const imports = [
    "import type { StructDesc } from '../thrift/struct-desc.js'",
    ...[...imported].sort().map(([file, names]) => `import { ${[...names].sort().join(', ')} } from '${jsPath(descFile(file))}'`),
  ]
  const title = `Compact-protocol descriptors (see StructDesc in src/thrift/struct-desc.ts) of ${m.title} (Thrift IDL thrift/parquet.thrift), read by readStruct and written by writeStruct.`
  return `${head(title, imports)}${body.join('\n')}`
}

/** The imports of the descriptors of `structs`: SKIPPED for structs without fields, the others from their descriptor modules. */
function descImports(structs: readonly IdlStruct[], home: Map<string, string>): string[] {
  const byFile = new Map<string, Set<string>>()
  for (const s of structs) {
    const file = s.fields.length ? home.get(s.name)! : RUNTIME
    byFile.set(file, (byFile.get(file) ?? new Set()).add(descName(s)))
  }
  const files = [...byFile.keys()].filter((file) => file !== RUNTIME).sort()
  return [
    ...(byFile.has(RUNTIME) ? [`import { SKIPPED } from '${RUNTIME_JS}'`] : []),
    ...files.map((file) => `import { ${[...byFile.get(file)!].sort().join(', ')} } from '${jsPath(descFile(file))}'`),
  ]
}

function emitReadModule(m: GenModule, idl: Idl, home: Map<string, string>): string {
  const mine = idl.structs.filter((s) => home.get(s.name) === m.file)
  const imports = [
    "import type { Cursor } from '../cursor.js'",
    "import { readStruct } from '../thrift/struct-read.js'",
    ...descImports(mine, home),
    typeImport(mine.map((s) => s.name)),
  ]
  const title = `Compact-protocol decoders (readX: readStruct over the struct's descriptor) of ${m.title} (Thrift IDL thrift/parquet.thrift).`
  return `${head(title, imports)}${mine.map(emitReader).join('\n')}`
}

function doc(text: string | undefined, indent: string): string {
  return text ? `${indent}/** ${text.replace(/\*\//g, '* /')} */\n` : ''
}

function emitEnum(e: Idl['enums'][number]): string {
  const values = e.values.map((v) => `${doc(v.comment, '  ')}  ${v.name}: ${v.value},\n`).join('')
  // Values 0 to n with few gaps: an array, gaps left as holes (shorter once minified); otherwise an object keyed by value.
  const max = Math.max(...e.values.map((v) => v.value))
  const dense = e.values.every((v) => Number.isInteger(v.value) && v.value >= 0) && max < 2 * e.values.length
  const byValue = new Map(e.values.map((v) => [v.value, v.name]))
  const names = dense
    ? Array.from({ length: max + 1 }, (_, i) => (byValue.has(i) ? `  '${byValue.get(i)}',\n` : `  , // ${i}: none\n`)).join('')
    : e.values.map((v) => `  ${v.value}: '${v.name}',\n`).join('')
  const holes = dense && byValue.size <= max
  return (
    `${doc(e.comment, '')}export const ${e.name} = {\n${values}} as const\n` +
    `/** A ${e.name} value; numbers this IDL does not name are kept as they are. */\n` +
    `export type ${e.name} = number\n` +
    `/** ${e.name} value → name, for printing. */\n` +
    `export const ${e.name}Names: Readonly<Record<number, string>> = ${dense ? '[' : '{'}\n${names}${dense ? `]${holes ? ' as string[]' : ''}` : '}'}\n`
  )
}

/** Upper-case global names an enum value may share (ConvertedType.JSON); the constant shadows the global in its module only. */
const GLOBAL_NAMES = new Set(['JSON', 'NaN', 'Infinity'])

/** The constants module of enum `name`: CompressionCodec → enum/compression-codec.gen.ts. */
export function enumFile(name: string): string {
  return `${ENUM_DIR}/${name.replace(/[a-z\d](?=[A-Z])/g, '$&-').toLowerCase()}.gen.ts`
}

/**
 * One enum's values as plain `export const` numbers. Consumers import the module as a namespace
 * (`import * as Encodings from '../format/enum/encoding.gen.js'`) and a minifying bundler replaces each
 * `Encodings.PLAIN` by its number, which it does not do for a property of the const object.
 */
function emitEnumModule(e: Idl['enums'][number]): string {
  const what = e.comment ? ` (${e.comment.replace(/\.$/, '')})` : ''
  const title = `The values of Thrift enum ${e.name}${what} as constants that bundlers inline; import the module as a namespace. The enum object, its name table and its type are in ../${TYPES_FILE}.`
  const lines = e.values.map((v) => {
    const ignore = GLOBAL_NAMES.has(v.name) ? '// biome-ignore lint/suspicious/noShadowRestrictedNames: a module-scoped Thrift enum value\n' : ''
    return `${doc(v.comment, '')}${ignore}export const ${v.name} = ${v.value}\n`
  })
  return `${head(title, [])}${lines.join('')}`
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

/** Type letters of a value of type `t` (see StructDesc in src/thrift/struct-desc.ts): L or T and the element's for a list or set. */
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

/**
 * A struct's descriptor constant: `X$` in the generated descriptor modules, or for a struct without fields the
 * runtime's SKIPPED (reading with it skips every field; writing writes none), so that no generated module has to
 * import another only for an empty descriptor.
 */
function descName(s: IdlStruct | undefined): string {
  return s?.fields.length ? `${s.name}$` : 'SKIPPED'
}

/** Where SKIPPED lives (key in the import maps, and its import path from src/format). */
const RUNTIME = 'thrift/struct-desc'
const RUNTIME_JS = '../thrift/struct-desc.js'

/** `const X$: StructDesc = ['name field field ...', [descriptors of its struct fields]]` (see StructDesc in src/thrift/struct-desc.ts). */
function emitDescriptor(s: IdlStruct, ctx: Ctx): string {
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
  // Exported: the decoders, the encoders and other descriptor modules use it.
  return `export const ${s.name}$: StructDesc = ['${entries.join(' ')}'${subs.length ? `, [${subs.join(', ')}]` : ''}]\n`
}

function emitReader(s: IdlStruct): string {
  return (
    `/** Decodes a ${s.name} (Thrift compact protocol) at the cursor, advancing it. */\n` +
    `export function read${s.name}(c: Cursor): ${s.name} {\n  return readStruct(c, ${descName(s)})\n}\n`
  )
}

function emitWriter(s: IdlStruct): string {
  return (
    `/** Encodes a ${s.name} (Thrift compact protocol). */\n` +
    `export function write${s.name}(w: CompactWriter, v: ${s.name}): void {\n  writeStruct(w, ${descName(s)}, v)\n}\n`
  )
}
