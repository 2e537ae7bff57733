/**
 * The explicit read cursor shared by every decoder: a byte view and an offset
 * that the decoder advances. Decoders never slice; they read through the view.
 */

export interface Cursor {
  /** The bytes being read. */
  bytes: Uint8Array
  /** A DataView over exactly the same bytes as `bytes`. */
  view: DataView
  /** The next byte to read, relative to `bytes`. */
  offset: number
}

/** Makes a cursor over `bytes`, starting at `offset`. */
export function makeCursor(bytes: Uint8Array, offset = 0): Cursor {
  return { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset }
}
