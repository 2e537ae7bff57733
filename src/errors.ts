/**
 * ParquetError: the one error type every bad input ends in.
 *
 * Each error carries a stable `code` (for programs) and a context (for people
 * and logs): where in the file, which column, row group and page. Messages
 * say what was expected and what was found.
 */

/** Stable error codes. New codes may be added; existing ones keep their meaning. */
export type ParquetErrorCode =
  | 'NOT_PARQUET' // magic bytes missing or file too small
  | 'FOOTER_TOO_LARGE' // declared footer length exceeds the file
  | 'ENCRYPTED_FOOTER' // PARE magic: the footer is encrypted
  | 'ENCRYPTED_COLUMN' // column chunk is encrypted and no key was supplied
  | 'DECRYPTION_FAILED' // an encrypted module or footer signature does not authenticate (wrong key or AAD prefix, altered bytes)
  | 'THRIFT_EOF' // thrift data ended early
  | 'THRIFT_INVALID' // bad wire type, varint, or field header
  | 'THRIFT_LIMIT' // container size, string length or nesting over the bound
  | 'THRIFT_MISSING_FIELD' // a required field is absent
  | 'THRIFT_INT64_RANGE' // an i64 outside the safe integer range where a number is expected
  | 'SCHEMA_INVALID' // schema elements do not form a valid tree
  | 'METADATA_INVALID' // row groups / column chunks inconsistent with the schema or file
  | 'PAGE_INVALID' // a page header or page body is malformed
  | 'PAGE_CHECKSUM' // page CRC32 mismatch
  | 'CODEC_UNSUPPORTED' // compression codec not available
  | 'CODEC_INVALID' // compressed data is corrupt
  | 'ENCODING_UNSUPPORTED' // encoding not implemented for this type
  | 'ENCODING_INVALID' // encoded data is corrupt
  | 'LEVELS_INVALID' // repetition/definition levels inconsistent
  | 'TYPE_INVALID' // value does not fit its declared type
  | 'LIMIT_EXCEEDED' // a declared size is over the configured memory bound
  | 'IO_ERROR' // reading the byte source failed
  | 'HTTP_ERROR' // remote server answered with an error status
  | 'ABORTED' // the caller's AbortSignal fired
  | 'ARGUMENT_INVALID' // the caller passed a bad option or value
  | 'WRITE_FAILED' // writing failed; partial output was removed

/** Where an error happened. Every field is optional: fill in what is known. */
export interface ParquetErrorContext {
  /** Byte offset in the file. */
  offset?: number
  /** Dotted column path, e.g. `a.list.element`. */
  column?: string
  /** Row group index. */
  rowGroup?: number
  /** Page index within the column chunk. */
  page?: number
  /** The source (file name or URL) when known. */
  source?: string
  /** Anything else worth knowing. */
  [key: string]: unknown
}

/** The error every bad input ends in: a stable `code`, a `context`, and a message that ends with the context. */
export class ParquetError extends Error {
  override readonly name = 'ParquetError'

  constructor(
    readonly code: ParquetErrorCode,
    message: string,
    readonly context: ParquetErrorContext = {},
    options?: { cause?: unknown },
  ) {
    const parts = Object.entries(context).flatMap(([key, value]) => (value === undefined ? [] : `${key} ${String(value)}`))
    super(parts[0] ? `${message} (${parts.join(', ')})` : message, options)
  }
}

/** True when `e` is a ParquetError (also across bundle copies). */
export function isParquetError(e: unknown): e is ParquetError {
  return e instanceof Error && e.name === 'ParquetError' && typeof (e as ParquetError).code === 'string'
}

/**
 * Adds context to a ParquetError raised deeper down (keeping fields already
 * set), or wraps any other error as `fallbackCode`. Returns the error to throw.
 */
export function withContext(e: unknown, context: ParquetErrorContext, fallbackCode: ParquetErrorCode = 'IO_ERROR'): ParquetError {
  if (!isParquetError(e)) return new ParquetError(fallbackCode, e instanceof Error ? e.message : String(e), context, { cause: e })
  const err = new ParquetError(e.code, e.message.replace(/ \([^()]*\)$/, ''), { ...context, ...e.context }, { cause: e.cause })
  err.stack = e.stack
  return err
}

/** Throws ParquetError('ABORTED') when the signal has fired. */
export function checkAborted(signal: AbortSignal | undefined, name?: string): void {
  if (signal?.aborted) throw new ParquetError('ABORTED', 'read aborted by the caller', { source: name })
}

/** Validates a requested range against a known length. */
export function checkRange(start: number, end: number, byteLength: number | undefined, name: string): void {
  if (!(Number.isSafeInteger(start) && Number.isSafeInteger(end) && start >= 0 && start <= end && end <= (byteLength ?? end))) {
    throw new ParquetError(
      'IO_ERROR',
      `expected a byte range within [0, ${byteLength ?? 'unknown'}), found [${start}, ${end})`,
      { source: name, offset: start },
    )
  }
}
