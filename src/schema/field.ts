/**
 * Schema declaration for the writer: builder functions for every physical
 * type and logical type of LogicalTypes.md that the reader maps, plus
 * structs, LIST and MAP (nested to any depth). A declaration is a plain
 * object tree (`Field`); schema-elements.ts turns it into the footer's
 * `SchemaElement[]`. The type parameter `T` of a field is the JS value the
 * writer accepts for it, so `RowOf<typeof fields>` types a row.
 *
 * Options on every field: `optional` (nullable), `repeated` (a bare repeated
 * field: the value is an array, never null; prefer `list()`), `id` (field_id).
 */
import type { LogicalType } from '../format/parquet.gen.js'
import type { Interval } from '../logical/to-js.js'
import type { PhysicalType } from '../metadata/schema.js'

/** Options every field builder takes. */
export interface FieldOptions {
  /** The value may be null or undefined (OPTIONAL). Default false (REQUIRED). */
  optional?: boolean
  /** A bare REPEATED field (the value is an array). Default false. */
  repeated?: boolean
  /** The SchemaElement field_id. */
  id?: number
}

interface FieldBase<T> {
  optional: boolean
  repeated: boolean
  id?: number
  /** Type-level only: the JS value this field accepts. Never set. */
  readonly __value?: T
}

export interface PrimitiveField<T = unknown> extends FieldBase<T> {
  kind: 'primitive'
  physical: PhysicalType
  /** FIXED_LEN_BYTE_ARRAY width. */
  typeLength?: number
  logicalType?: LogicalType
  convertedType?: number
  precision?: number
  scale?: number
}

export interface ListField<T = unknown> extends FieldBase<T> {
  kind: 'list'
  element: Field
}

export interface MapField<T = unknown> extends FieldBase<T> {
  kind: 'map'
  key: Field
  value: Field
}

export interface StructField<T = unknown> extends FieldBase<T> {
  kind: 'struct'
  fields: FieldMap
}

/** A field declaration: a primitive column, a LIST, a MAP or a struct. */
export type Field<T = unknown> = PrimitiveField<T> | ListField<T> | MapField<T> | StructField<T>

/** Top-level fields (or a struct's fields) by name, in column order. */
export type FieldMap = { readonly [name: string]: Field }

/** The JS value a field accepts (null/undefined too when optional, an array when repeated). */
export type ValueOf<F> = F extends { repeated: true } ? BaseOf<F>[] : F extends { optional: true } ? BaseOf<F> | null | undefined : BaseOf<F>
type BaseOf<F> = F extends FieldBase<infer T> ? T : never

/** A row object for the fields `M`. */
export type RowOf<M extends FieldMap> = { [K in keyof M]: ValueOf<M[K]> }

interface Extra {
  typeLength?: number
  logicalType?: LogicalType
  convertedType?: number
  precision?: number
  scale?: number
}

type Flags<O> = { optional: O extends { optional: true } ? true : false; repeated: O extends { repeated: true } ? true : false }

function primitive<T, O extends FieldOptions>(
  physical: PhysicalType, o: O | undefined, extra: Extra = {},
): PrimitiveField<T> & Flags<O> {
  const field = { kind: 'primitive', physical, ...extra, ...flags(o) }
  return field as PrimitiveField<T> & Flags<O>
}

function flags(o: FieldOptions | undefined): { optional: boolean; repeated: boolean; id?: number } {
  const out: { optional: boolean; repeated: boolean; id?: number } = { optional: o?.optional === true, repeated: o?.repeated === true }
  if (o?.id !== undefined) out.id = o.id
  return out
}

function int(bitWidth: number, isSigned: boolean): Extra {
  const converted = (isSigned ? 15 : 11) + Math.log2(bitWidth / 8)
  return { logicalType: { INTEGER: { bitWidth, isSigned } }, convertedType: converted }
}

