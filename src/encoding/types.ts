/**
 * Shared shapes of decoded and to-be-encoded column values, used by every
 * module in src/encoding/ (the Parquet physical types of parquet.thrift's
 * `Type` enum and the encodings of Encodings.md), the reader's column
 * assembly and the writer.
 *
 * Representation per physical type (decoders fill these, encoders take them):
 * - BOOLEAN: `Uint8Array` holding 0 or 1 per value (compact, fast to index,
 *   and the same output type as the RLE/bit-packed hybrid decoder).
 * - INT32: `Int32Array`. INT64: `BigInt64Array`.
 * - FLOAT: `Float32Array`. DOUBLE: `Float64Array`.
 * - INT96: a {@link FixedLenColumn} with `width` 12 (the raw 12 little-endian
 *   bytes per value: nanoseconds of day in bytes 0..7, Julian day in 8..11).
 * - FIXED_LEN_BYTE_ARRAY(n): a {@link FixedLenColumn} with `width` n.
 * - BYTE_ARRAY: a {@link ByteArrayColumn} (offsets + one byte buffer), or
 *   `string[]` when decoded straight to UTF-8 strings.
 */

/**
 * A run of BYTE_ARRAY values without one object per value.
 * Value `i` is `bytes.subarray(offsets[i], offsets[i + 1])`; `offsets` has
 * `count + 1` entries, `offsets[0]` is 0 and they never decrease.
 * `bytes` may be a view into a page buffer (DELTA_LENGTH_BYTE_ARRAY) or a
 * fresh buffer (PLAIN, DELTA_BYTE_ARRAY); treat it as read-only.
 */
export interface ByteArrayColumn {
  offsets: Uint32Array
  bytes: Uint8Array
}

/**
 * A run of equally sized values (FIXED_LEN_BYTE_ARRAY(width), INT96 with
 * width 12). Value `i` is `bytes.subarray(i * width, (i + 1) * width)`;
 * `bytes.length` is `count * width`. Often a view into a page buffer.
 */
export interface FixedLenColumn {
  width: number
  bytes: Uint8Array
}

/** The typed array of each physical type whose values are numbers (BOOLEAN: 0/1 bytes), as listed above. */
export const TYPED_ARRAYS = { BOOLEAN: Uint8Array, INT32: Int32Array, INT64: BigInt64Array, FLOAT: Float32Array, DOUBLE: Float64Array }

/**
 * Integer outputs accepted by the level / index decoders. A `Uint8Array`
 * only takes bit widths up to 8, a `Uint16Array` up to 16.
 */
export type IntOutput = Int32Array | Uint32Array | Uint16Array | Uint8Array

/** Number of values in a ByteArrayColumn. */
export function byteArrayCount(col: ByteArrayColumn): number {
  return col.offsets.length - 1
}
