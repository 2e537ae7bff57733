/**
 * Writes src/compression/brotli-dictionary.gen.ts: the RFC 7932 static
 * dictionary (Appendix A, 122,784 bytes) as base64 of a Brotli stream, in an
 * ES module the reader imports. The dictionary bytes are taken from the
 * `brotli` package (a dev dependency: it ships them as base64 of a Brotli
 * stream in a CommonJS file, which bundlers wrap in interop helpers), decoded
 * with Node's zlib, every byte flipped (XOR 0x80) and compressed again with
 * Node's zlib (quality 11). The flip keeps the encoder from referring to the
 * static dictionary itself (a stream that needs the dictionary cannot build
 * it); the reader flips the bytes back. The tests check the decoded bytes
 * against the dictionary's SHA-256.
 *
 * Usage: npx tsx test/compression/make-brotli-dictionary.mts
 */
import { writeFileSync } from 'node:fs'
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib'
import packaged from 'brotli/dec/dictionary.bin.js'

const dictionary = brotliDecompressSync(Buffer.from(packaged, 'base64'))
if (dictionary.length !== 122_784) throw new Error(`expected 122784 dictionary bytes, found ${dictionary.length}`)
const flipped = dictionary.map((b) => b ^ 0x80)
const stream = brotliCompressSync(flipped, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 17, [constants.BROTLI_PARAM_SIZE_HINT]: dictionary.length },
})
const base64 = stream.toString('base64')
const lines = base64.match(/.{1,100}/g)!.join('\n')
writeFileSync(
  new URL('../../src/compression/brotli-dictionary.gen.ts', import.meta.url),
  `// generated — do not edit. Source: the RFC 7932 static dictionary; regenerate with npx tsx test/compression/make-brotli-dictionary.mts
/**
 * The BROTLI static dictionary (RFC 7932 Appendix A: 122,784 bytes of words)
 * as base64 of a Brotli stream of ${stream.length} bytes (line breaks are ignored by atob), with
 * every byte flipped (XOR 0x80) so that the stream never refers to the static dictionary.
 */
export const DICTIONARY_BROTLI_BASE64 = \`
${lines}
\`
`,
)
console.log(`dictionary ${dictionary.length} B -> brotli ${stream.length} B -> base64 ${base64.length} chars`)
