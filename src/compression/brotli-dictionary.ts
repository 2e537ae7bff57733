/**
 * The BROTLI static dictionary (Parquet Compression.md, codec id 4; RFC 7932
 * section 8 and Appendices A and B): the 122,784 bytes of word data are kept
 * as base64 of a Brotli stream of the bytes XOR 0x80 (brotli-dictionary.gen.ts,
 * an ES module; the flip keeps the stream from referring to the dictionary it
 * builds); we decode that stream with our own decoder on first use, flip the
 * bytes back and keep the result.
 * Also applies the word transforms.
 */
import { DICTIONARY_BROTLI_BASE64 } from './brotli-dictionary.gen.js'
import { invalid } from './brotli-huffman.js'
import { DICT_SIZE, OMIT_FIRST_BASE, type Transform, UPPERCASE_ALL, UPPERCASE_FIRST, dictionaryOffsets, transforms } from './brotli-tables.js'

/** The dictionary words and the transforms applied to them. */
export interface StaticDictionary {
  data: Uint8Array
  /** Offset of the first word of each length (DOFFSET). */
  offsets: Uint32Array
  transforms: Transform[]
}

type Decoder = (input: Uint8Array, size: number, dictionary: () => StaticDictionary) => Uint8Array

let loaded: StaticDictionary | undefined

/** The static dictionary, decoded with `decode` on the first call and kept after. */
export function staticDictionary(decode: Decoder): StaticDictionary {
  if (loaded) return loaded
  const packed = base64Bytes(DICTIONARY_BROTLI_BASE64)
  const data = decode(packed, DICT_SIZE, noDictionary)
  for (let i = 0; i < data.length; i++) data[i]! ^= 0x80
  loaded = { data, offsets: dictionaryOffsets(), transforms: transforms() }
  return loaded
}

function noDictionary(): StaticDictionary {
  throw invalid('the static dictionary stream refers to the dictionary')
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

/**
 * Writes word `index` of length `len` through transform `t` at out[pos] and
 * returns the number of bytes written; throws when more than `room` bytes.
 */
export function writeWord(out: Uint8Array, pos: number, dict: StaticDictionary, len: number, index: number, t: Transform, room: number): number {
  let start = dict.offsets[len]! + index * len
  let end = start + len
  if (t.type >= 1 && t.type <= 9) end -= Math.min(t.type, len)
  else if (t.type > OMIT_FIRST_BASE) start += Math.min(t.type - OMIT_FIRST_BASE, len)
  const total = t.prefix.length + (end - start) + t.suffix.length
  if (total > room) throw invalid(`dictionary word of ${total} bytes runs past the meta-block (${room} bytes left)`)
  out.set(t.prefix, pos)
  const wordAt = pos + t.prefix.length
  out.set(dict.data.subarray(start, end), wordAt)
  if (t.type === UPPERCASE_FIRST) upperCase(out, wordAt, wordAt + end - start)
  else if (t.type === UPPERCASE_ALL) {
    for (let i = wordAt; i < wordAt + end - start; ) i += upperCase(out, i, wordAt + end - start)
  }
  out.set(t.suffix, wordAt + end - start)
  return total
}

/** Upper-cases the UTF-8 character at out[i] as section 8 says; returns its byte count. Bytes at `end` and past are left alone. */
function upperCase(out: Uint8Array, i: number, end: number): number {
  const c = out[i]!
  if (c < 192) {
    if (c >= 97 && c <= 122) out[i] = c ^ 32
    return 1
  }
  if (c < 224) {
    if (i + 1 < end) out[i + 1]! ^= 32
    return 2
  }
  if (i + 2 < end) out[i + 2]! ^= 5
  return 3
}