/** A BOOLEAN field. */
export const boolean = <O extends FieldOptions>(o?: O) => primitive<boolean, O>('BOOLEAN', o)
/** INT32 without annotation. */
export const int32 = <O extends FieldOptions>(o?: O) => primitive<number, O>('INT32', o)
/** INT64 without annotation (bigint, or a safe-integer number). */
export const int64 = <O extends FieldOptions>(o?: O) => primitive<bigint | number, O>('INT64', o)
/** An INT32 field annotated as a signed 8-bit integer. */
export const int8 = <O extends FieldOptions>(o?: O) => primitive<number, O>('INT32', o, int(8, true))
/** An INT32 field annotated as a signed 16-bit integer. */
export const int16 = <O extends FieldOptions>(o?: O) => primitive<number, O>('INT32', o, int(16, true))
/** An INT32 field annotated as an unsigned 8-bit integer. */
export const uint8 = <O extends FieldOptions>(o?: O) => primitive<number, O>('INT32', o, int(8, false))
/** An INT32 field annotated as an unsigned 16-bit integer. */
export const uint16 = <O extends FieldOptions>(o?: O) => primitive<number, O>('INT32', o, int(16, false))
/** An INT32 field annotated as an unsigned 32-bit integer. */
export const uint32 = <O extends FieldOptions>(o?: O) => primitive<number, O>('INT32', o, int(32, false))
/** An INT64 field annotated as an unsigned 64-bit integer. */
export const uint64 = <O extends FieldOptions>(o?: O) => primitive<bigint | number, O>('INT64', o, int(64, false))
/** A FLOAT (32-bit IEEE 754) field. */
export const float = <O extends FieldOptions>(o?: O) => primitive<number, O>('FLOAT', o)
/** A DOUBLE (64-bit IEEE 754) field. */
export const double = <O extends FieldOptions>(o?: O) => primitive<number, O>('DOUBLE', o)
/** FLOAT16: FIXED_LEN_BYTE_ARRAY(2), IEEE half precision. */
export const float16 = <O extends FieldOptions>(o?: O) => primitive<number, O>('FIXED_LEN_BYTE_ARRAY', o, { typeLength: 2, logicalType: { FLOAT16: {} } })
/** UTF-8 text: BYTE_ARRAY STRING (UTF8). */
export const string = <O extends FieldOptions>(o?: O) => primitive<string, O>('BYTE_ARRAY', o, { logicalType: { STRING: {} }, convertedType: 0 })
/** A BYTE_ARRAY field annotated ENUM (strings). */
export const enumString = <O extends FieldOptions>(o?: O) => primitive<string, O>('BYTE_ARRAY', o, { logicalType: { ENUM: {} }, convertedType: 4 })
/** A BYTE_ARRAY field annotated JSON (JSON text as a string). */
export const json = <O extends FieldOptions>(o?: O) => primitive<string, O>('BYTE_ARRAY', o, { logicalType: { JSON: {} }, convertedType: 19 })
/** A BYTE_ARRAY field annotated BSON (the document bytes). */
export const bson = <O extends FieldOptions>(o?: O) => primitive<Uint8Array, O>('BYTE_ARRAY', o, { logicalType: { BSON: {} }, convertedType: 20 })
/** Unannotated BYTE_ARRAY. */
export const binary = <O extends FieldOptions>(o?: O) => primitive<Uint8Array, O>('BYTE_ARRAY', o)
/** Unannotated FIXED_LEN_BYTE_ARRAY(width). */
export const fixed = <O extends FieldOptions>(width: number, o?: O) => primitive<Uint8Array, O>('FIXED_LEN_BYTE_ARRAY', o, { typeLength: width })
/** UUID: FIXED_LEN_BYTE_ARRAY(16); a '8-4-4-4-12' hex string or 16 bytes. */
export const uuid = <O extends FieldOptions>(o?: O) => primitive<string | Uint8Array, O>('FIXED_LEN_BYTE_ARRAY', o, { typeLength: 16, logicalType: { UUID: {} } })
/** DATE: INT32 days since 1970-01-01 (a Date at UTC midnight, or a number of days). */
export const date = <O extends FieldOptions>(o?: O) => primitive<Date | number, O>('INT32', o, { logicalType: { DATE: {} }, convertedType: 6 })
/** GEOMETRY (WKB bytes). */
export const geometry = <O extends FieldOptions>(o?: O & { crs?: string }) =>
  primitive<Uint8Array, O>('BYTE_ARRAY', o, { logicalType: { GEOMETRY: o?.crs ? { crs: o.crs } : {} } })
/** GEOGRAPHY (WKB bytes). */
export const geography = <O extends FieldOptions>(o?: O & { crs?: string }) =>
  primitive<Uint8Array, O>('BYTE_ARRAY', o, { logicalType: { GEOGRAPHY: o?.crs ? { crs: o.crs } : {} } })
