/** Type declarations for the untyped codec libraries this folder uses. */
declare module 'snappyjs' {
  export function compress(input: Uint8Array): Uint8Array
  export function uncompress(input: Uint8Array, maxLength?: number): Uint8Array
}

declare module 'lz4js' {
  export function compress(input: Uint8Array, maxSize?: number): Uint8Array
  export function decompress(input: Uint8Array, maxSize?: number): Uint8Array
  export function decompressBlock(src: Uint8Array, dst: Uint8Array, sIndex: number, sLength: number, dIndex: number): number
  export function compressBlock(src: Uint8Array, dst: Uint8Array, sIndex: number, sLength: number, hashTable: Uint32Array): number
}

/** brotli@1.3.3 ships the RFC 7932 static dictionary as base64 of a Brotli stream (CommonJS: module.exports = string). */
declare module 'brotli/dec/dictionary.bin.js' {
  const base64: string
  export default base64
}
