/**
 * Seeded value generators for writer tests: one entry per column type, with
 * the schema builder, the encodings Encodings.md defines for its physical
 * type, and values in the form our reader returns by default (so a round
 * trip compares equal to the input).
 */
import * as s from '../../src/schema/field.js'
import type { Field } from '../../src/schema/field.js'
import type { EncodingName } from '../../src/write/values-encode.js'
import { prng } from '../helpers/prng.js'

/** A seeded PRNG returning [0, 1). */
export const rng = prng

export type Rand = () => number

const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))
const big = (r: Rand, bits: number) => {
  let v = 0n
  for (let i = 0; i < bits; i += 16) v = (v << 16n) | BigInt(int(r, 0, 0xffff))
  return BigInt.asUintN(bits, v)
}
const bytes = (r: Rand, n: number) => Uint8Array.from({ length: n }, () => int(r, 0, 255))
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')

/** A short string, sometimes with non-ASCII and astral characters, from a small alphabet (so dictionaries help). */
function text(r: Rand): string {
  const alphabet = ['a', 'b', 'z', 'é', '€', '中', '😀', ' ', 'Q']
  const n = int(r, 0, 8)
  let out = ''
  for (let i = 0; i < n; i++) out += alphabet[int(r, 0, alphabet.length - 1)]
  return out
}

function half(r: Rand): number {
  // A finite binary16 value: sign, exponent 0..30, 10-bit mantissa.
  const sign = r() < 0.5 ? -1 : 1
  const e = int(r, 0, 30)
  const m = int(r, 0, 1023)
  return sign * (e === 0 ? m * 2 ** -24 : (1 + m / 1024) * 2 ** (e - 15))
}

function decimalText(r: Rand, digits: number, scale: number): string {
  let d = ''
  for (let i = 0; i < digits; i++) d += String(int(r, 0, 9))
  d = d.replace(/^0+(?=\d)/, '')
  const padded = d.padStart(scale + 1, '0')
  const whole = padded.slice(0, padded.length - scale)
  const frac = padded.slice(padded.length - scale)
  const sign = r() < 0.5 && /[1-9]/.test(d) ? '-' : ''
  return scale > 0 ? `${sign}${whole}.${frac}` : `${sign}${whole}`
}

export interface TypeCase {
  name: string
  field: (o?: { optional?: boolean }) => Field
  encodings: EncodingName[]
  value: (r: Rand) => unknown
}

const INT_ENC: EncodingName[] = ['PLAIN', 'RLE_DICTIONARY', 'DELTA_BINARY_PACKED', 'BYTE_STREAM_SPLIT']
const FLOAT_ENC: EncodingName[] = ['PLAIN', 'RLE_DICTIONARY', 'BYTE_STREAM_SPLIT']
const BA_ENC: EncodingName[] = ['PLAIN', 'RLE_DICTIONARY', 'DELTA_LENGTH_BYTE_ARRAY', 'DELTA_BYTE_ARRAY']
const FLBA_ENC: EncodingName[] = ['PLAIN', 'RLE_DICTIONARY', 'DELTA_BYTE_ARRAY', 'BYTE_STREAM_SPLIT']
const DAY = 86_400_000