/** Legacy INT96 timestamps (a Date, or a bigint of nanoseconds since the epoch). */
export const int96 = <O extends FieldOptions>(o?: O) => primitive<Date | bigint, O>('INT96', o)
/** INTERVAL: FIXED_LEN_BYTE_ARRAY(12) with ConvertedType INTERVAL (it has no LogicalType). */
export const interval = <O extends FieldOptions>(o?: O) => primitive<Interval | Uint8Array, O>('FIXED_LEN_BYTE_ARRAY', o, { typeLength: 12, convertedType: 21 })
/** A column that holds only nulls: INT32 annotated UNKNOWN, always optional. */
export const nullType = (o?: { id?: number }) => primitive<null, { optional: true }>('INT32', { ...o, optional: true }, { logicalType: { UNKNOWN: {} } })

/** The unit of a `time` or `timestamp` field. */
export type TimeUnitName = 'MILLIS' | 'MICROS' | 'NANOS'
const UNIT = { MILLIS: { MILLIS: {} }, MICROS: { MICROS: {} }, NANOS: { NANOS: {} } } as const

/** TIME: INT32 milliseconds (MILLIS) or INT64 micro/nanoseconds of the day. `utc` defaults to true. */
export function time<O extends FieldOptions>(unit: TimeUnitName, o?: O & { utc?: boolean }) {
  const utc = o?.utc !== false
  const converted = utc && unit !== 'NANOS' ? (unit === 'MILLIS' ? 7 : 8) : undefined
  const extra = { logicalType: { TIME: { isAdjustedToUTC: utc, unit: UNIT[unit] } }, convertedType: converted }
  return unit === 'MILLIS' ? primitive<number | bigint, O>('INT32', o, extra) : primitive<number | bigint, O>('INT64', o, extra)
}

/** TIMESTAMP: INT64 count of `unit` since the epoch (a Date, or a bigint/number count). `utc` defaults to true. */
export function timestamp<O extends FieldOptions>(unit: TimeUnitName, o?: O & { utc?: boolean }) {
  const utc = o?.utc !== false
  const converted = utc && unit !== 'NANOS' ? (unit === 'MILLIS' ? 9 : 10) : undefined
  return primitive<Date | bigint | number, O>('INT64', o, { logicalType: { TIMESTAMP: { isAdjustedToUTC: utc, unit: UNIT[unit] } }, convertedType: converted })
}

/** The physical type a `decimal` field is stored as. */
export type DecimalPhysical = 'INT32' | 'INT64' | 'FIXED_LEN_BYTE_ARRAY' | 'BYTE_ARRAY'

/**
 * DECIMAL(precision, scale). Stored as INT32 up to 9 digits, INT64 up to 18,
 * else the smallest FIXED_LEN_BYTE_ARRAY holding the precision; `physical`
 * chooses another. Values: number, decimal text, or the unscaled bigint.
 */
export function decimal<O extends FieldOptions>(precision: number, scale = 0, o?: O & { physical?: DecimalPhysical }) {
  const physical = o?.physical ?? (precision <= 9 ? 'INT32' : precision <= 18 ? 'INT64' : 'FIXED_LEN_BYTE_ARRAY')
  const extra: Extra = { logicalType: { DECIMAL: { precision, scale } }, convertedType: 5, precision, scale }
  if (physical === 'FIXED_LEN_BYTE_ARRAY') extra.typeLength = decimalBytes(precision)
  return primitive<number | string | bigint, O>(physical, o, extra)
}

/** Smallest byte width whose two's complement range holds every `precision`-digit integer. */
export function decimalBytes(precision: number): number {
  const limit = 10n ** BigInt(Math.max(1, Math.floor(precision)))
  let width = 1
  while (2n ** BigInt(8 * width - 1) < limit) width++
  return width
}

/** A 3-level LIST of `element` (LogicalTypes.md "Lists"). */
export function list<E extends Field, O extends FieldOptions>(element: E, o?: O) {
  return { kind: 'list', element, ...flags(o) } as ListField<ValueOf<E>[]> & Flags<O>
}

/** A MAP of `key` (must be required) to `value` (LogicalTypes.md "Maps"); values are `[key, value][]` or a Map. */
export function map<K extends Field, V extends Field, O extends FieldOptions>(key: K, value: V, o?: O) {
  return { kind: 'map', key, value, ...flags(o) } as MapField<[ValueOf<K>, ValueOf<V>][] | Map<ValueOf<K>, ValueOf<V>>> & Flags<O>
}

/** A group of named fields; the value is a plain object. */
export function struct<M extends FieldMap, O extends FieldOptions>(fields: M, o?: O) {
  return { kind: 'struct', fields, ...flags(o) } as unknown as StructField<RowOf<M>> & Flags<O>
}
