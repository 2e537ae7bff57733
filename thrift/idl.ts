/**
 * A small Thrift IDL parser: enough of the language for the Parquet format
 * definition (namespace, enum, struct, union, required/optional fields,
 * list<T>/set<T>, base types, default values, comments). Used by the code
 * generator and by tests that walk a reference decoding by field id.
 */

export type BaseTypeName = 'bool' | 'byte' | 'i8' | 'i16' | 'i32' | 'i64' | 'double' | 'string' | 'binary'

export type IdlType =
  | { kind: 'base'; name: BaseTypeName }
  | { kind: 'list'; element: IdlType }
  | { kind: 'set'; element: IdlType }
  | { kind: 'named'; name: string }

export interface IdlField {
  id: number
  name: string
  requiredness: 'required' | 'optional' | 'default'
  type: IdlType
  defaultValue?: string
  comment?: string
}

export interface IdlStruct {
  kind: 'struct' | 'union'
  name: string
  fields: IdlField[]
  comment?: string
}

export interface IdlEnum {
  name: string
  values: { name: string; value: number; comment?: string }[]
  comment?: string
}

export interface Idl {
  enums: IdlEnum[]
  structs: IdlStruct[]
}

interface Token {
  text: string
  line: number
}

const BASE_TYPES = new Set(['bool', 'byte', 'i8', 'i16', 'i32', 'i64', 'double', 'string', 'binary'])

/** Splits IDL text into tokens; comments go to `comments` keyed by line. */
function tokenize(text: string, comments: Map<number, { text: string; alone: boolean }>): Token[] {
  const tokens: Token[] = []
  const re = /(\/\/[^\n]*|#[^\n]*)|(\/\*[\s\S]*?\*\/)|([A-Za-z_][A-Za-z0-9_.]*|-?\d+(?:\.\d+)?|"[^"]*"|'[^']*'|[{}()<>,;:=[\]])|(\n)|(\s+)|(.)/g
  let line = 1
  let lineHasToken = false
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] !== undefined) {
      const body = m[1].replace(/^(\/\/|#)\s?/, '').trim()
      comments.set(line, { text: body, alone: !lineHasToken })
    } else if (m[2] !== undefined) {
      line += m[2].split('\n').length - 1
    } else if (m[3] !== undefined) {
      tokens.push({ text: m[3], line })
      lineHasToken = true
    } else if (m[4] !== undefined) {
      line++
      lineHasToken = false
    } else if (m[6] !== undefined) {
      throw new Error(`IDL line ${line}: unexpected character ${JSON.stringify(m[6])}`)
    }
  }
  return tokens
}

class Parser {
  pos = 0
  constructor(
    readonly tokens: Token[],
    readonly comments: Map<number, { text: string; alone: boolean }>,
  ) {}

  peek(): string | undefined {
    return this.tokens[this.pos]?.text
  }

  next(): Token {
    const t = this.tokens[this.pos++]
    if (!t) throw new Error('IDL: unexpected end of input')
    return t
  }

  expect(text: string): void {
    const t = this.next()
    if (t.text !== text) throw new Error(`IDL line ${t.line}: expected '${text}', found '${t.text}'`)
  }

  ident(): Token {
    const t = this.next()
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(t.text)) throw new Error(`IDL line ${t.line}: expected a name, found '${t.text}'`)
    return t
  }

  skipSeparator(): void {
    if (this.peek() === ',' || this.peek() === ';') this.pos++
  }

  /** The full-line comments right above `line`, joined. */
  docAbove(line: number): string | undefined {
    const parts: string[] = []
    for (let l = line - 1; this.comments.get(l)?.alone; l--) parts.unshift(this.comments.get(l)!.text)
    return parts.length ? parts.join(' ') : undefined
  }

  /** The comment at the end of `line`, if any. */
  trailing(line: number): string | undefined {
    const c = this.comments.get(line)
    return c && !c.alone ? c.text : undefined
  }
}

