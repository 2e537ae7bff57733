/**
 * Test helper: decodes compact-protocol bytes with the `thrift` npm package
 * (the Apache Thrift reference implementation for Node) and names the
 * fields by walking the parsed IDL, so the result can be compared field by
 * field with our generated decoders. The reference does the byte-level work
 * (field headers, varints, zigzag, lists, strings, doubles, skipping); the
 * IDL only supplies names and which values are structs or lists.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Idl, type IdlStruct, type IdlType, parseIdl } from '../../thrift/idl.js'

const require = createRequire(import.meta.url)
// biome-ignore lint/suspicious/noExplicitAny: untyped CommonJS package
const thrift: any = require('thrift')

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The project's IDL, parsed. */
export function loadIdl(): Idl {
  return parseIdl(readFileSync(join(root, 'thrift', 'parquet.thrift'), 'utf8'))
}

/** Thrift TType codes (as the reference's readFieldBegin reports them). */
const T = { BOOL: 2, BYTE: 3, DOUBLE: 4, I16: 6, I32: 8, I64: 10, STRING: 11, STRUCT: 12, SET: 14, LIST: 15 }

export type Walked = unknown

// biome-ignore lint/suspicious/noExplicitAny: reference protocol object
type Proto = any

export interface ReferenceWalker {
  /** Decodes `bytes` as struct `name`; returns the value and the bytes consumed. */
  decode(name: string, bytes: Uint8Array): { value: Walked; consumed: number }
}

export function makeReferenceWalker(idl: Idl): ReferenceWalker {
  const structs = new Map(idl.structs.map((s) => [s.name, s]))
  const enums = new Set(idl.enums.map((e) => e.name))

  function ttype(t: IdlType): number {
    if (t.kind === 'list') return T.LIST
    if (t.kind === 'set') return T.SET
    if (t.kind === 'named') return enums.has(t.name) ? T.I32 : T.STRUCT
    const map: Record<string, number> = {
      bool: T.BOOL, byte: T.BYTE, i8: T.BYTE, i16: T.I16, i32: T.I32, i64: T.I64, double: T.DOUBLE,
      string: T.STRING, binary: T.STRING,
    }
    return map[t.name]!
  }

  function value(p: Proto, t: IdlType, inList: boolean): Walked {
    if (t.kind === 'list' || t.kind === 'set') {
      const h = t.kind === 'list' ? p.readListBegin() : p.readSetBegin()
      const out: Walked[] = []
      for (let i = 0; i < h.size; i++) out.push(value(p, t.element, true))
      return out
    }
    if (t.kind === 'named') return enums.has(t.name) ? p.readI32() : struct(p, structs.get(t.name)!)
    switch (t.name) {
      case 'bool':
        // The package's readBool mis-reads list elements; a list bool is one byte, 1 = true.
        return inList ? p.trans.readByte() === 1 : p.readBool()
      case 'byte':
      case 'i8':
        return p.readByte()
      case 'i16':
        return p.readI16()
      case 'i32':
        return p.readI32()
      case 'i64':
        return i64(p.readI64())
      case 'double':
        return p.readDouble()
      case 'string':
        return p.readString()
      default:
        return new Uint8Array(p.readBinary())
    }
  }

  function struct(p: Proto, s: IdlStruct): Record<string, Walked> {
    const out: Record<string, Walked> = {}
    p.readStructBegin()
    for (;;) {
      const f = p.readFieldBegin()
      if (f.ftype === 0) break
      const field = s.fields.find((x) => x.id === f.fid)
      if (field && ttype(field.type) === f.ftype) {
        out[field.name] = value(p, field.type, false)
      } else {
        if (!field && s.kind === 'union') out.unknown = f.fid
        p.skip(f.ftype)
      }
      p.readFieldEnd()
    }
    p.readStructEnd()
    for (const field of s.fields) {
      if (field.defaultValue !== undefined && field.requiredness === 'required' && !(field.name in out)) {
        out[field.name] = Number(field.defaultValue)
      }
    }
    return out
  }

  return {
    decode(name, bytes) {
      const trans = new thrift.TFramedTransport(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
      const p = new thrift.TCompactProtocol(trans)
      const value = struct(p, structs.get(name)!)
      return { value, consumed: trans.readPos }
    },
  }
}

/** node-int64 → number when exact, else bigint (our decoder must then refuse it). */
// biome-ignore lint/suspicious/noExplicitAny: node-int64 instance
function i64(x: any): number | bigint {
  const big: bigint = thrift.toBigInt(x)
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big
}

/**
 * First difference between two decoded values as a path string, or null.
 * Binary compares by content (views and copies are equal); NaN equals NaN;
 * keys whose value is undefined count as absent.
 */
export function firstDiff(a: unknown, b: unknown, path = '$'): string | null {
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array) || a.length !== b.length) return `${path}: binary differs`
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return `${path}[${i}]: ${a[i]} vs ${b[i]}`
    return null
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: array vs non-array`
    if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`
    for (let i = 0; i < a.length; i++) {
      const d = firstDiff(a[i], b[i], `${path}[${i}]`)
      if (d) return d
    }
    return null
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ra = a as Record<string, unknown>
    const rb = b as Record<string, unknown>
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)])
    for (const k of [...keys].sort()) {
      const d = firstDiff(ra[k], rb[k], `${path}.${k}`)
      if (d) return d
    }
    return null
  }
  if (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b)) return null
  return Object.is(a, b) || a === b ? null : `${path}: ${String(a)} vs ${String(b)}`
}

/** A deep copy of a walked value without `unknown` union markers. */
export function withoutUnknown(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutUnknown)
  if (v && typeof v === 'object' && !(v instanceof Uint8Array)) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) if (k !== 'unknown') out[k] = withoutUnknown(x)
    return out
  }
  return v
}
