/**
 * The plain encoding of a filter key, as a bloom filter hashes it
 * (BloomFilter.md; Encodings.md PLAIN): INT32/INT64/FLOAT/DOUBLE
 * little-endian, BYTE_ARRAY without its length prefix, FIXED_LEN_BYTE_ARRAY
 * the bytes. Only where the reader's JS value maps back to exactly one
 * physical value; elsewhere (lossy mappings such as timestamps read as
 * Dates from MICROS, DECIMAL numbers, FLOAT16, INT96, BOOLEAN) undefined,
 * and the bloom filter is not used. Both zeros are given for 0.0 (-0 == 0).
 */
import type { Key, KeySpec } from './keys.js'

const INT32_MIN = -(2 ** 31)
const UINT32_END = 2 ** 32

/** The plain encodings of the physical values equal to `key`; undefined when unknown. */
export function plainEncodings(key: Key, spec: KeySpec, physical: string, typeLength: number | undefined): Uint8Array[] | undefined {
  switch (physical) {
    case 'INT32': return int32Plain(key, spec)
    case 'INT64': return int64Plain(key, spec)
    case 'FLOAT': return floatPlain(key, 4)
    case 'DOUBLE': return floatPlain(key, 8)
    case 'BYTE_ARRAY': return bytesPlain(key, spec, undefined)
    case 'FIXED_LEN_BYTE_ARRAY': return bytesPlain(key, spec, typeLength)
    default: return undefined
  }
}

function int32Plain(key: Key, spec: KeySpec): Uint8Array[] | undefined {
  const k = spec.kind.kind
  let n: number
  if (k === 'DATE') n = spec.mode === 'date' ? (key as number) / 86_400_000 : (key as number)
  else if (k === 'DECIMAL') {
    if (spec.literal === 'decimalNumber') return undefined
    n = Number(key)
  } else if (k === 'INT32' || k === 'UINT32' || k === 'TIME') n = Number(key)
  else return undefined
  if (!Number.isInteger(n) || n < INT32_MIN || n >= UINT32_END) return undefined
  const out = new Uint8Array(4)
  new DataView(out.buffer).setUint32(0, n >>> 0, true)
  return [out]
}

function int64Plain(key: Key, spec: KeySpec): Uint8Array[] | undefined {
  const k = spec.kind.kind
  const lossyDate = spec.mode === 'date' && !(k === 'TIMESTAMP' && spec.kind.kind === 'TIMESTAMP' && spec.kind.unit === 'MILLIS')
  if (lossyDate || (k === 'DECIMAL' && spec.literal === 'decimalNumber')) return undefined
  if (k !== 'INT64' && k !== 'UINT64' && k !== 'TIME' && k !== 'TIMESTAMP' && k !== 'DECIMAL') return undefined
  if (typeof key === 'number' && !Number.isInteger(key)) return undefined
  if (typeof key !== 'number' && typeof key !== 'bigint') return undefined
  const v = BigInt(key)
  if (v < -(2n ** 63n) || v >= 2n ** 64n) return undefined
  const out = new Uint8Array(8)
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, v), true)
  return [out]
}

function floatPlain(key: Key, width: 4 | 8): Uint8Array[] | undefined {
  if (typeof key !== 'number' || (width === 4 && Math.fround(key) !== key)) return undefined
  const values = key === 0 ? [0, -0] : [key]
  return values.map((v) => {
    const out = new Uint8Array(width)
    const view = new DataView(out.buffer)
    if (width === 4) view.setFloat32(0, v, true)
    else view.setFloat64(0, v, true)
    return out
  })
}

function bytesPlain(key: Key, spec: KeySpec, width: number | undefined): Uint8Array[] | undefined {
  const k = spec.kind.kind
  let bytes: Uint8Array | undefined
  if (k === 'UUID' && typeof key === 'string') bytes = uuidBytes(key)
  else if ((k === 'TEXT' || k === 'BINARY') && typeof key === 'string') bytes = new TextEncoder().encode(key)
  else if ((k === 'BINARY' || k === 'BYTES') && key instanceof Uint8Array) bytes = key
  if (!bytes || (width !== undefined && bytes.length !== width)) return undefined
  return [bytes]
}

function uuidBytes(text: string): Uint8Array | undefined {
  const hex = text.replace(/-/g, '')
  if (!/^[0-9a-f]{32}$/.test(hex)) return undefined
  const out = new Uint8Array(16)
  for (let i = 0; i < 16; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16)
  return out
}
