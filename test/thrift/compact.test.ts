/**
 * Unit tests of the compact protocol runtime with byte vectors written by
 * hand from the Thrift compact protocol specification, plus the limits a
 * corrupt input must hit (always a ParquetError, never a RangeError).
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { makeCursor } from '../../src/cursor.js'
import { isParquetError } from '../../src/errors.js'
import type { ColumnChunk, ColumnIndex, KeyValue } from '../../src/format/parquet.gen.js'
import { readColumnChunk, readColumnOrder, readFileMetaData, readKeyValue, readSortingColumn } from '../../src/format/parquet-footer.gen.js'
import { writeColumnChunk, writeColumnIndex, writeKeyValue, writeSortingColumn } from '../../src/format/parquet-write.gen.js'
import { readBinary, readDouble, readI64, readVarint } from '../../src/thrift/compact-read.js'
import type { StructDesc } from '../../src/thrift/struct-desc.js'
import { readStruct, skipStruct } from '../../src/thrift/struct-read.js'
import {
  makeWriter,
  writeBinary,
  writeDouble,
  writeFieldHeader,
  writeI32,
  writeI64,
  writeListHeader,
  writerBytes,
  writeString,
  writeVarint32,
} from '../../src/thrift/compact-write.js'

const require = createRequire(import.meta.url)
const thrift = require('thrift')

const cur = (...bytes: number[]) => makeCursor(new Uint8Array(bytes))
const readVarint32 = (c: ReturnType<typeof cur>) => readVarint(c)
const readI32 = (c: ReturnType<typeof cur>) => readVarint(c, true)
const readString = (c: ReturnType<typeof cur>) => readBinary(c, true)
/** A struct with i32 fields a (id 1) and b (id 16), and one with a list<i32> and one with a list<double> (id 1). */
const I32S: StructDesc = [` ia${' '.repeat(15)}ib`]
const INTS: StructDesc = [' Lia']
const DOUBLES: StructDesc = [' Lda']
const ascii = (s: string) => [...s].map((ch) => ch.charCodeAt(0))

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    if (isParquetError(e)) return e.code
    throw e
  }
  return 'no error'
}

function written(fn: (w: ReturnType<typeof makeWriter>) => void): number[] {
  const w = makeWriter(16)
  fn(w)
  return [...writerBytes(w)]
}

/** Reads `bytes` with the reference implementation's compact protocol. */
function reference(bytes: number[]) {
  return new thrift.TCompactProtocol(new thrift.TFramedTransport(Buffer.from(bytes)))
}

describe('varints and zigzag (spec vectors)', () => {
  it('decodes the ULEB128 example 300 = 0xAC 0x02', () => {
    const c = cur(0xac, 0x02)
    expect(readVarint32(c)).toBe(300)
    expect(c.offset).toBe(2)
  })

  it('maps zigzag 0,1,2,3 to 0,-1,1,-2', () => {
    expect([0, 1, 2, 3].map((b) => readI32(cur(b)))).toEqual([0, -1, 1, -2])
  })

  it('decodes the i32 extremes', () => {
    expect(readI32(cur(0xfe, 0xff, 0xff, 0xff, 0x0f))).toBe(2147483647)
    expect(readI32(cur(0xff, 0xff, 0xff, 0xff, 0x0f))).toBe(-2147483648)
  })

  it('decodes i64 values across the number fast path and the bigint path', () => {
    expect(readI64(cur(0x01))).toBe(-1)
    // 2^53 - 1 zigzags to 2^54 - 2: 0xFE, six 0xFF (bits up to 48), 0x1F (bits 49..53)
    expect(readI64(cur(0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x1f))).toBe(Number.MAX_SAFE_INTEGER)
    expect(readI64(cur(0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x1f))).toBe(-Number.MAX_SAFE_INTEGER)
    // 2^53 zigzags to 2^54: one past the safe range
    expect(codeOf(() => readI64(cur(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20)))).toBe('THRIFT_INT64_RANGE')
    const max = [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]
    // A check of the test input, not of our code: the reference reads these bytes as i64 max (2^63 - 1, 2^63 as a float).
    expect(Number(thrift.toBigInt(reference(max).readI64()))).toBe(2 ** 63)
    expect(codeOf(() => readI64(cur(...max)))).toBe('THRIFT_INT64_RANGE')
    // Skipped (not zigzagged, not range-checked): the 10 bytes are read, 2^64 - 2 as a float
    const c = cur(...max)
    expect(readVarint(c, false, 10)).toBe(2 ** 64)
    expect(c.offset).toBe(10)
  })

  it('rejects varints that are too long', () => {
    expect(codeOf(() => readVarint32(cur(0x80, 0x80, 0x80, 0x80, 0x80, 0x01)))).toBe('THRIFT_INVALID')
    expect(codeOf(() => readVarint(cur(...new Array(10).fill(0x80), 0x01), false, 10))).toBe('THRIFT_INVALID')
    expect(codeOf(() => readI64(cur(...new Array(10).fill(0x80), 0x01)))).toBe('THRIFT_INVALID')
  })

  it('writes what the spec and the reference implementation read', () => {
    expect(written((w) => writeVarint32(w, 300))).toEqual([0xac, 0x02])
    expect(written((w) => writeI32(w, -1))).toEqual([0x01])
    expect(written((w) => writeI32(w, -2147483648))).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f])
    for (const n of [0, -1, 1, 2 ** 31, -(2 ** 40) - 3, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
      const bytes = written((w) => writeI64(w, n))
      expect(Number(thrift.toBigInt(reference(bytes).readI64()))).toBe(n)
      expect(readI64(cur(...bytes))).toBe(n)
    }
    expect(codeOf(() => written((w) => writeI64(w, 2 ** 60)))).toBe('THRIFT_INT64_RANGE')
  })
})

