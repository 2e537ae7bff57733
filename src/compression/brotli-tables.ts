/**
 * Constant tables of the BROTLI format (Parquet Compression.md, codec id 4;
 * RFC 7932): insert and copy length codes (section 5), block count codes
 * (section 6), literal context lookup (section 7.1) and the static dictionary
 * word sizes and transforms (section 8, Appendix B). Built on first use.
 */

/** Insert length code → base and extra bits (section 5). */
export const INSERT_BASE = Uint32Array.of(0, 1, 2, 3, 4, 5, 6, 8, 10, 14, 18, 26, 34, 50, 66, 98, 130, 194, 322, 578, 1090, 2114, 6210, 22594)
export const INSERT_EXTRA = Uint8Array.of(0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 24)
/** Copy length code → base and extra bits (section 5). */
export const COPY_BASE = Uint32Array.of(2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 18, 22, 30, 38, 54, 70, 102, 134, 198, 326, 582, 1094, 2118)
export const COPY_EXTRA = Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 24)
/** Per 64-symbol cell of the insert-and-copy alphabet: first insert code, first copy code (section 5). */
export const CELL_INSERT = Uint8Array.of(0, 0, 0, 0, 8, 8, 0, 16, 8, 16, 16)
export const CELL_COPY = Uint8Array.of(0, 8, 0, 8, 0, 8, 16, 0, 16, 8, 16)
/** Block count code → base and extra bits (section 6). */
export const BLOCK_COUNT_EXTRA = Uint8Array.of(2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 24)
export const BLOCK_COUNT_BASE = blockCountBase()

function blockCountBase(): Uint32Array {
  const base = new Uint32Array(26)
  base[0] = 1
  for (let i = 1; i < 26; i++) base[i] = base[i - 1]! + (1 << BLOCK_COUNT_EXTRA[i - 1]!)
  return base
}

/** Bits of the word index per word length 0..24 (section 8, NDBITS). */
export const DICT_BITS = Uint8Array.of(0, 0, 0, 0, 10, 10, 11, 11, 10, 10, 10, 10, 10, 9, 9, 8, 7, 7, 8, 7, 7, 6, 6, 5, 5)
/** Size of the static dictionary (Appendix A). */
export const DICT_SIZE = 122_784

/** Offset of the first word of each length in the dictionary (section 8, DOFFSET). */
export function dictionaryOffsets(): Uint32Array {
  const offsets = new Uint32Array(25)
  for (let len = 4; len < 24; len++) offsets[len + 1] = offsets[len]! + len * (1 << DICT_BITS[len]!)
  return offsets
}

/**
 * Literal context lookup (section 7.1) as one 2048-byte table: for mode m
 * (0 LSB6, 1 MSB6, 2 UTF8, 3 signed), context = T[m * 512 + p1] | T[m * 512 + 256 + p2].
 */
export function contextLookup(): Uint8Array {
  const t = new Uint8Array(2048)
  for (let p = 0; p < 256; p++) {
    t[p] = p & 0x3f
    t[512 + p] = p >> 2
    t[1024 + p] = utf8Last(p)
    t[1024 + 256 + p] = utf8SecondLast(p)
    t[1536 + p] = signedClass(p) << 3
    t[1536 + 256 + p] = signedClass(p)
  }
  return t
}

/** Lut2 of section 7.1: the class of a byte read as a signed number. */
function signedClass(p: number): number {
  if (p === 0) return 0
  if (p < 16) return 1
  if (p < 64) return 2
  if (p < 128) return 3
  if (p < 192) return 4
  if (p < 240) return 5
  return p < 255 ? 6 : 7
}

/** Lut0 of section 7.1 (UTF8 mode, last byte). */
function utf8Last(p: number): number {
  if (p >= 128) return (p >= 192 ? 2 : 0) + (p & 1)
  if (p === 9 || p === 10 || p === 13) return 4
  if (p < 32) return 0
  if (p >= 48 && p <= 57) return 44
  if ((p >= 65 && p <= 90) || (p >= 97 && p <= 122)) return (p >= 97 ? 56 : 48) + (isVowel(p | 32) ? 0 : 4)
  return PUNCTUATION[p - 32] ?? 12
}

