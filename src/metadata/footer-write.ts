/**
 * Writing the footer (format README "File format"): the mirror of
 * footer-read.ts. The file ends with the Thrift-compact FileMetaData, its
 * 4-byte little-endian length and the magic `PAR1`; the page index
 * (PageIndex.md) is serialized here too, placed by the file writer after the
 * row groups and before the footer.
 */
import type { MetadataEncoders } from '../crypto/options.js'
import type { ColumnIndex, FileMetaData, OffsetIndex } from '../format/parquet.gen.js'
import {
  writeColumnIndex, writeColumnMetaData, writeFileCryptoMetaData, writeFileMetaData, writeOffsetIndex, writePageHeader,
} from '../format/parquet-write.gen.js'
import { crc32 } from '../page/crc32.js'
import { type CompactWriter, makeWriter, writerBytes } from '../thrift/compact-write.js'

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

/** `value` in the Thrift compact protocol, written by `write`. */
function encode<T>(write: (w: CompactWriter, value: T) => void, value: T): Uint8Array {
  const w = makeWriter(256)
  write(w, value)
  return writerBytes(w).slice()
}

/** A ColumnIndex in the Thrift compact protocol. */
export function encodeColumnIndex(index: ColumnIndex): Uint8Array {
  return encode(writeColumnIndex, index)
}

/** An OffsetIndex in the Thrift compact protocol. */
export function encodeOffsetIndex(index: OffsetIndex): Uint8Array {
  return encode(writeOffsetIndex, index)
}

/** The encoders the encryption code uses (crypto/options.ts says why it takes them from here). */
export const metadataEncoders: MetadataEncoders = {
  pageHeader: (v) => encode(writePageHeader, v),
  columnMetaData: (v) => encode(writeColumnMetaData, v),
  fileMetaData: (v) => encode(writeFileMetaData, v),
  fileCryptoMetaData: (v) => encode(writeFileCryptoMetaData, v),
  checksum: (stored) => crc32(stored) | 0,
}