describe('field and list headers', () => {
  it('decodes short-form (delta) and long-form field headers', () => {
    // field 1 (delta 1, i32) = -3; field 16 (long form: type i32, zigzag id 32) = 2; STOP
    const c = cur(0x15, 0x05, 0x05, 0x20, 0x04, 0x00)
    expect(readStruct(c, I32S)).toEqual({ a: -3, b: 2 })
    expect(c.offset).toBe(6)
  })

  it('rejects a long-form field id outside the i16 range', () => {
    // zigzag 65536 = id 32768
    expect(codeOf(() => readStruct(cur(0x05, 0x80, 0x80, 0x04, 0x02, 0x00), I32S))).toBe('THRIFT_INVALID')
  })

  it('writes delta headers for small forward steps, long ones otherwise', () => {
    expect(written((w) => writeFieldHeader(w, 5, 1, 0))).toEqual([0x15])
    expect(written((w) => writeFieldHeader(w, 5, 16, 0))).toEqual([0x05, 0x20])
    expect(written((w) => writeFieldHeader(w, 8, 2, 5))).toEqual([0x08, 0x04])
  })

  it('decodes list headers with inline and varint sizes', () => {
    // field 1, list: 3 i32 (zigzag 2, 4, 6), then STOP
    expect(readStruct(cur(0x19, 0x35, 2, 4, 6, 0x00), INTS)).toEqual({ a: [1, 2, 3] })
    // size 15 and over: 0xF, then a varint size
    expect(readStruct(cur(0x19, 0xf5, 20, ...new Array(20).fill(0), 0x00), INTS)).toEqual({ a: new Array(20).fill(0) })
    // a list whose element type differs from the IDL's is skipped and leaves the field unset
    expect(readStruct(cur(0x19, 0x17, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x00), INTS)).toEqual({})
    expect(written((w) => writeListHeader(w, 5, 3))).toEqual([0x35])
    expect(written((w) => writeListHeader(w, 5, 20))).toEqual([0xf5, 20])
  })
})

describe('binary, strings, doubles', () => {
  it('reads length-prefixed binary as a view', () => {
    const bytes = new Uint8Array([3, 1, 2, 3, 9])
    const b = readBinary(makeCursor(bytes)) as Uint8Array
    expect([...b]).toEqual([1, 2, 3])
    expect(b.buffer).toBe(bytes.buffer)
  })

  it('reads UTF-8, replacing invalid sequences instead of failing', () => {
    expect(readString(cur(2, 0xc3, 0xa9))).toBe('é')
    expect(readString(cur(1, 0xff))).toBe('\ufffd')
    expect(written((w) => writeString(w, 'é'))).toEqual([2, 0xc3, 0xa9])
  })

  it('reads and writes little-endian doubles', () => {
    expect(readDouble(cur(0, 0, 0, 0, 0, 0, 0xf0, 0x3f))).toBe(1)
    expect(written((w) => writeDouble(w, -2))).toEqual([0, 0, 0, 0, 0, 0, 0, 0xc0])
  })

  it('grows the writer by doubling', () => {
    const w = makeWriter(16)
    const big = new Uint8Array(10000).fill(7)
    writeBinary(w, big)
    expect(writerBytes(w).length).toBe(10002)
    expect(w.bytes.length).toBeGreaterThanOrEqual(10002)
  })
})