export const TYPES: TypeCase[] = [
  { name: 'boolean', field: s.boolean, encodings: ['PLAIN', 'RLE'], value: (r) => r() < 0.5 },
  { name: 'int32', field: s.int32, encodings: INT_ENC, value: (r) => int(r, -(2 ** 31), 2 ** 31 - 1) },
  { name: 'int64', field: s.int64, encodings: INT_ENC, value: (r) => BigInt.asIntN(64, big(r, 64)) },
  { name: 'int8', field: s.int8, encodings: INT_ENC, value: (r) => int(r, -128, 127) },
  { name: 'int16', field: s.int16, encodings: INT_ENC, value: (r) => int(r, -32768, 32767) },
  { name: 'uint8', field: s.uint8, encodings: INT_ENC, value: (r) => int(r, 0, 255) },
  { name: 'uint16', field: s.uint16, encodings: INT_ENC, value: (r) => int(r, 0, 65535) },
  { name: 'uint32', field: s.uint32, encodings: INT_ENC, value: (r) => int(r, 0, 2 ** 32 - 1) },
  { name: 'uint64', field: s.uint64, encodings: INT_ENC, value: (r) => big(r, 64) },
  { name: 'float', field: s.float, encodings: FLOAT_ENC, value: (r) => Math.fround((r() - 0.5) * 10 ** int(r, -5, 5)) },
  { name: 'double', field: s.double, encodings: FLOAT_ENC, value: (r) => (r() - 0.5) * 10 ** int(r, -20, 20) },
  { name: 'float16', field: s.float16, encodings: FLBA_ENC, value: half },
  { name: 'string', field: s.string, encodings: BA_ENC, value: text },
  { name: 'enum', field: s.enumString, encodings: BA_ENC, value: (r) => ['RED', 'GREEN', 'BLUE'][int(r, 0, 2)] },
  { name: 'json', field: s.json, encodings: BA_ENC, value: (r) => JSON.stringify({ a: int(r, 0, 9) }) },
  { name: 'bson', field: s.bson, encodings: BA_ENC, value: (r) => bytes(r, int(r, 0, 6)) },
  { name: 'binary', field: s.binary, encodings: BA_ENC, value: (r) => bytes(r, int(r, 0, 6)) },
  { name: 'fixed5', field: (o) => s.fixed(5, o), encodings: FLBA_ENC, value: (r) => bytes(r, 5) },
  {
    name: 'uuid', field: s.uuid, encodings: FLBA_ENC,
    value: (r) => hex(bytes(r, 16)).replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
  },
  { name: 'date', field: s.date, encodings: INT_ENC, value: (r) => new Date(int(r, -50_000, 50_000) * DAY) },
  { name: 'time_ms', field: (o) => s.time('MILLIS', o), encodings: INT_ENC, value: (r) => int(r, 0, DAY - 1) },
  { name: 'time_us', field: (o) => s.time('MICROS', o), encodings: INT_ENC, value: (r) => BigInt(int(r, 0, DAY - 1)) * 1000n + BigInt(int(r, 0, 999)) },
  { name: 'time_ns', field: (o) => s.time('NANOS', { ...o, utc: false }), encodings: INT_ENC, value: (r) => BigInt(int(r, 0, DAY - 1)) * 1_000_000n },
  { name: 'ts_ms', field: (o) => s.timestamp('MILLIS', o), encodings: INT_ENC, value: (r) => new Date(int(r, -1e12, 4e12)) },
  { name: 'ts_us', field: (o) => s.timestamp('MICROS', { ...o, utc: false }), encodings: INT_ENC, value: (r) => BigInt(int(r, -1e12, 4e12)) * 1000n + BigInt(int(r, 0, 999)) },
  { name: 'ts_ns', field: (o) => s.timestamp('NANOS', { ...o, utc: false }), encodings: INT_ENC, value: (r) => BigInt(int(r, -1e12, 4e12)) * 1_000_000n + BigInt(int(r, 0, 999_999)) },
  { name: 'dec_9_2', field: (o) => s.decimal(9, 2, o), encodings: INT_ENC, value: (r) => Number(decimalText(r, int(r, 1, 9), 2)) },
  { name: 'dec_18_4', field: (o) => s.decimal(18, 4, o), encodings: INT_ENC, value: (r) => decimalText(r, int(r, 1, 18), 4) },
  { name: 'dec_38_5', field: (o) => s.decimal(38, 5, o), encodings: FLBA_ENC, value: (r) => decimalText(r, int(r, 1, 38), 5) },
  { name: 'dec_ba_20_3', field: (o) => s.decimal(20, 3, { ...o, physical: 'BYTE_ARRAY' }), encodings: BA_ENC, value: (r) => decimalText(r, int(r, 1, 20), 3) },
  // Whole microseconds: DuckDB reads INT96 at microsecond precision.
  { name: 'int96', field: s.int96, encodings: ['PLAIN', 'RLE_DICTIONARY'], value: (r) => BigInt(int(r, -1e12, 4e12)) * 1_000_000n + BigInt(int(r, 0, 999)) * 1000n },
  {
    name: 'interval', field: s.interval, encodings: ['PLAIN', 'RLE_DICTIONARY', 'DELTA_BYTE_ARRAY'],
    value: (r) => ({ months: int(r, 0, 40), days: int(r, 0, 40), milliseconds: int(r, 0, DAY) }),
  },
]

/** `n` values of `t` (every `nullEvery`-th one null when given). */
export function values(t: TypeCase, n: number, seed: number, nullEvery = 0): unknown[] {
  const r = rng(seed)
  return Array.from({ length: n }, (_, i) => (nullEvery > 0 && i % nullEvery === 1 ? null : t.value(r)))
}