function parseType(p: Parser): IdlType {
  const t = p.ident()
  if (t.text === 'list' || t.text === 'set') {
    p.expect('<')
    const element = parseType(p)
    p.expect('>')
    return t.text === 'list' ? { kind: 'list', element } : { kind: 'set', element }
  }
  if (t.text === 'map') throw new Error(`IDL line ${t.line}: map<> is not supported by this generator`)
  if (BASE_TYPES.has(t.text)) return { kind: 'base', name: t.text as BaseTypeName }
  return { kind: 'named', name: t.text }
}

function parseEnum(p: Parser, line: number): IdlEnum {
  const name = p.ident().text
  const e: IdlEnum = { name, values: [], comment: p.docAbove(line) }
  p.expect('{')
  let nextValue = 0
  while (p.peek() !== '}') {
    const t = p.ident()
    let value = nextValue
    if (p.peek() === '=') {
      p.pos++
      value = Number(p.next().text)
    }
    if (!Number.isInteger(value)) throw new Error(`IDL line ${t.line}: bad enum value`)
    e.values.push({ name: t.text, value, comment: p.trailing(t.line) })
    nextValue = value + 1
    p.skipSeparator()
  }
  p.expect('}')
  return e
}

function parseField(p: Parser): IdlField {
  const idTok = p.next()
  const id = Number(idTok.text)
  if (!Number.isInteger(id)) throw new Error(`IDL line ${idTok.line}: expected a field id, found '${idTok.text}'`)
  p.expect(':')
  let requiredness: IdlField['requiredness'] = 'default'
  if (p.peek() === 'required' || p.peek() === 'optional') requiredness = p.next().text as IdlField['requiredness']
  const type = parseType(p)
  const name = p.ident().text
  const field: IdlField = { id, name, requiredness, type }
  if (p.peek() === '=') {
    p.pos++
    field.defaultValue = p.next().text
  }
  const comment = p.trailing(idTok.line)
  if (comment) field.comment = comment
  p.skipSeparator()
  return field
}

function parseStruct(p: Parser, kind: 'struct' | 'union', line: number): IdlStruct {
  const name = p.ident().text
  const s: IdlStruct = { kind, name, fields: [], comment: p.docAbove(line) ?? p.trailing(line) }
  p.expect('{')
  while (p.peek() !== '}') s.fields.push(parseField(p))
  p.expect('}')
  const ids = new Set<number>()
  for (const f of s.fields) {
    if (ids.has(f.id)) throw new Error(`IDL: ${name} has field id ${f.id} twice`)
    ids.add(f.id)
  }
  return s
}

/** Parses IDL text. Named types are checked to refer to a declared enum or struct. */
export function parseIdl(text: string): Idl {
  const comments = new Map<number, { text: string; alone: boolean }>()
  const p = new Parser(tokenize(text, comments), comments)
  const idl: Idl = { enums: [], structs: [] }
  while (p.peek() !== undefined) {
    const t = p.next()
    if (t.text === 'namespace') {
      p.ident()
      p.ident()
    } else if (t.text === 'enum') {
      idl.enums.push(parseEnum(p, t.line))
    } else if (t.text === 'struct' || t.text === 'union') {
      idl.structs.push(parseStruct(p, t.text, t.line))
    } else {
      throw new Error(`IDL line ${t.line}: unexpected '${t.text}'`)
    }
  }
  checkNames(idl)
  return idl
}

function checkNames(idl: Idl): void {
  const known = new Set([...idl.enums.map((e) => e.name), ...idl.structs.map((s) => s.name)])
  const visit = (t: IdlType, where: string): void => {
    if (t.kind === 'named' && !known.has(t.name)) throw new Error(`IDL: ${where} uses undeclared type ${t.name}`)
    if (t.kind === 'list' || t.kind === 'set') visit(t.element, where)
  }
  for (const s of idl.structs) for (const f of s.fields) visit(f.type, `${s.name}.${f.name}`)
}