describe('generated struct decoding on hand-made bytes', () => {
  it('decodes KeyValue {key: "k", value: "v"}', () => {
    const c = cur(0x18, 1, ...ascii('k'), 0x18, 1, ...ascii('v'), 0x00)
    expect(readKeyValue(c)).toEqual({ key: 'k', value: 'v' })
    expect(c.offset).toBe(7)
  })

  it('reads bools from the field header and skips unknown fields', () => {
    // column_idx 4; descending true; nulls_first false; then field 9 (list<i32> [1,2]) unknown
    const c = cur(0x15, 8, 0x11, 0x12, 0x69, 0x25, 2, 4, 0x00)
    expect(readSortingColumn(c)).toEqual({ column_idx: 4, descending: true, nulls_first: false })
  })

  it('skips unknown fields of every wire type (i64 beyond 2^53, map with bool values, uuid, set, struct, double)', () => {
    const bytes = [
      0x18, 1, ...ascii('k'), // 1: key 'k'
      0x26, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, // 3: i64 2^63-1 zigzagged
      0x1b, 2, 0x81, 1, ...ascii('a'), 1, 1, ...ascii('b'), 2, // 4: map<binary,bool> {a: true, b: false}
      0x1d, ...new Array(16).fill(7), // 5: uuid
      0x1a, 0x17, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, // 6: set<double> {1}
      0x1c, 0x11, 0x00, // 7: struct { 1: true }
      0x17, 0, 0, 0, 0, 0, 0, 0, 0x40, // 8: double 2
      0x08, 4, 1, ...ascii('v'), // 2 (long form, id zigzag 4): value 'v'
      0x00,
    ]
    const c = cur(...bytes)
    expect(readKeyValue(c)).toEqual({ key: 'k', value: 'v' })
    expect(c.offset).toBe(bytes.length)
  })

  it('names the struct and field when a required field is absent', () => {
    let err: unknown
    try {
      readKeyValue(cur(0x28, 1, ...ascii('v'), 0x00))
    } catch (e) {
      err = e
    }
    expect(isParquetError(err) && err.code).toBe('THRIFT_MISSING_FIELD')
    expect(String((err as Error).message)).toContain('KeyValue.key')
  })

  it('fills an absent required field with its IDL default (ColumnChunk.file_offset = 0)', () => {
    // only field 1, file_path 'p'
    expect(readColumnChunk(cur(0x18, 1, ...ascii('p'), 0x00))).toEqual({ file_path: 'p', file_offset: 0 })
  })

  it('records the id of a union member the IDL does not know, and keeps known members', () => {
    // ColumnOrder: member 1 (TYPE_ORDER, empty struct), then member 9 (unknown, empty struct)
    expect(readColumnOrder(cur(0x1c, 0x00, 0x8c, 0x00, 0x00))).toEqual({ TYPE_ORDER: {}, unknown: 9 })
  })

  it('skips a field whose wire type does not match the IDL', () => {
    // KeyValue.key sent as i32: skipped, so key is missing
    expect(codeOf(() => readKeyValue(cur(0x15, 2, 0x00)))).toBe('THRIFT_MISSING_FIELD')
  })
})

