/** Test helper: reads corpus files and slices out their Thrift footer. */
import { readFileSync } from 'node:fs'
import { corpusDataFiles, corpusFile } from '../corpus.js'

/** The whole file as bytes. */
export function fileBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(corpusFile(relative)))
}

/** The 4-byte magic at the end of the file, as text. */
export function tailMagic(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(bytes.length - 4))
}

/** The footer bytes: the 4-byte little-endian length before the magic says how many. */
export function footerOf(bytes: Uint8Array): Uint8Array {
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bytes.length - 8, true)
  return bytes.subarray(bytes.length - 8 - len, bytes.length - 8)
}

/** Corpus data files whose footer is plaintext (they end in PAR1, not PARE). */
export function plaintextFooterFiles(): string[] {
  return corpusDataFiles().filter((f) => tailMagic(fileBytes(f)) === 'PAR1')
}
