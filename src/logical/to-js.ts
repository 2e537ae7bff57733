/**
 * Reader side of LogicalTypes.md: one page's dense (non-null) physical values
 * of a leaf column, as decoded by src/encoding (shapes in encoding/types.ts),
 * turned into JS values. Defaults are lossless; the options choose
 * convenient forms that may lose precision. One column always gives one JS
 * type (it depends on the schema and the options, never on the values).
 *
 * The conversions are in js-values.ts (common types, which every read loads)
 * and to-js-rare.ts (DECIMAL, FLOAT16, INT96, UUID, INTERVAL, which the read
 * pipeline loads with import() when a column needs them); this module puts
 * them together synchronously, for filters, statistics and tools.
 */
import { ParquetError } from '../errors.js'
import type { SchemaNode } from '../metadata/schema.js'
import { columnKind, columnName } from './column-kind.js'
import { checkedKind, commonJsValues, type PhysicalValues, type RareKind, type ValueOptions } from './js-values.js'
import { describe } from './describe.js'
import { rareJsValues } from './to-js-rare.js'

export { isStringColumn } from './js-values.js'
export type { Interval, PhysicalValues, ValueOptions } from './js-values.js'

/**
 * The first `count` values of `values` as JS values. Typed arrays come back
 * as they are (or a view) when their elements already are the JS values:
 * INT32 → Int32Array, INT(32,false) → Uint32Array, INT64 → BigInt64Array,
 * UINT_64 → BigUint64Array, FLOAT → Float32Array, DOUBLE → Float64Array;
 * int64 'number' and FLOAT16 give a Float64Array; text gives `string[]`;
 * everything else a plain array.
 */
export function toJsValues(values: PhysicalValues, count: number, node: SchemaNode, options: ValueOptions = {}): ArrayLike<unknown> {
  const kind = checkedKind(node, count)
  return commonJsValues(values, count, node, kind, options) ?? rareJsValues(values, count, node, kind as RareKind, options)
}

/** A single physical value (as decoded from statistics or given to a filter), or the same forms for one value. */
export type PhysicalValue = boolean | number | bigint | string | Uint8Array

/**
 * One physical value as its JS value, by the same mapping as
 * {@link toJsValues}. Accepts INT32 as a number (signed or already unsigned),
 * INT64 as a bigint, FLOAT16 as its 2 bytes or an already converted number,
 * byte types as a Uint8Array (or text as a string).
 */
export function toJsValue(value: PhysicalValue, node: SchemaNode, options: ValueOptions = {}): unknown {
  if (typeof value === 'number' && node.physicalType === 'FIXED_LEN_BYTE_ARRAY' && columnKind(node).kind === 'FLOAT16') return value
  return toJsValues(singleValue(value, node), 1, node, options)[0]
}

function singleValue(value: PhysicalValue, node: SchemaNode): PhysicalValues {
  const p = node.physicalType
  const found = describe(value)
  switch (p) {
    case 'BOOLEAN':
      if (typeof value === 'boolean' || value === 0 || value === 1) return Uint8Array.of(value ? 1 : 0)
      break
    case 'INT32':
      if (typeof value === 'bigint') return Int32Array.of(Number(BigInt.asIntN(32, value)))
      if (typeof value === 'number' && Number.isInteger(value)) return Int32Array.of(value)
      break
    case 'INT64':
      if (typeof value === 'bigint') return BigInt64Array.of(BigInt.asIntN(64, value))
      if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt64Array.of(BigInt(value))
      break
    case 'FLOAT':
      if (typeof value === 'number') return Float32Array.of(value)
      break
    case 'DOUBLE':
      if (typeof value === 'number') return Float64Array.of(value)
      break
    case 'INT96': case 'FIXED_LEN_BYTE_ARRAY':
      if (value instanceof Uint8Array) return { width: value.length, bytes: value }
      if (typeof value === 'string' && p === 'FIXED_LEN_BYTE_ARRAY') return [value]
      break
    case 'BYTE_ARRAY':
      if (value instanceof Uint8Array) return { offsets: Uint32Array.of(0, value.length), bytes: value }
      if (typeof value === 'string') return [value]
      break
  }
  throw new ParquetError('TYPE_INVALID', `expected a ${p} value, found ${found}`, { column: columnName(node) })
}
