/**
 * The write API, the mirror of read/read.ts: `writeRows` (row objects) and
 * `writeColumns` (one array or typed array per top-level column) return a
 * whole Parquet file as bytes. Both are the streaming writer (stream.ts) on
 * a memory sink: rows are cut into row groups, shredded into leaf columns
 * (Dremel levels), converted to physical values (logical/from-js.ts) and
 * written chunk by chunk (column/column-write.ts); then the page index and
 * the footer (file-write.ts).
 *
 * Defaults: SNAPPY, v1 data pages, 122,880 rows per row group, pages of
 * 1 MiB / 20,000 rows, dictionary first (1 MiB dictionary page limit),
 * statistics with 64-byte BYTE_ARRAY bounds, page index and CRCs on.
 */
import { ParquetError } from '../errors.js'
import { memorySink } from '../io/sinks.js'
import type { ColumnInput, ColumnValues } from './columns-input.js'
import type { WriteOptions } from './options.js'
import { createWriter } from './stream.js'

export type { ColumnInput, ColumnValues }

/** Writes row objects (keys = top-level field names) as one Parquet file. */
export async function writeRows(rows: readonly unknown[], options: WriteOptions = {}): Promise<Uint8Array> {
  if (!Array.isArray(rows)) throw new ParquetError('ARGUMENT_INVALID', `expected an array of row objects, found ${typeof rows}`)
  const sink = memorySink()
  const writer = await createWriter(sink, options)
  await writer.write(rows)
  await writer.close()
  return sink.bytes()
}

/**
 * Writes columns (one entry per row each; `{ values, nulls }` for a null
 * mask) as one Parquet file. Flat INT32/INT64/FLOAT/DOUBLE columns given as
 * Int32Array/BigInt64Array/Float32Array/Float64Array are not boxed.
 */
export async function writeColumns(columns: Record<string, ColumnInput>, options: WriteOptions = {}): Promise<Uint8Array> {
  const sink = memorySink()
  const writer = await createWriter(sink, options)
  await writer.writeColumns(columns)
  await writer.close()
  return sink.bytes()
}
