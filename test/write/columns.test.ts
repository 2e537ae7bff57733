/**
 * writeColumns (typed arrays and null masks, nested columns, inference from
 * typed arrays), the file-level options (created_by from package.json,
 * key/value metadata, sorting columns, TYPE_ORDER column orders, CRCs off)
 * and bad input ending in ParquetError.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isParquetError } from '../../src/errors.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readColumns, readRows } from '../../src/read/read.js'
import { double, int32, int64, list, string, uint32 } from '../../src/schema/field.js'
import { writeColumns, writeRows } from '../../src/write/write.js'

async function failure(p: Promise<unknown>): Promise<{ code?: string; message: string }> {
  const e = await p.then(() => undefined, (err: unknown) => err)
  expect(isParquetError(e), String(e)).toBe(true)
  return e as { code: string; message: string }
}

describe('writeColumns', () => {
  it('typed arrays with a null mask read back as the same typed arrays and mask', async () => {
    const n = 1000
    const ints = Int32Array.from({ length: n }, (_, i) => i * 7 - 500)
    const doubles = Float64Array.from({ length: n }, (_, i) => i / 3)
    const bigs = BigInt64Array.from({ length: n }, (_, i) => BigInt(i) ** 3n)
    const nulls = Uint8Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0))
    const bytes = await writeColumns(
      { a: ints, b: { values: doubles, nulls }, c: bigs },
      { schema: { a: int32(), b: double({ optional: true }), c: int64() }, rowGroupSize: 300 },
    )
    const cols = await readColumns(bytes)
    expect(cols.a!.values).toEqual(ints)
    expect(cols.c!.values).toEqual(bigs)
    expect(cols.b!.nulls).toEqual(nulls)
    const b = cols.b!.values as Float64Array
    for (let i = 0; i < n; i++) if (!nulls[i]) expect(b[i]).toBe(doubles[i])
  })

  it('infers types from typed arrays and arrays; mixes in nested columns', async () => {
    const bytes = await writeColumns({
      i: new Int32Array([1, 2, 3]), u: new Uint32Array([0, 2 ** 32 - 1, 5]), f: new Float32Array([0.5, 1, 2]),
      s: ['a', null, 'c'], l: [[1, 2], [], null],
    })
    const meta = await readMetadata(bytes)
    expect(meta.schema.leaves.map((l) => [l.path.join('.'), l.physicalType, l.repetition])).toEqual([
      ['i', 'INT32', 'REQUIRED'], ['u', 'INT32', 'REQUIRED'], ['f', 'FLOAT', 'REQUIRED'], ['s', 'BYTE_ARRAY', 'OPTIONAL'],
      ['l.list.element', 'DOUBLE', 'REQUIRED'],
    ])
    expect(await readRows(bytes)).toEqual([
      { i: 1, u: 0, f: 0.5, s: 'a', l: [1, 2] }, { i: 2, u: 2 ** 32 - 1, f: 1, s: null, l: [] }, { i: 3, u: 5, f: 2, s: 'c', l: null },
    ])
  })

  it('takes a Uint32Array for a UINT32 column unboxed', async () => {
    const values = new Uint32Array([4294967295, 0, 17])
    const bytes = await writeColumns({ u: values }, { schema: { u: uint32() } })
    expect(Array.from((await readColumns(bytes)).u!.values as ArrayLike<number>)).toEqual([4294967295, 0, 17])
  })

  it('refuses columns of different lengths, missing columns and nulls in a required typed column', async () => {
    expect((await failure(writeColumns({ a: [1, 2], b: [1] }))).code).toBe('ARGUMENT_INVALID')
    expect((await failure(writeColumns({ a: [1] }, { schema: { a: double(), b: double() } }))).code).toBe('ARGUMENT_INVALID')
    const err = await failure(writeColumns({ a: { values: new Int32Array(2), nulls: new Uint8Array([0, 1]) } }, { schema: { a: int32() } }))
    expect(err.code).toBe('TYPE_INVALID')
  })
})

describe('file metadata', () => {
  it('created_by names this package and its version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    const meta = await readMetadata(await writeRows([{ a: 1 }]))
    expect(meta.fileMetaData.created_by).toBe(`parquet-ts version ${pkg.version}`)
  })

  it('key/value metadata, sorting columns, TYPE_ORDER for every leaf', async () => {
    const bytes = await writeRows([{ a: 1, b: ['x'] }], {
      schema: { a: int32(), b: list(string()) }, keyValueMetadata: { k: 'v', other: '' }, sortingColumns: [{ column: 'b.list.element', descending: true }],
    })
    const fmd = (await readMetadata(bytes)).fileMetaData
    expect(fmd.key_value_metadata).toEqual([{ key: 'k', value: 'v' }, { key: 'other', value: '' }])
    expect(fmd.row_groups[0]!.sorting_columns).toEqual([{ column_idx: 1, descending: true, nulls_first: false }])
    expect(fmd.column_orders).toEqual([{ TYPE_ORDER: {} }, { TYPE_ORDER: {} }])
  })

  it('no page CRCs when crc is false; no page index when pageIndex is false', async () => {
    const bytes = await writeRows([{ a: 1 }], { crc: false, pageIndex: false, compression: 'UNCOMPRESSED', dictionary: false })
    const chunk = (await readMetadata(bytes)).fileMetaData.row_groups[0]!.columns[0]!
    expect(chunk.offset_index_offset).toBeUndefined()
    // The page header starts right after 'PAR1': its crc field (id 4) is absent. Checked by reading it back.
    const { readPageHeader } = await import('../../src/format/parquet-page-header.gen.js')
    const { makeCursor } = await import('../../src/cursor.js')
    expect(readPageHeader(makeCursor(bytes, 4)).crc).toBeUndefined()
  })
})

describe('bad input ends in ParquetError', () => {
  it.each([
    ['a value of the wrong type', () => writeRows([{ a: 'x' }], { schema: { a: int32() } }), 'TYPE_INVALID'],
    ['a missing required value', () => writeRows([{ a: 1 }, {}], { schema: { a: int32() } }), 'TYPE_INVALID'],
    ['an int32 out of range', () => writeRows([{ a: 2 ** 31 }], { schema: { a: int32() } }), 'TYPE_INVALID'],
    ['a row that is not an object', () => writeRows([1], { schema: { a: int32() } }), 'TYPE_INVALID'],
    ['no rows and no schema', () => writeRows([]), 'ARGUMENT_INVALID'],
    ['an unknown codec', () => writeRows([{ a: 1 }], { compression: 'LZO' as never }), 'ARGUMENT_INVALID'],
    ['a bad page size', () => writeRows([{ a: 1 }], { pageSize: 0 }), 'ARGUMENT_INVALID'],
    ['a bad page version', () => writeRows([{ a: 1 }], { pageVersion: 3 as never }), 'ARGUMENT_INVALID'],
    ['an unknown sorting column', () => writeRows([{ a: 1 }], { sortingColumns: [{ column: 'zz' }] }), 'ARGUMENT_INVALID'],
  ] as const)('%s', async (_, run, code) => {
    expect((await failure(run())).code).toBe(code)
  })

  it('names the column and what was found', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ a: i === 23 ? 'bad' : i }))
    const err = (await failure(writeRows(rows, { schema: { a: int32() }, rowGroupSize: 10 }))) as { message: string; context: { column?: string } }
    expect(err.context.column).toBe('a')
    expect(err.message).toContain('found string "bad"')
  })
})
