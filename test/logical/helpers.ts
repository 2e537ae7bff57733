/** Builds leaf schema nodes for the logical type tests through the real schema builder. */
import type { LogicalType, SchemaElement } from '../../src/format/parquet.gen.js'
import { buildSchema, PHYSICAL_TYPES, type PhysicalType, type SchemaNode } from '../../src/metadata/schema.js'

/** A required leaf `x` of `physical`, with a LogicalType, a legacy ConvertedType, or neither. */
export function leaf(
  physical: PhysicalType,
  extra: { logicalType?: LogicalType; converted_type?: number; type_length?: number; precision?: number; scale?: number } = {},
): SchemaNode {
  const element: SchemaElement = { name: 'x', type: PHYSICAL_TYPES.indexOf(physical) as SchemaElement['type'], repetition_type: 0, ...extra }
  return buildSchema([{ name: 'root', num_children: 1 }, element]).leaves[0]!
}

export const MILLIS = { MILLIS: {} }
export const MICROS = { MICROS: {} }
export const NANOS = { NANOS: {} }

/** Bytes from hex text ("00 01 e2 40" or "0001e240"). */
export function hex(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '')
  const out = new Uint8Array(clean.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(clean.slice(2 * i, 2 * i + 2), 16)
  return out
}

/** A FixedLenColumn of the concatenated values. */
export function fixedCol(width: number, ...values: Uint8Array[]): { width: number; bytes: Uint8Array } {
  const bytes = new Uint8Array(width * values.length)
  for (let i = 0; i < values.length; i++) bytes.set(values[i]!, i * width)
  return { width, bytes }
}

/** A ByteArrayColumn of the values. */
export function byteArrayCol(...values: Uint8Array[]): { offsets: Uint32Array; bytes: Uint8Array } {
  const offsets = new Uint32Array(values.length + 1)
  for (let i = 0; i < values.length; i++) offsets[i + 1] = offsets[i]! + values[i]!.length
  const bytes = new Uint8Array(offsets[values.length]!)
  for (let i = 0; i < values.length; i++) bytes.set(values[i]!, offsets[i]!)
  return { offsets, bytes }
}
