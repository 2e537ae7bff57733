/**
 * Encoding one page's values (Encodings.md): the mirror of
 * page/values-decode.ts. Chooses and validates a column's encodings, slices
 * physical values (shapes of encoding/types.ts) without copying, builds
 * dictionaries and encodes values in PLAIN, RLE (BOOLEAN),
 * DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY,
 * BYTE_STREAM_SPLIT or as RLE_DICTIONARY indices.
 */
import { fixedToByteArray } from '../encoding/byte-array.js'
import { encodeByteStreamSplit, encodeByteStreamSplitFixed } from '../encoding/byte-stream-split.js'
import { encodeDeltaInt32, encodeDeltaInt64 } from '../encoding/delta-binary-packed.js'
import { encodeDeltaByteArray } from '../encoding/delta-byte-array.js'
import { encodeDeltaLengthByteArray } from '../encoding/delta-length-byte-array.js'
import * as dict from '../encoding/dictionary-build.js'
import { encodeDictionaryIndices } from '../encoding/dictionary.js'
import {
  encodePlainBoolean, encodePlainByteArray, encodePlainFixed, encodePlainNumeric, encodePlainStrings,
} from '../encoding/plain.js'
import { encodeRleHybridWithLength } from '../encoding/rle-hybrid.js'
import type { ByteArrayColumn, FixedLenColumn } from '../encoding/types.js'
import { encodeUtf8Into } from '../encoding/utf8.js'
import { ParquetError } from '../errors.js'
import * as Encodings from '../format/enum/encoding.gen.js'
import { Encoding, EncodingNames } from '../format/parquet.gen.js'
import type { PhysicalValues } from '../logical/to-js.js'
import type { PhysicalType, SchemaNode } from '../metadata/schema.js'

/** The value encodings the writer can use (Encodings.md). */
export type EncodingName =
  | 'PLAIN' | 'RLE_DICTIONARY' | 'DELTA_BINARY_PACKED' | 'DELTA_LENGTH_BYTE_ARRAY' | 'DELTA_BYTE_ARRAY' | 'BYTE_STREAM_SPLIT' | 'RLE'

type Numeric = Int32Array | BigInt64Array | Float32Array | Float64Array

/** The physical types each value encoding is defined for (Encodings.md). */
const ALLOWED: Record<EncodingName, readonly PhysicalType[]> = {
  PLAIN: ['BOOLEAN', 'INT32', 'INT64', 'INT96', 'FLOAT', 'DOUBLE', 'BYTE_ARRAY', 'FIXED_LEN_BYTE_ARRAY'],
  RLE_DICTIONARY: ['INT32', 'INT64', 'INT96', 'FLOAT', 'DOUBLE', 'BYTE_ARRAY', 'FIXED_LEN_BYTE_ARRAY'],
  DELTA_BINARY_PACKED: ['INT32', 'INT64'],
  DELTA_LENGTH_BYTE_ARRAY: ['BYTE_ARRAY'],
  DELTA_BYTE_ARRAY: ['BYTE_ARRAY', 'FIXED_LEN_BYTE_ARRAY'],
  BYTE_STREAM_SPLIT: ['INT32', 'INT64', 'FLOAT', 'DOUBLE', 'FIXED_LEN_BYTE_ARRAY'],
  RLE: ['BOOLEAN'],
}

export interface EncodingPlan {
  /** Try a dictionary first. */
  dictionary: boolean
  /** RLE_DICTIONARY was requested: keep the dictionary even when PLAIN would be smaller. */
  forced?: boolean
  /** Encoding of pages without (or after outgrowing) the dictionary. */
  fallback: number
}

/**
 * The encodings of a column: `requested` when given (validated against the
 * type), else dictionary first (when `dictionary` is on) falling back to the
 * default: PLAIN for v1 pages; for v2 pages DELTA_BINARY_PACKED for
 * INT32/INT64, DELTA_BYTE_ARRAY for BYTE_ARRAY, RLE for BOOLEAN, else PLAIN.
 */
export function planEncoding(node: SchemaNode, requested: EncodingName | undefined, dictionary: boolean, version: 1 | 2): EncodingPlan {
  const physical = node.physicalType!
  if (requested !== undefined) {
    const allowed = ALLOWED[requested]
    if (!allowed) throw new ParquetError('ARGUMENT_INVALID', `unknown encoding ${String(requested)}`, { column: node.path.join('.') })
    if (!allowed.includes(physical)) {
      throw new ParquetError('ARGUMENT_INVALID', `expected an encoding defined for ${physical} (${encodingsFor(physical)}), found ${requested}`, { column: node.path.join('.') })
    }
    if (requested === 'RLE_DICTIONARY') return { dictionary: true, forced: true, fallback: defaultEncoding(physical, version) }
    return { dictionary: false, fallback: Encoding[requested] }
  }
  return { dictionary: dictionary && physical !== 'BOOLEAN', fallback: defaultEncoding(physical, version) }
}

function encodingsFor(physical: PhysicalType): string {
  return (Object.keys(ALLOWED) as EncodingName[]).filter((e) => ALLOWED[e].includes(physical)).join(', ')
}

