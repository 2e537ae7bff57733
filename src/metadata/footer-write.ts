/**
 * Writing the footer (format README "File format"): the mirror of
 * footer-read.ts. The file ends with the Thrift-compact FileMetaData, its
 * 4-byte little-endian length and the magic `PAR1`; the page index
 * (PageIndex.md) is serialized here too, placed by the file writer after the
 * row groups and before the footer.
 */
import type { ColumnIndex, FileMetaData, OffsetIndex } from '../format/parquet.gen.js'
import { writeColumnIndex, writeFileMetaData, writeOffsetIndex } from '../format/parquet-write.gen.js'
import { makeWriter, writerBytes } from '../thrift/compact-write.js'

/** 'PAR1', at the start and the end of every file. */
export const MAGIC_BYTES: Uint8Array = /*#__PURE__*/ new Uint8Array([0x50, 0x41, 0x52, 0x31])

/** FileMetaData, its length and the magic: the last bytes of the file. */
export function encodeFooter(metadata: FileMetaData): Uint8Array {
  const w = makeWriter(1024)
  writeFileMetaData(w, metadata)
  const thrift = writerBytes(w)
  const out = new Uint8Array(thrift.length + 8)
  out.set(thrift)
  new DataView(out.buffer).setUint32(thrift.length, thrift.length, true)
  out.set(MAGIC_BYTES, thrift.length + 4)
  return out
}

/** A ColumnIndex in the Thrift compact protocol. */
export function encodeColumnIndex(index: ColumnIndex): Uint8Array {
  const w = makeWriter(256)
  writeColumnIndex(w, index)
  return writerBytes(w).slice()
}

/** An OffsetIndex in the Thrift compact protocol. */
export function encodeOffsetIndex(index: OffsetIndex): Uint8Array {
  const w = makeWriter(256)
  writeOffsetIndex(w, index)
  return writerBytes(w).slice()
}