/** Lut0 for the bytes 0x20..0x40 and the brackets after the letters; anything else there is 12. */
const PUNCTUATION: Record<number, number> = {
  0: 8, 1: 12, 2: 16, 5: 20, 7: 16, 8: 24, 9: 28, 12: 32, 14: 36, 26: 32, 27: 32, 28: 24, 29: 40, 30: 28,
  59: 24, 61: 28, 91: 24, 93: 28, 95: 0,
}

function isVowel(lower: number): boolean {
  return lower === 97 || lower === 101 || lower === 105 || lower === 111 || lower === 117
}

/** Lut1 of section 7.1 (UTF8 mode, second-to-last byte). */
function utf8SecondLast(p: number): number {
  if (p >= 224) return 2 // lead byte of a 3- or 4-byte UTF-8 sequence
  if (p >= 128 || p <= 32) return 0
  if (p >= 48 && p <= 57) return 2
  if (p >= 65 && p <= 90) return 2
  if (p >= 97 && p <= 122) return 3
  return p === 127 ? 0 : 1
}

/** Transform types (section 8). */
export const IDENTITY = 0
export const UPPERCASE_FIRST = 10
export const UPPERCASE_ALL = 11
/** 1..9 omit that many last bytes; 12..20 omit (type - 11) first bytes. */
export const OMIT_FIRST_BASE = 11

/**
 * The 121 transforms of Appendix B as "prefix|type|suffix" triples; types: I
 * identity, F uppercase first, A uppercase all, L<n> omit last n, R<n> omit first n.
 */
const TRANSFORMS =
  '|I|;|I| ; |I| ;|R1|;|F| ;|I| the ; |I|;s |I| ;|I| of ;|F|;|I| and ;|R2|;|L1|;, |I| ;|I|, ; |F| ;|I| in ;' +
  '|I| to ;e |I| ;|I|";|I|.;|I|">;|I|\n;|L3|;|I|];|I| for ;|R3|;|L2|;|I| a ;|I| that ; |F|;|I|. ;.|I|; |I|, ;' +
  '|R4|;|I| with ;|I|\';|I| from ;|I| by ;|R5|;|R6|; the |I|;|L4|;|I|. The ;|A|;|I| on ;|I| as ;|I| is ;|L7|;' +
  '|L1|ing ;|I|\n\t;|I|:; |I|. ;|I|ed ;|R9|;|R7|;|L6|;|I|(;|F|, ;|L8|;|I| at ;|I|ly ; the |I| of ;|L5|;|L9|;' +
  ' |F|, ;|F|";.|I|(;|A| ;|F|">;|I|=";' +
  ' |I|.;.com/|I|; the |I| of the ;|F|\';|I|. This ;|I|,;.|I| ;|F|(;|F|.;|I| not ; |I|=";|I|er ; |A| ;|I|al ;' +
  ' |A|;|I|=\';|A|";|F|. ; |I|(;|I|ful ; |F|. ;|I|ive ;|I|less ;|A|\';|I|est ; |F|.;|A|">; |I|=\';|F|,;|I|ize ;' +
  '|A|.;\u00a0|I|; |I|,;|F|=";|A|=";|I|ous ;|A|, ;|F|=\'; |F|,; |A|="; |A|, ;|A|,;|A|(;|A|. ; |A|.;|A|=\'; |A|. ;' +
  ' |F|="; |A|=\'; |F|=\''

/** One transform: prefix and suffix bytes (UTF-8) and the type. */
export interface Transform {
  prefix: Uint8Array
  type: number
  suffix: Uint8Array
}

/** The 121 transforms of Appendix B, in order. */
export function transforms(): Transform[] {
  const enc = new TextEncoder()
  return TRANSFORMS.split(';').map((t) => {
    const [prefix, kind, suffix] = t.split('|') as [string, string, string]
    const n = Number(kind.slice(1))
    const type = kind === 'I' ? IDENTITY : kind === 'F' ? UPPERCASE_FIRST : kind === 'A' ? UPPERCASE_ALL : kind[0] === 'L' ? n : OMIT_FIRST_BASE + n
    return { prefix: enc.encode(prefix), type, suffix: enc.encode(suffix) }
  })
}