function defaultEncoding(physical: PhysicalType, version: 1 | 2): number {
  if (version === 1) return Encodings.PLAIN
  switch (physical) {
    case 'INT32': case 'INT64': return Encodings.DELTA_BINARY_PACKED
    case 'BYTE_ARRAY': return Encodings.DELTA_BYTE_ARRAY
    case 'BOOLEAN': return Encodings.RLE
    default: return Encodings.PLAIN
  }
}

/** Values [start, end) as a view (strings: a copy of the references). */
export function sliceValues(values: PhysicalValues, start: number, end: number): PhysicalValues {
  if (Array.isArray(values)) return values.slice(start, end)
  if ('offsets' in values) return { offsets: (values as ByteArrayColumn).offsets.subarray(start, end + 1), bytes: values.bytes }
  if ('width' in values) {
    const { width, bytes } = values as FixedLenColumn
    return { width, bytes: bytes.subarray(start * width, end * width) }
  }
  return (values as Int32Array).subarray(start, end)
}

/** Number of values. */
export function valueCount(values: PhysicalValues): number {
  if (Array.isArray(values)) return values.length
  if ('offsets' in values) return (values as ByteArrayColumn).offsets.length - 1
  if ('width' in values) return values.width === 0 ? 0 : values.bytes.length / values.width
  return (values as Int32Array).length
}

/** Encodes values with `encoding` (not RLE_DICTIONARY: see encodeIndices). */
export function encodeValues(values: PhysicalValues, encoding: number, physical: PhysicalType): Uint8Array {
  switch (encoding) {
    case Encodings.PLAIN: return encodePlain(values, physical)
    case Encodings.RLE: return encodeRleHybridWithLength(values as Uint8Array, 1)
    case Encodings.DELTA_BINARY_PACKED:
      return physical === 'INT32' ? encodeDeltaInt32(values as Int32Array) : encodeDeltaInt64(values as BigInt64Array)
    case Encodings.DELTA_LENGTH_BYTE_ARRAY: return encodeDeltaLengthByteArray(asByteArray(values))
    case Encodings.DELTA_BYTE_ARRAY: return encodeDeltaByteArray(asByteArray(values))
    case Encodings.BYTE_STREAM_SPLIT:
      return 'width' in values ? encodeByteStreamSplitFixed(values as FixedLenColumn) : encodeByteStreamSplit(values as Numeric)
  }
  throw new ParquetError('ENCODING_UNSUPPORTED', `cannot encode ${physical} values as ${EncodingNames[encoding] ?? encoding}`)
}

/** PLAIN encoding of any physical shape (also the dictionary page's). */
export function encodePlain(values: PhysicalValues, physical: PhysicalType): Uint8Array {
  if (physical === 'BOOLEAN') return encodePlainBoolean(values as Uint8Array)
  if (Array.isArray(values)) return encodePlainStrings(values)
  if ('offsets' in values) return encodePlainByteArray(values as ByteArrayColumn)
  if ('width' in values) return encodePlainFixed(values as FixedLenColumn)
  return encodePlainNumeric(values as Numeric)
}

/** BYTE_ARRAY shapes as a ByteArrayColumn (strings encoded to UTF-8, fixed widths viewed). */
export function asByteArray(values: PhysicalValues): ByteArrayColumn {
  if (Array.isArray(values)) return stringsToByteArray(values as readonly string[])
  if ('width' in values) return fixedToByteArray(values as FixedLenColumn)
  return values as ByteArrayColumn
}

function stringsToByteArray(values: readonly string[]): ByteArrayColumn {
  let cap = 0
  for (let i = 0; i < values.length; i++) cap += 3 * values[i]!.length
  const bytes = new Uint8Array(cap)
  const offsets = new Uint32Array(values.length + 1)
  let p = 0
  for (let i = 0; i < values.length; i++) {
    p += encodeUtf8Into(values[i]!, bytes, p)
    offsets[i + 1] = p
  }
  return { offsets, bytes: bytes.subarray(0, p) }
}

/** Dictionary indices of a data page: bit width byte, then the RLE hybrid. */
export function encodeIndices(indices: Int32Array, dictionarySize: number): Uint8Array {
  return encodeDictionaryIndices(indices, Math.max(1, dictionarySize))
}

export interface BuiltDictionary {
  indices: Int32Array
  dictionary: PhysicalValues
  size: number
}

/** Builds a dictionary of `values` within `maxBytes` (PLAIN size); undefined when it does not fit. */
export function buildDictionary(values: PhysicalValues, physical: PhysicalType, maxBytes: number): BuiltDictionary | undefined {
  const limits = { maxBytes }
  let built: dict.DictionaryBuild<PhysicalValues> | undefined
  if (Array.isArray(values)) built = dict.buildDictionaryStrings(values, limits)
  else if ('offsets' in values) built = dict.buildDictionaryByteArray(values as ByteArrayColumn, limits)
  else if ('width' in values) built = dict.buildDictionaryFixed(values as FixedLenColumn, limits)
  else if (physical === 'INT32') built = dict.buildDictionaryInt32(values as Int32Array, limits)
  else if (physical === 'INT64') built = dict.buildDictionaryInt64(values as BigInt64Array, limits)
  else if (physical === 'FLOAT') built = dict.buildDictionaryFloat(values as Float32Array, limits)
  else if (physical === 'DOUBLE') built = dict.buildDictionaryDouble(values as Float64Array, limits)
  return built && { indices: built.indices, dictionary: built.dictionary, size: valueCount(built.dictionary) }
}