describe('generated struct encoding (writeStruct over the descriptors)', () => {
  it('writes set fields in id order with delta headers, bools in the field header, then STOP', () => {
    expect(written((w) => writeKeyValue(w, { key: 'k' }))).toEqual([0x18, 1, ...ascii('k'), 0x00])
    expect(written((w) => writeSortingColumn(w, { column_idx: 4, descending: true, nulls_first: false }))).toEqual([0x15, 8, 0x11, 0x12, 0x00])
  })

  it('writes a required field\'s IDL default when absent, and fails on one without a default', () => {
    // ColumnChunk.file_offset (id 2, i64, default 0): delta 2, type 6
    expect(written((w) => writeColumnChunk(w, {} as ColumnChunk))).toEqual([0x26, 0x00, 0x00])
    expect(codeOf(() => written((w) => writeKeyValue(w, {} as KeyValue)))).toBe('THRIFT_MISSING_FIELD')
  })

  it('writes lists, bool elements as one byte each, as the reference implementation reads them', () => {
    const index: ColumnIndex = { null_pages: [true, false], min_values: [new Uint8Array([7]), new Uint8Array(0)], max_values: [new Uint8Array([9]), new Uint8Array(0)], boundary_order: 1, null_counts: [0, 3] }
    const bytes = written((w) => writeColumnIndex(w, index))
    // null_pages: field 1 list, header: 2 elements of type 1 (bool), then 1 (true), 2 (false)
    expect(bytes.slice(0, 4)).toEqual([0x19, 0x21, 1, 2])
    const p = reference(bytes)
    p.readStructBegin()
    const seen: unknown[] = []
    for (;;) {
      const f = p.readFieldBegin()
      if (f.ftype === thrift.Thrift.Type.STOP) break
      if (f.ftype === thrift.Thrift.Type.LIST) {
        const l = p.readListBegin()
        const items: unknown[] = []
        // (the package's readBool misreads list elements in thrift 0.24: its transport's readByte gives a number, not { value })
        for (let i = 0; i < l.size; i++) items.push(l.etype === thrift.Thrift.Type.BOOL ? p.readByte() === 1 : l.etype === thrift.Thrift.Type.STRING ? [...p.readBinary()] : p.readI64().toNumber())
        seen.push(items)
      } else seen.push(p.readI32())
    }
    expect(seen).toEqual([[true, false], [[7], []], [[9], []], 1, [0, 3]])
  })
})

describe('limits on corrupt input', () => {
  it('rejects a huge list size before allocating', () => {
    // FileMetaData.schema (field 2, list) claiming 2^31-1 structs
    expect(codeOf(() => readFileMetaData(cur(0x15, 2, 0x19, 0xfc, 0xff, 0xff, 0xff, 0x07, 0)))).toBe('THRIFT_LIMIT')
  })

  it('rejects a list of doubles longer than 8 bytes per element allows', () => {
    expect(codeOf(() => readStruct(cur(0x19, 0x37, ...new Array(16).fill(0)), DOUBLES))).toBe('THRIFT_LIMIT')
    expect(readStruct(cur(0x19, 0x27, ...new Array(16).fill(0), 0x00), DOUBLES)).toEqual({ a: [0, 0] })
  })

  it('rejects a huge string length', () => {
    expect(codeOf(() => readString(cur(0xff, 0xff, 0xff, 0xff, 0x0f, 65)))).toBe('THRIFT_LIMIT')
  })

  it('bounds nesting depth when skipping', () => {
    // 200 nested struct fields (delta 1, type struct) never closed
    const deep = makeCursor(new Uint8Array(200).fill(0x1c))
    expect(codeOf(() => skipStruct(deep, 0))).toBe('THRIFT_LIMIT')
    // unknown field 100 of FileMetaData holding nested lists of lists
    const lists = makeCursor(new Uint8Array([0x09, 0xc8, 0x01, ...new Array(300).fill(0x19)]))
    expect(codeOf(() => readFileMetaData(lists))).toBe('THRIFT_LIMIT')
  })

  it('gives THRIFT_EOF (or THRIFT_LIMIT for a cut string) with the offset on truncated input', () => {
    const full = [0x18, 1, ...ascii('k'), 0x18, 1, ...ascii('v'), 0x00]
    const expected = ['THRIFT_EOF', 'THRIFT_EOF', 'THRIFT_LIMIT', 'THRIFT_EOF', 'THRIFT_EOF', 'THRIFT_LIMIT', 'THRIFT_EOF']
    for (let n = 0; n < full.length; n++) {
      let err: unknown
      try {
        readKeyValue(cur(...full.slice(0, n)))
      } catch (e) {
        err = e
      }
      expect(isParquetError(err) && err.code).toBe(expected[n])
      expect(typeof (err as { context: { offset: unknown } }).context.offset).toBe('number')
    }
    expect(codeOf(() => readDouble(cur(1, 2, 3)))).toBe('THRIFT_EOF')
    expect(codeOf(() => readI64(cur(0x80, 0x80)))).toBe('THRIFT_EOF')
  })

  it('rejects an unknown wire type', () => {
    expect(codeOf(() => readKeyValue(cur(0x1e, 0x00)))).toBe('THRIFT_INVALID')
  })
})
