/**
 * The codec table for Parquet page compression (Parquet Compression.md and
 * parquet.thrift's CompressionCodec enum). Built-in codecs are loaded lazily
 * with dynamic imports, so a bundle only fetches the codecs its files use.
 * Callers may pass their own implementations per call (no global registry).
 */
import { ParquetError, withContext } from '../errors.js'
import { CompressionCodecNames } from '../format/parquet.gen.js'

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

/** The built-in codecs' modules, by CompressionCodec id. */
const loaders: (() => Promise<Codec>)[] = [
  () => import('./uncompressed.js'),
  () => import('./snappy.js'),
  () => import('./gzip.js'),
  () => import('./lzo.js'),
  () => import('./brotli.js'),
  () => import('./lz4.js'),
  () => import('./zstd.js'),
  () => import('./lz4-raw.js'),
]

/** The name of codec id `codec` (parquet.thrift's CompressionCodec), or throws CODEC_UNSUPPORTED. */
export function codecName(codec: number): string {
  // The loaders and the names cover the same ids, 0 to 7.
  const name = loaders[codec] && CompressionCodecNames[codec]
  if (!name) {
    throw new ParquetError('CODEC_UNSUPPORTED', `unknown compression codec id ${codec}, expected 0..${loaders.length - 1}`, { codec })
  }
  return name
}

/** The codec for id `codec`: the caller's override when given, else the built-in one (loaded on first use). */
export async function getCodec(codec: number, custom?: CodecOverrides): Promise<Codec> {
  const name = codecName(codec)
  const override = custom?.[name] ?? custom?.[codec]
  if (override) return override
  try {
    return await loaders[codec]!()
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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PAGE_BYTES
  if (!(Number.isSafeInteger(uncompressedSize) && uncompressedSize >= 0)) {
    throw new ParquetError('PAGE_INVALID', `${name}: expected a non-negative integer uncompressed page size, found ${uncompressedSize}`)
  }
  if (uncompressedSize > maxBytes) {
    throw new ParquetError('LIMIT_EXCEEDED', `${name}: expected an uncompressed page size of at most ${maxBytes} bytes, found ${uncompressedSize}`, { maxBytes })
  }
  if (uncompressedSize === 0 && input.length === 0) return new Uint8Array(0)
  try {
    const out = await (await getCodec(codec, custom)).decompress(input, uncompressedSize)
    if (out.length !== uncompressedSize) {
      throw new ParquetError('CODEC_INVALID', `${name}: expected ${uncompressedSize} uncompressed bytes, found ${out.length}`)
    }
    return out
  } catch (e) {
    throw withContext(e, { codec: name }, 'CODEC_INVALID')
  }
}

/** Compresses one page with codec id `codec`; CODEC_UNSUPPORTED when the codec has no compressor. */
export async function compressPage(codec: number, input: Uint8Array, custom?: CodecOverrides, work?: CompressWork): Promise<Uint8Array> {
  const name = codecName(codec)
  const impl = await getCodec(codec, custom)
  if (!impl.compress) throw new ParquetError('CODEC_UNSUPPORTED', `${name}: no compressor (write with another codec)`, { codec: name })
  return impl.compress(input, work)
}
