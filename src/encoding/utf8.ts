/**
 * UTF-8 text for BYTE_ARRAY values (the STRING logical type): a hand-written
 * ASCII fast path for short values, TextDecoder for the rest. Invalid UTF-8
 * decodes to U+FFFD replacement characters, as TextDecoder does by default;
 * a leading U+FEFF is a character of the value, not a byte order mark.
 */

let decoder: TextDecoder | undefined
let encoder: TextEncoder | undefined

/** Values up to this many bytes try the ASCII path first. */
const ASCII_PATH_MAX = 24

/** Decodes `bytes[start..end)` as UTF-8. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  const n = end - start
  if (n === 0) return ''
  if (n <= ASCII_PATH_MAX) {
    const s = asciiString(bytes, start, end)
    if (s !== undefined) return s
  }
  decoder ??= new TextDecoder('utf-8', { ignoreBOM: true })
  return decoder.decode(bytes.subarray(start, end))
}

/** Longest run decoded as one string by {@link asciiRun} (well under V8's string length limit). */
const ASCII_RUN_MAX = 1 << 26

/**
 * `bytes[start..end)` as one string when every byte is below 0x80 (so byte
 * offsets are string offsets and values can be sliced out of it), else undefined.
 */
export function asciiRun(bytes: Uint8Array, start: number, end: number): string | undefined {
  if (end - start > ASCII_RUN_MAX) return undefined
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return undefined
  return decodeUtf8(bytes, start, end)
}

function asciiString(bytes: Uint8Array, start: number, end: number): string | undefined {
  let s = ''
  for (let i = start; i < end; i++) {
    const b = bytes[i]!
    if (b >= 0x80) return undefined
    s += String.fromCharCode(b)
  }
  return s
}

/** Encodes `s` as UTF-8 (a fresh array). */
export function encodeUtf8(s: string): Uint8Array {
  encoder ??= new TextEncoder()
  return encoder.encode(s)
}

/** Writes `s` as UTF-8 into `out` from `pos` (room for 3 bytes per UTF-16 unit needed); returns bytes written. */
export function encodeUtf8Into(s: string, out: Uint8Array, pos: number): number {
  const n = s.length
  let p = pos
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0x80) {
      encoder ??= new TextEncoder()
      return p - pos + encoder.encodeInto(s.slice(i), out.subarray(p)).written
    }
    out[p++] = c
  }
  return n
}
