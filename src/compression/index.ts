/**
 * The codec table for Parquet page compression (Parquet Compression.md and
 * parquet.thrift's CompressionCodec enum). Built-in codecs are loaded lazily
 * with dynamic imports, so a bundle only fetches the codecs its files use.
 * Callers may pass their own implementations per call (no global registry).
 */
import { ParquetError, withContext } from '../errors.js'

/** Codec names by CompressionCodec id. */
export const CODEC_NAMES = ['UNCOMPRESSED', 'SNAPPY', 'GZIP', 'LZO', 'BROTLI', 'LZ4', 'ZSTD', 'LZ4_RAW'] as const

export type CodecName = (typeof CODEC_NAMES)[number]

/** A page codec. `compress` is absent for codecs only read (LZO, LZ4). */
export interface Codec {
  /** Inflates one page to exactly `uncompressedSize` bytes. */
  decompress(input: Uint8Array, uncompressedSize: number): Uint8Array | Promise<Uint8Array>
  /**
   * Compresses one page. `work` holds buffers the caller reuses across its
   * pages; a codec may keep its output there and return a view into
   * `work.out` (valid until the next call with the same `work`).
   */
  compress?(input: Uint8Array, work?: CompressWork): Uint8Array | Promise<Uint8Array>
}

/** Buffers a compressor may keep and reuse from one page to the next (see Codec.compress); a custom codec may ignore them. */
export interface CompressWork {
  /** An output buffer the compressor may write into (its result may then be a view of it). */
  out?: Uint8Array
  /** A hash table the compressor may reuse. */
  table?: Int32Array
}

/** User implementations, keyed by codec name (e.g. `ZSTD`) or id (e.g. `6`). */
export type CodecOverrides = { [codec: string | number]: Codec | undefined }

export interface DecompressOptions {
  /** Largest uncompressed page accepted, in bytes (default 1 GiB). */
  maxBytes?: number
}

export const DEFAULT_MAX_PAGE_BYTES = 2 ** 30

type CodecModule = Codec

const loaders: Record<CodecName, () => Promise<CodecModule>> = {
  UNCOMPRESSED: () => import('./uncompressed.js'),
  SNAPPY: () => import('./snappy.js'),
  GZIP: () => import('./gzip.js'),
  LZO: () => import('./lzo.js'),
  BROTLI: () => import('./brotli.js'),
  LZ4: () => import('./lz4.js'),
  ZSTD: () => import('./zstd.js'),
  LZ4_RAW: () => import('./lz4-raw.js'),
}

/** The name of codec id `codec`, or throws CODEC_UNSUPPORTED. */
export function codecName(codec: number): CodecName {
  const name = Number.isInteger(codec) ? CODEC_NAMES[codec] : undefined
  if (name === undefined) {
    throw new ParquetError('CODEC_UNSUPPORTED', `unknown compression codec id ${codec}, expected 0..${CODEC_NAMES.length - 1}`, { codec })
  }
  return name
}

/** The codec for id `codec`: the caller's override when given, else the built-in one (loaded on first use). */
export async function getCodec(codec: number, custom?: CodecOverrides): Promise<Codec> {
  const name = codecName(codec)
  const override = custom?.[name] ?? custom?.[codec]
  if (override) return override
  try {
    return await loaders[name]()
  } catch (e) {
    throw withContext(e, { codec: name }, 'CODEC_UNSUPPORTED')
  }
}

/**
 * Decompresses one page. Empty input with size 0 returns an empty array
 * without calling the codec; sizes over `options.maxBytes` throw
 * LIMIT_EXCEEDED before anything is allocated.
 */
export async function decompressPage(
  codec: number,
  input: Uint8Array,
  uncompressedSize: number,
  custom?: CodecOverrides,
  options: DecompressOptions = {},
): Promise<Uint8Array> {
  const name = codecName(codec)
  checkPageSize(name, uncompressedSize, options.maxBytes ?? DEFAULT_MAX_PAGE_BYTES)
  if (uncompressedSize === 0 && input.length === 0) return new Uint8Array(0)
  const impl = await getCodec(codec, custom)
  try {
    const out = await impl.decompress(input, uncompressedSize)
    if (out.length !== uncompressedSize) {
      throw new ParquetError('CODEC_INVALID', `${name}: expected ${uncompressedSize} uncompressed bytes, found ${out.length}`)
    }
    return out
  } catch (e) {
    throw withContext(e, { codec: name }, 'CODEC_INVALID')
  }
}

function checkPageSize(name: CodecName, size: number, maxBytes: number): void {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new ParquetError('PAGE_INVALID', `${name}: uncompressed page size must be a non-negative integer, found ${size}`)
  }
  if (size > maxBytes) {
    throw new ParquetError('LIMIT_EXCEEDED', `${name}: uncompressed page size ${size} is over the limit of ${maxBytes} bytes`, { maxBytes })
  }
}

/** Compresses one page with codec id `codec`; CODEC_UNSUPPORTED when the codec has no compressor. */
export async function compressPage(codec: number, input: Uint8Array, custom?: CodecOverrides, work?: CompressWork): Promise<Uint8Array> {
  const name = codecName(codec)
  const impl = await getCodec(codec, custom)
  if (!impl.compress) throw new ParquetError('CODEC_UNSUPPORTED', `${name}: no compressor (write with another codec)`, { codec: name })
  return impl.compress(input, work)
}
