/**
 * The write API, the mirror of read/read.ts: `writeRows` (row objects) and
 * `writeColumns` (one array or typed array per top-level column) return a
 * whole Parquet file as bytes. Rows are cut into row groups, shredded into
 * leaf columns (Dremel levels), converted to physical values
 * (logical/from-js.ts) and written chunk by chunk (column/column-write.ts);
 * then the page index and the footer (file-write.ts).
 *
 * Defaults: SNAPPY, v1 data pages, 122,880 rows per row group, pages of
 * 1 MiB / 20,000 rows, dictionary first (1 MiB dictionary page limit),
 * statistics with 64-byte BYTE_ARRAY bounds, page index and CRCs on.
 */
import type { LeafInput } from '../column/column-write.js'
import { shredRows } from '../dremel/shred.js'
import { ParquetError, withContext } from '../errors.js'
import { fromJsValues } from '../logical/from-js.js'
import type { FieldMap } from '../schema/field.js'
import { inferColumn, inferSchema } from '../schema/infer.js'
import { schemaElements } from '../schema/schema-elements.js'
import { buildSchema, type Schema } from '../metadata/schema.js'
import { type ColumnInput, type ColumnValues, columnLeaves, columnParts } from './columns-input.js'
import { finishFile, startFile, writeRowGroup } from './file-write.js'
import { checkOptions, DEFAULTS, type WriteOptions } from './options.js'

export type { ColumnInput, ColumnValues }

function prepare(fields: FieldMap, options: WriteOptions): { schema: Schema; state: ReturnType<typeof startFile> } {
  checkOptions(options)
  const elements = schemaElements(fields)
  const schema = buildSchema(elements)
  return { schema, state: startFile(schema, elements, options) }
}

/** Writes row objects (keys = top-level field names) as one Parquet file. */
export async function writeRows(rows: readonly unknown[], options: WriteOptions = {}): Promise<Uint8Array> {
  if (!Array.isArray(rows)) throw new ParquetError('ARGUMENT_INVALID', `expected an array of row objects, found ${typeof rows}`)
  const { schema, state } = prepare(options.schema ?? inferSchema(rows), options)
  const size = options.rowGroupSize ?? DEFAULTS.rowGroupSize
  let start = 0
  do {
    const end = Math.min(rows.length, start + size)
    const shredded = guard(() => shredRows(schema, rows.slice(start, end)), start)
    const leaves = shredded.map((s): LeafInput => ({
      column: s.column,
      numLevels: s.numLevels,
      definitionLevels: s.definitionLevels,
      repetitionLevels: s.repetitionLevels,
      values: guard(() => fromJsValues(s.values, s.column), start),
    }))
    await writeRowGroup(state, leaves, end - start)
    start = end
  } while (start < rows.length)
  return finishFile(state)
}

function guard<T>(fn: () => T, rowOffset: number): T {
  try {
    return fn()
  } catch (e) {
    const err = withContext(e, {}, 'TYPE_INVALID')
    if (typeof err.context.row === 'number') err.context.row += rowOffset
    throw err
  }
}

/**
 * Writes columns (one entry per row each; `{ values, nulls }` for a null
 * mask) as one Parquet file. Flat INT32/INT64/FLOAT/DOUBLE columns given as
 * Int32Array/BigInt64Array/Float32Array/Float64Array are not boxed.
 */
export async function writeColumns(columns: Record<string, ColumnInput>, options: WriteOptions = {}): Promise<Uint8Array> {
  const names = Object.keys(columns ?? {})
  if (names.length === 0) throw new ParquetError('ARGUMENT_INVALID', 'expected at least one column, found none')
  const parts = new Map(names.map((n) => [n, columnParts(columns[n]!, n)]))
  const numRows = parts.get(names[0]!)!.values.length
  for (const [name, p] of parts) {
    if (p.values.length !== numRows) {
      throw new ParquetError('ARGUMENT_INVALID', `expected every column to hold ${numRows} rows, found ${p.values.length} in '${name}'`, { column: name })
    }
  }
  const fields = options.schema ?? Object.fromEntries(names.map((n) => [n, inferColumn(n, parts.get(n)!.values, hasNull(parts.get(n)!))]))
  const { schema, state } = prepare(fields, options)
  const top = schema.root.children
  for (const field of top) {
    if (!parts.has(field.name)) throw new ParquetError('ARGUMENT_INVALID', `expected a column '${field.name}' (it is in the schema), found none`, { column: field.name })
  }
  const size = options.rowGroupSize ?? DEFAULTS.rowGroupSize
  let start = 0
  do {
    const end = Math.min(numRows, start + size)
    const from = start
    const leaves = top.flatMap((field) => guard(() => columnLeaves(field, parts.get(field.name)!, from, end), from))
    await writeRowGroup(state, leaves, end - start)
    start = end
  } while (start < numRows)
  return finishFile(state)
}

function hasNull(p: ColumnValues): boolean {
  if (p.nulls?.includes(1)) return true
  if (ArrayBuffer.isView(p.values)) return false
  for (let i = 0; i < p.values.length; i++) if (p.values[i] === null || p.values[i] === undefined) return true
  return false
}
