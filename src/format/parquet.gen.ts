// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Parquet metadata structures (Thrift IDL thrift/parquet.thrift) with typed
 * compact-protocol decoders (readX: a descriptor per struct, read by
 * readStruct) and encoders (writeX).
 */
import type { Cursor } from '../cursor.js'
import { CT_BINARY, CT_BOOL_TRUE, CT_BYTE, CT_DOUBLE, CT_I16, CT_I32, CT_I64, CT_LIST, CT_STRUCT } from '../thrift/compact-read.js'
import { readStruct, type StructDesc } from '../thrift/struct-read.js'
import type { CompactWriter } from '../thrift/compact-write.js'
import { missingOnWrite, writeBinary, writeBoolElement, writeBoolField, writeDouble, writeFieldHeader, writeI32, writeI64, writeI8, writeListHeader, writeStop, writeString } from '../thrift/compact-write.js'

/** Physical (storage) types. */
export const Type = {
  BOOLEAN: 0,
  INT32: 1,
  INT64: 2,
  /** legacy timestamps, deprecated */
  INT96: 3,
  FLOAT: 4,
  DOUBLE: 5,
  BYTE_ARRAY: 6,
  FIXED_LEN_BYTE_ARRAY: 7,
} as const
/** A Type value; numbers this IDL does not name are kept as they are. */
export type Type = number
/** Type value → name, for printing. */
export const TypeNames: Readonly<Record<number, string>> = {
  0: 'BOOLEAN',
  1: 'INT32',
  2: 'INT64',
  3: 'INT96',
  4: 'FLOAT',
  5: 'DOUBLE',
  6: 'BYTE_ARRAY',
  7: 'FIXED_LEN_BYTE_ARRAY',
}

/** Legacy annotations, superseded by LogicalType (never extended any more). */
export const ConvertedType = {
  UTF8: 0,
  MAP: 1,
  MAP_KEY_VALUE: 2,
  LIST: 3,
  ENUM: 4,
  DECIMAL: 5,
  DATE: 6,
  TIME_MILLIS: 7,
  TIME_MICROS: 8,
  TIMESTAMP_MILLIS: 9,
  TIMESTAMP_MICROS: 10,
  UINT_8: 11,
  UINT_16: 12,
  UINT_32: 13,
  UINT_64: 14,
  INT_8: 15,
  INT_16: 16,
  INT_32: 17,
  INT_64: 18,
  JSON: 19,
  BSON: 20,
  INTERVAL: 21,
} as const
/** A ConvertedType value; numbers this IDL does not name are kept as they are. */
export type ConvertedType = number
/** ConvertedType value → name, for printing. */
export const ConvertedTypeNames: Readonly<Record<number, string>> = {
  0: 'UTF8',
  1: 'MAP',
  2: 'MAP_KEY_VALUE',
  3: 'LIST',
  4: 'ENUM',
  5: 'DECIMAL',
  6: 'DATE',
  7: 'TIME_MILLIS',
  8: 'TIME_MICROS',
  9: 'TIMESTAMP_MILLIS',
  10: 'TIMESTAMP_MICROS',
  11: 'UINT_8',
  12: 'UINT_16',
  13: 'UINT_32',
  14: 'UINT_64',
  15: 'INT_8',
  16: 'INT_16',
  17: 'INT_32',
  18: 'INT_64',
  19: 'JSON',
  20: 'BSON',
  21: 'INTERVAL',
}

/** How often a schema node occurs in its parent. */
export const FieldRepetitionType = {
  REQUIRED: 0,
  OPTIONAL: 1,
  REPEATED: 2,
  /** fixed number of slots, see SchemaElement.vector_length */
  VECTOR: 3,
} as const
/** A FieldRepetitionType value; numbers this IDL does not name are kept as they are. */
export type FieldRepetitionType = number
/** FieldRepetitionType value → name, for printing. */
export const FieldRepetitionTypeNames: Readonly<Record<number, string>> = {
  0: 'REQUIRED',
  1: 'OPTIONAL',
  2: 'REPEATED',
  3: 'VECTOR',
}

/** Interpolation of edges between the vertices of a GEOGRAPHY value. */
export const EdgeInterpolationAlgorithm = {
  SPHERICAL: 0,
  VINCENTY: 1,
  THOMAS: 2,
  ANDOYER: 3,
  KARNEY: 4,
} as const
/** A EdgeInterpolationAlgorithm value; numbers this IDL does not name are kept as they are. */
export type EdgeInterpolationAlgorithm = number
/** EdgeInterpolationAlgorithm value → name, for printing. */
export const EdgeInterpolationAlgorithmNames: Readonly<Record<number, string>> = {
  0: 'SPHERICAL',
  1: 'VINCENTY',
  2: 'THOMAS',
  3: 'ANDOYER',
  4: 'KARNEY',
}

/** Value and level encodings (id 1 was GROUP_VAR_INT, never used). */
export const Encoding = {
  PLAIN: 0,
  /** deprecated spelling of dictionary encoding */
  PLAIN_DICTIONARY: 2,
  RLE: 3,
  /** deprecated */
  BIT_PACKED: 4,
  DELTA_BINARY_PACKED: 5,
  DELTA_LENGTH_BYTE_ARRAY: 6,
  DELTA_BYTE_ARRAY: 7,
  RLE_DICTIONARY: 8,
  BYTE_STREAM_SPLIT: 9,
  /** adaptive lossless floating point */
  ALP: 10,
} as const
/** A Encoding value; numbers this IDL does not name are kept as they are. */
export type Encoding = number
/** Encoding value → name, for printing. */
export const EncodingNames: Readonly<Record<number, string>> = {
  0: 'PLAIN',
  2: 'PLAIN_DICTIONARY',
  3: 'RLE',
  4: 'BIT_PACKED',
  5: 'DELTA_BINARY_PACKED',
  6: 'DELTA_LENGTH_BYTE_ARRAY',
  7: 'DELTA_BYTE_ARRAY',
  8: 'RLE_DICTIONARY',
  9: 'BYTE_STREAM_SPLIT',
  10: 'ALP',
}

/** Page compression codecs. */
export const CompressionCodec = {
  UNCOMPRESSED: 0,
  SNAPPY: 1,
  GZIP: 2,
  LZO: 3,
  BROTLI: 4,
  /** deprecated Hadoop-framed LZ4 */
  LZ4: 5,
  ZSTD: 6,
  LZ4_RAW: 7,
} as const
/** A CompressionCodec value; numbers this IDL does not name are kept as they are. */
export type CompressionCodec = number
/** CompressionCodec value → name, for printing. */
export const CompressionCodecNames: Readonly<Record<number, string>> = {
  0: 'UNCOMPRESSED',
  1: 'SNAPPY',
  2: 'GZIP',
  3: 'LZO',
  4: 'BROTLI',
  5: 'LZ4',
  6: 'ZSTD',
  7: 'LZ4_RAW',
}

export const PageType = {
  DATA_PAGE: 0,
  INDEX_PAGE: 1,
  DICTIONARY_PAGE: 2,
  DATA_PAGE_V2: 3,
} as const
/** A PageType value; numbers this IDL does not name are kept as they are. */
export type PageType = number
/** PageType value → name, for printing. */
export const PageTypeNames: Readonly<Record<number, string>> = {
  0: 'DATA_PAGE',
  1: 'INDEX_PAGE',
  2: 'DICTIONARY_PAGE',
  3: 'DATA_PAGE_V2',
}

/** Whether the page min/max lists of a ColumnIndex are sorted. */
export const BoundaryOrder = {
  UNORDERED: 0,
  ASCENDING: 1,
  DESCENDING: 2,
} as const
/** A BoundaryOrder value; numbers this IDL does not name are kept as they are. */
export type BoundaryOrder = number
/** BoundaryOrder value → name, for printing. */
export const BoundaryOrderNames: Readonly<Record<number, string>> = {
  0: 'UNORDERED',
  1: 'ASCENDING',
  2: 'DESCENDING',
}

/** Sizes and level histograms that help estimate decoded size. */
export interface SizeStatistics {
  unencoded_byte_array_data_bytes?: number
  repetition_level_histogram?: number[]
  definition_level_histogram?: number[]
}

/** Extent of geospatial values per axis (x, y, optional z and m). */
export interface BoundingBox {
  xmin: number
  xmax: number
  ymin: number
  ymax: number
  zmin?: number
  zmax?: number
  mmin?: number
  mmax?: number
}

/** Statistics for GEOMETRY and GEOGRAPHY columns. */
export interface GeospatialStatistics {
  bbox?: BoundingBox
  /** WKB type codes, empty if unknown */
  geospatial_types?: number[]
}

/** Column chunk or page statistics; min/max are PLAIN-encoded without length. */
export interface Statistics {
  /** deprecated: signed order only */
  max?: Uint8Array
  /** deprecated: signed order only */
  min?: Uint8Array
  null_count?: number
  distinct_count?: number
  /** ordered by the ColumnOrder */
  max_value?: Uint8Array
  min_value?: Uint8Array
  is_max_value_exact?: boolean
  is_min_value_exact?: boolean
  nan_count?: number
}

export interface StringType {}

export interface UUIDType {}

export interface MapType {}

export interface ListType {}

export interface VectorType {}

export interface EnumType {}

export interface DateType {}

export interface Float16Type {}

export interface NullType {}

export interface DecimalType {
  scale: number
  precision: number
}

export interface MilliSeconds {}

export interface MicroSeconds {}

export interface NanoSeconds {}

/** A Thrift union: at most one member is set. */
export interface TimeUnit {
  MILLIS?: MilliSeconds
  MICROS?: MicroSeconds
  NANOS?: NanoSeconds
  /** Field id of a member this IDL does not know (its value was skipped). */
  unknown?: number
}

export interface TimestampType {
  isAdjustedToUTC: boolean
  unit: TimeUnit
}

export interface TimeType {
  isAdjustedToUTC: boolean
  unit: TimeUnit
}

export interface IntType {
  /** 8, 16, 32 or 64 */
  bitWidth: number
  isSigned: boolean
}

export interface JsonType {}

export interface BsonType {}

export interface VariantType {
  specification_version?: number
}

export interface GeometryType {
  /** default OGC:CRS84 */
  crs?: string
}

export interface GeographyType {
  /** default OGC:CRS84 */
  crs?: string
  /** default SPHERICAL */
  algorithm?: EdgeInterpolationAlgorithm
}

/** The logical type annotation of a schema node (id 9 is reserved). */
export interface LogicalType {
  STRING?: StringType
  MAP?: MapType
  LIST?: ListType
  ENUM?: EnumType
  DECIMAL?: DecimalType
  DATE?: DateType
  TIME?: TimeType
  TIMESTAMP?: TimestampType
  INTEGER?: IntType
  UNKNOWN?: NullType
  JSON?: JsonType
  BSON?: BsonType
  UUID?: UUIDType
  FLOAT16?: Float16Type
  VARIANT?: VariantType
  GEOMETRY?: GeometryType
  GEOGRAPHY?: GeographyType
  VECTOR?: VectorType
  /** Field id of a member this IDL does not know (its value was skipped). */
  unknown?: number
}

/** One node of the schema tree, listed depth first; groups have num_children. */
export interface SchemaElement {
  type?: Type
  type_length?: number
  repetition_type?: FieldRepetitionType
  name: string
  num_children?: number
  converted_type?: ConvertedType
  scale?: number
  precision?: number
  field_id?: number
  logicalType?: LogicalType
  vector_length?: number
}

export interface DataPageHeader {
  /** nulls included */
  num_values: number
  encoding: Encoding
  definition_level_encoding: Encoding
  repetition_level_encoding: Encoding
  statistics?: Statistics
}

export interface IndexPageHeader {}

export interface DictionaryPageHeader {
  num_values: number
  encoding: Encoding
  is_sorted?: boolean
}

/** V2 data page: levels are stored uncompressed before the values. */
export interface DataPageHeaderV2 {
  num_values: number
  num_nulls: number
  num_rows: number
  encoding: Encoding
  definition_levels_byte_length: number
  repetition_levels_byte_length: number
  /** (default true) */
  is_compressed?: boolean
  statistics?: Statistics
}

export interface SplitBlockAlgorithm {}

/** A Thrift union: at most one member is set. */
export interface BloomFilterAlgorithm {
  BLOCK?: SplitBlockAlgorithm
  /** Field id of a member this IDL does not know (its value was skipped). */
  unknown?: number
}

export interface XxHash {}

/** A Thrift union: at most one member is set. */
export interface BloomFilterHash {
  XXHASH?: XxHash
  /** Field id of a member this IDL does not know (its value was skipped). */
  unknown?: number
}

export interface Uncompressed {}

/** A Thrift union: at most one member is set. */
export interface BloomFilterCompression {
  UNCOMPRESSED?: Uncompressed
  /** Field id of a member this IDL does not know (its value was skipped). */
  unknown?: number
}

/** Precedes the bitset of a column chunk's bloom filter. */
export interface BloomFilterHeader {
  numBytes: number
  algorithm: BloomFilterAlgorithm
  hash: BloomFilterHash
  compression: BloomFilterCompression
}

/** Header in front of every page; exactly one *_header matches `type`. */
export interface PageHeader {
  type: PageType
  uncompressed_page_size: number
  compressed_page_size: number
  /** CRC-32 of the page bytes after the header */
  crc?: number
  data_page_header?: DataPageHeader
  index_page_header?: IndexPageHeader
  dictionary_page_header?: DictionaryPageHeader
  data_page_header_v2?: DataPageHeaderV2
}

export interface KeyValue {
  key: string
  value?: string
}

export interface SortingColumn {
  column_idx: number
  descending: boolean
  nulls_first: boolean
}

/** How many pages of one type used one encoding. */
export interface PageEncodingStats {
  page_type: PageType
  encoding: Encoding
  count: number
}

export interface ColumnMetaData {
  type: Type
  encodings: Encoding[]
  path_in_schema: string[]
  codec: CompressionCodec
  num_values: number
  /** headers included */
  total_uncompressed_size: number
  /** headers included */
  total_compressed_size: number
  key_value_metadata?: KeyValue[]
  data_page_offset: number
  index_page_offset?: number
  dictionary_page_offset?: number
  statistics?: Statistics
  encoding_stats?: PageEncodingStats[]
  bloom_filter_offset?: number
  bloom_filter_length?: number
  size_statistics?: SizeStatistics
  geospatial_statistics?: GeospatialStatistics
}

export interface EncryptionWithFooterKey {}

export interface EncryptionWithColumnKey {
  path_in_schema: string[]
  key_metadata?: Uint8Array
}

/** A Thrift union: at most one member is set. */
export interface ColumnCryptoMetaData {
  ENCRYPTION_WITH_FOOTER_KEY?: EncryptionWithFooterKey
  ENCRYPTION_WITH_COLUMN_KEY?: EncryptionWithColumnKey
  /** Field id of a member this IDL does not know (its value was skipped). */
  unknown?: number
}

export interface ColumnChunk {
  /** only used by summary files */
  file_path?: string
  /** deprecated (default 0) */
  file_offset: number
  /** written by every real writer */
  meta_data?: ColumnMetaData
  offset_index_offset?: number
  offset_index_length?: number
  column_index_offset?: number
  column_index_length?: number
  crypto_metadata?: ColumnCryptoMetaData
  encrypted_column_metadata?: Uint8Array
}

export interface RowGroup {
  /** same order as the schema leaves */
  columns: ColumnChunk[]
  total_byte_size: number
  num_rows: number
  sorting_columns?: SortingColumn[]
  file_offset?: number
  total_compressed_size?: number
  ordinal?: number
}

export interface TypeDefinedOrder {}

export interface IEEE754TotalOrder {}

export interface Int96TimestampOrder {}

/** The order in which min/max statistics of a leaf column were computed. */
export interface ColumnOrder {
  TYPE_ORDER?: TypeDefinedOrder
  IEEE_754_TOTAL_ORDER?: IEEE754TotalOrder
  INT96_TIMESTAMP_ORDER?: Int96TimestampOrder
  /** Field id of a member this IDL does not know (its value was skipped). */
  unknown?: number
}

export interface PageLocation {
  offset: number
  /** header included */
  compressed_page_size: number
  first_row_index: number
}

export interface OffsetIndex {
  page_locations: PageLocation[]
  unencoded_byte_array_data_bytes?: number[]
}

export interface ColumnIndex {
  null_pages: boolean[]
  min_values: Uint8Array[]
  max_values: Uint8Array[]
  boundary_order: BoundaryOrder
  null_counts?: number[]
  repetition_level_histograms?: number[]
  definition_level_histograms?: number[]
  nan_counts?: number[]
}

export interface AesGcmV1 {
  aad_prefix?: Uint8Array
  aad_file_unique?: Uint8Array
  supply_aad_prefix?: boolean
}

export interface AesGcmCtrV1 {
  aad_prefix?: Uint8Array
  aad_file_unique?: Uint8Array
  supply_aad_prefix?: boolean
}

/** A Thrift union: at most one member is set. */
export interface EncryptionAlgorithm {
  AES_GCM_V1?: AesGcmV1
  AES_GCM_CTR_V1?: AesGcmCtrV1
  /** Field id of a member this IDL does not know (its value was skipped). */
  unknown?: number
}

/** The footer: schema, row groups and file-level metadata. */
export interface FileMetaData {
  version: number
  /** schema[0] is the root */
  schema: SchemaElement[]
  num_rows: number
  row_groups: RowGroup[]
  key_value_metadata?: KeyValue[]
  created_by?: string
  /** one per leaf column */
  column_orders?: ColumnOrder[]
  /** plaintext-footer encryption only */
  encryption_algorithm?: EncryptionAlgorithm
  footer_signing_key_metadata?: Uint8Array
}

/** Stored before the encrypted footer of a PARE file. */
export interface FileCryptoMetaData {
  encryption_algorithm: EncryptionAlgorithm
  key_metadata?: Uint8Array
}

/** The descriptor shared by every struct without fields. */
const Empty$: StructDesc = ['', [], []]

const SizeStatistics$: StructDesc = ['', [], [,
  [6, (v, x) => (v.unencoded_byte_array_data_bytes = x)],
  [105, (v, x) => (v.repetition_level_histogram = x)],
  [105, (v, x) => (v.definition_level_histogram = x)],
]]

const BoundingBox$: StructDesc = ['BoundingBox', ['xmin', 'xmax', 'ymin', 'ymax'], [,
  [519, (v, x) => (v.xmin = x)],
  [1031, (v, x) => (v.xmax = x)],
  [2055, (v, x) => (v.ymin = x)],
  [4103, (v, x) => (v.ymax = x)],
  [7, (v, x) => (v.zmin = x)],
  [7, (v, x) => (v.zmax = x)],
  [7, (v, x) => (v.mmin = x)],
  [7, (v, x) => (v.mmax = x)],
]]

const GeospatialStatistics$: StructDesc = ['', [], [,
  [12, (v, x) => (v.bbox = x), BoundingBox$],
  [89, (v, x) => (v.geospatial_types = x)],
]]

const Statistics$: StructDesc = ['', [], [,
  [8, (v, x) => (v.max = x)],
  [8, (v, x) => (v.min = x)],
  [6, (v, x) => (v.null_count = x)],
  [6, (v, x) => (v.distinct_count = x)],
  [8, (v, x) => (v.max_value = x)],
  [8, (v, x) => (v.min_value = x)],
  [1, (v, x) => (v.is_max_value_exact = x)],
  [1, (v, x) => (v.is_min_value_exact = x)],
  [6, (v, x) => (v.nan_count = x)],
]]

const DecimalType$: StructDesc = ['DecimalType', ['scale', 'precision'], [,
  [517, (v, x) => (v.scale = x)],
  [1029, (v, x) => (v.precision = x)],
]]

const TimeUnit$: StructDesc = ['', [], [,
  [12, (v, x) => (v.MILLIS = x), Empty$],
  [12, (v, x) => (v.MICROS = x), Empty$],
  [12, (v, x) => (v.NANOS = x), Empty$],
], 1]

const TimestampType$: StructDesc = ['TimestampType', ['isAdjustedToUTC', 'unit'], [,
  [513, (v, x) => (v.isAdjustedToUTC = x)],
  [1036, (v, x) => (v.unit = x), TimeUnit$],
]]

const TimeType$: StructDesc = ['TimeType', ['isAdjustedToUTC', 'unit'], [,
  [513, (v, x) => (v.isAdjustedToUTC = x)],
  [1036, (v, x) => (v.unit = x), TimeUnit$],
]]

const IntType$: StructDesc = ['IntType', ['bitWidth', 'isSigned'], [,
  [515, (v, x) => (v.bitWidth = x)],
  [1025, (v, x) => (v.isSigned = x)],
]]

const VariantType$: StructDesc = ['', [], [,
  [3, (v, x) => (v.specification_version = x)],
]]

const GeometryType$: StructDesc = ['', [], [,
  [264, (v, x) => (v.crs = x)],
]]

const GeographyType$: StructDesc = ['', [], [,
  [264, (v, x) => (v.crs = x)],
  [5, (v, x) => (v.algorithm = x)],
]]

const LogicalType$: StructDesc = ['', [], [,
  [12, (v, x) => (v.STRING = x), Empty$],
  [12, (v, x) => (v.MAP = x), Empty$],
  [12, (v, x) => (v.LIST = x), Empty$],
  [12, (v, x) => (v.ENUM = x), Empty$],
  [12, (v, x) => (v.DECIMAL = x), DecimalType$],
  [12, (v, x) => (v.DATE = x), Empty$],
  [12, (v, x) => (v.TIME = x), TimeType$],
  [12, (v, x) => (v.TIMESTAMP = x), TimestampType$],,
  [12, (v, x) => (v.INTEGER = x), IntType$],
  [12, (v, x) => (v.UNKNOWN = x), Empty$],
  [12, (v, x) => (v.JSON = x), Empty$],
  [12, (v, x) => (v.BSON = x), Empty$],
  [12, (v, x) => (v.UUID = x), Empty$],
  [12, (v, x) => (v.FLOAT16 = x), Empty$],
  [12, (v, x) => (v.VARIANT = x), VariantType$],
  [12, (v, x) => (v.GEOMETRY = x), GeometryType$],
  [12, (v, x) => (v.GEOGRAPHY = x), GeographyType$],
  [12, (v, x) => (v.VECTOR = x), Empty$],
], 1]

const SchemaElement$: StructDesc = ['SchemaElement', ['name'], [,
  [5, (v, x) => (v.type = x)],
  [5, (v, x) => (v.type_length = x)],
  [5, (v, x) => (v.repetition_type = x)],
  [776, (v, x) => (v.name = x)],
  [5, (v, x) => (v.num_children = x)],
  [5, (v, x) => (v.converted_type = x)],
  [5, (v, x) => (v.scale = x)],
  [5, (v, x) => (v.precision = x)],
  [5, (v, x) => (v.field_id = x)],
  [12, (v, x) => (v.logicalType = x), LogicalType$],
  [5, (v, x) => (v.vector_length = x)],
]]

const DataPageHeader$: StructDesc = ['DataPageHeader', ['num_values', 'encoding', 'definition_level_encoding', 'repetition_level_encoding'], [,
  [517, (v, x) => (v.num_values = x)],
  [1029, (v, x) => (v.encoding = x)],
  [2053, (v, x) => (v.definition_level_encoding = x)],
  [4101, (v, x) => (v.repetition_level_encoding = x)],
  [12, (v, x) => (v.statistics = x), Statistics$],
]]

const DictionaryPageHeader$: StructDesc = ['DictionaryPageHeader', ['num_values', 'encoding'], [,
  [517, (v, x) => (v.num_values = x)],
  [1029, (v, x) => (v.encoding = x)],
  [1, (v, x) => (v.is_sorted = x)],
]]

const DataPageHeaderV2$: StructDesc = ['DataPageHeaderV2', ['num_values', 'num_nulls', 'num_rows', 'encoding', 'definition_levels_byte_length', 'repetition_levels_byte_length'], [,
  [517, (v, x) => (v.num_values = x)],
  [1029, (v, x) => (v.num_nulls = x)],
  [2053, (v, x) => (v.num_rows = x)],
  [4101, (v, x) => (v.encoding = x)],
  [8197, (v, x) => (v.definition_levels_byte_length = x)],
  [16389, (v, x) => (v.repetition_levels_byte_length = x)],
  [1, (v, x) => (v.is_compressed = x)],
  [12, (v, x) => (v.statistics = x), Statistics$],
]]

const BloomFilterAlgorithm$: StructDesc = ['', [], [,
  [12, (v, x) => (v.BLOCK = x), Empty$],
], 1]

const BloomFilterHash$: StructDesc = ['', [], [,
  [12, (v, x) => (v.XXHASH = x), Empty$],
], 1]

const BloomFilterCompression$: StructDesc = ['', [], [,
  [12, (v, x) => (v.UNCOMPRESSED = x), Empty$],
], 1]

const BloomFilterHeader$: StructDesc = ['BloomFilterHeader', ['numBytes', 'algorithm', 'hash', 'compression'], [,
  [517, (v, x) => (v.numBytes = x)],
  [1036, (v, x) => (v.algorithm = x), BloomFilterAlgorithm$],
  [2060, (v, x) => (v.hash = x), BloomFilterHash$],
  [4108, (v, x) => (v.compression = x), BloomFilterCompression$],
]]

const PageHeader$: StructDesc = ['PageHeader', ['type', 'uncompressed_page_size', 'compressed_page_size'], [,
  [517, (v, x) => (v.type = x)],
  [1029, (v, x) => (v.uncompressed_page_size = x)],
  [2053, (v, x) => (v.compressed_page_size = x)],
  [5, (v, x) => (v.crc = x)],
  [12, (v, x) => (v.data_page_header = x), DataPageHeader$],
  [12, (v, x) => (v.index_page_header = x), Empty$],
  [12, (v, x) => (v.dictionary_page_header = x), DictionaryPageHeader$],
  [12, (v, x) => (v.data_page_header_v2 = x), DataPageHeaderV2$],
]]

const KeyValue$: StructDesc = ['KeyValue', ['key'], [,
  [776, (v, x) => (v.key = x)],
  [264, (v, x) => (v.value = x)],
]]

const SortingColumn$: StructDesc = ['SortingColumn', ['column_idx', 'descending', 'nulls_first'], [,
  [517, (v, x) => (v.column_idx = x)],
  [1025, (v, x) => (v.descending = x)],
  [2049, (v, x) => (v.nulls_first = x)],
]]

const PageEncodingStats$: StructDesc = ['PageEncodingStats', ['page_type', 'encoding', 'count'], [,
  [517, (v, x) => (v.page_type = x)],
  [1029, (v, x) => (v.encoding = x)],
  [2053, (v, x) => (v.count = x)],
]]

const ColumnMetaData$: StructDesc = ['ColumnMetaData', ['type', 'encodings', 'path_in_schema', 'codec', 'num_values', 'total_uncompressed_size', 'total_compressed_size', 'data_page_offset'], [,
  [517, (v, x) => (v.type = x)],
  [1113, (v, x) => (v.encodings = x)],
  [2441, (v, x) => (v.path_in_schema = x)],
  [4101, (v, x) => (v.codec = x)],
  [8198, (v, x) => (v.num_values = x)],
  [16390, (v, x) => (v.total_uncompressed_size = x)],
  [32774, (v, x) => (v.total_compressed_size = x)],
  [201, (v, x) => (v.key_value_metadata = x), KeyValue$],
  [65542, (v, x) => (v.data_page_offset = x)],
  [6, (v, x) => (v.index_page_offset = x)],
  [6, (v, x) => (v.dictionary_page_offset = x)],
  [12, (v, x) => (v.statistics = x), Statistics$],
  [201, (v, x) => (v.encoding_stats = x), PageEncodingStats$],
  [6, (v, x) => (v.bloom_filter_offset = x)],
  [5, (v, x) => (v.bloom_filter_length = x)],
  [12, (v, x) => (v.size_statistics = x), SizeStatistics$],
  [12, (v, x) => (v.geospatial_statistics = x), GeospatialStatistics$],
]]

const EncryptionWithColumnKey$: StructDesc = ['EncryptionWithColumnKey', ['path_in_schema'], [,
  [905, (v, x) => (v.path_in_schema = x)],
  [8, (v, x) => (v.key_metadata = x)],
]]

const ColumnCryptoMetaData$: StructDesc = ['', [], [,
  [12, (v, x) => (v.ENCRYPTION_WITH_FOOTER_KEY = x), Empty$],
  [12, (v, x) => (v.ENCRYPTION_WITH_COLUMN_KEY = x), EncryptionWithColumnKey$],
], 1]

const ColumnChunk$: StructDesc = ['ColumnChunk', ['file_offset'], [,
  [264, (v, x) => (v.file_path = x)],
  [518, (v, x) => (v.file_offset = x), 0],
  [12, (v, x) => (v.meta_data = x), ColumnMetaData$],
  [6, (v, x) => (v.offset_index_offset = x)],
  [5, (v, x) => (v.offset_index_length = x)],
  [6, (v, x) => (v.column_index_offset = x)],
  [5, (v, x) => (v.column_index_length = x)],
  [12, (v, x) => (v.crypto_metadata = x), ColumnCryptoMetaData$],
  [8, (v, x) => (v.encrypted_column_metadata = x)],
]]

const RowGroup$: StructDesc = ['RowGroup', ['columns', 'total_byte_size', 'num_rows'], [,
  [713, (v, x) => (v.columns = x), ColumnChunk$],
  [1030, (v, x) => (v.total_byte_size = x)],
  [2054, (v, x) => (v.num_rows = x)],
  [201, (v, x) => (v.sorting_columns = x), SortingColumn$],
  [6, (v, x) => (v.file_offset = x)],
  [6, (v, x) => (v.total_compressed_size = x)],
  [4, (v, x) => (v.ordinal = x)],
]]

const ColumnOrder$: StructDesc = ['', [], [,
  [12, (v, x) => (v.TYPE_ORDER = x), Empty$],
  [12, (v, x) => (v.IEEE_754_TOTAL_ORDER = x), Empty$],
  [12, (v, x) => (v.INT96_TIMESTAMP_ORDER = x), Empty$],
], 1]

const PageLocation$: StructDesc = ['PageLocation', ['offset', 'compressed_page_size', 'first_row_index'], [,
  [518, (v, x) => (v.offset = x)],
  [1029, (v, x) => (v.compressed_page_size = x)],
  [2054, (v, x) => (v.first_row_index = x)],
]]

const OffsetIndex$: StructDesc = ['OffsetIndex', ['page_locations'], [,
  [713, (v, x) => (v.page_locations = x), PageLocation$],
  [105, (v, x) => (v.unencoded_byte_array_data_bytes = x)],
]]

const ColumnIndex$: StructDesc = ['ColumnIndex', ['null_pages', 'min_values', 'max_values', 'boundary_order'], [,
  [537, (v, x) => (v.null_pages = x)],
  [1161, (v, x) => (v.min_values = x)],
  [2185, (v, x) => (v.max_values = x)],
  [4101, (v, x) => (v.boundary_order = x)],
  [105, (v, x) => (v.null_counts = x)],
  [105, (v, x) => (v.repetition_level_histograms = x)],
  [105, (v, x) => (v.definition_level_histograms = x)],
  [105, (v, x) => (v.nan_counts = x)],
]]

const AesGcmV1$: StructDesc = ['', [], [,
  [8, (v, x) => (v.aad_prefix = x)],
  [8, (v, x) => (v.aad_file_unique = x)],
  [1, (v, x) => (v.supply_aad_prefix = x)],
]]

const AesGcmCtrV1$: StructDesc = ['', [], [,
  [8, (v, x) => (v.aad_prefix = x)],
  [8, (v, x) => (v.aad_file_unique = x)],
  [1, (v, x) => (v.supply_aad_prefix = x)],
]]

const EncryptionAlgorithm$: StructDesc = ['', [], [,
  [12, (v, x) => (v.AES_GCM_V1 = x), AesGcmV1$],
  [12, (v, x) => (v.AES_GCM_CTR_V1 = x), AesGcmCtrV1$],
], 1]

const FileMetaData$: StructDesc = ['FileMetaData', ['version', 'schema', 'num_rows', 'row_groups'], [,
  [517, (v, x) => (v.version = x)],
  [1225, (v, x) => (v.schema = x), SchemaElement$],
  [2054, (v, x) => (v.num_rows = x)],
  [4297, (v, x) => (v.row_groups = x), RowGroup$],
  [201, (v, x) => (v.key_value_metadata = x), KeyValue$],
  [264, (v, x) => (v.created_by = x)],
  [201, (v, x) => (v.column_orders = x), ColumnOrder$],
  [12, (v, x) => (v.encryption_algorithm = x), EncryptionAlgorithm$],
  [8, (v, x) => (v.footer_signing_key_metadata = x)],
]]

const FileCryptoMetaData$: StructDesc = ['FileCryptoMetaData', ['encryption_algorithm'], [,
  [524, (v, x) => (v.encryption_algorithm = x), EncryptionAlgorithm$],
  [8, (v, x) => (v.key_metadata = x)],
]]

/** Decodes a SizeStatistics (Thrift compact protocol) at the cursor, advancing it. */
export function readSizeStatistics(c: Cursor): SizeStatistics {
  return readStruct(c, SizeStatistics$)
}

/** Decodes a BoundingBox (Thrift compact protocol) at the cursor, advancing it. */
export function readBoundingBox(c: Cursor): BoundingBox {
  return readStruct(c, BoundingBox$)
}

/** Decodes a GeospatialStatistics (Thrift compact protocol) at the cursor, advancing it. */
export function readGeospatialStatistics(c: Cursor): GeospatialStatistics {
  return readStruct(c, GeospatialStatistics$)
}

/** Decodes a Statistics (Thrift compact protocol) at the cursor, advancing it. */
export function readStatistics(c: Cursor): Statistics {
  return readStruct(c, Statistics$)
}

/** Decodes a StringType (Thrift compact protocol) at the cursor, advancing it. */
export function readStringType(c: Cursor): StringType {
  return readStruct(c, Empty$)
}

/** Decodes a UUIDType (Thrift compact protocol) at the cursor, advancing it. */
export function readUUIDType(c: Cursor): UUIDType {
  return readStruct(c, Empty$)
}

/** Decodes a MapType (Thrift compact protocol) at the cursor, advancing it. */
export function readMapType(c: Cursor): MapType {
  return readStruct(c, Empty$)
}

/** Decodes a ListType (Thrift compact protocol) at the cursor, advancing it. */
export function readListType(c: Cursor): ListType {
  return readStruct(c, Empty$)
}

/** Decodes a VectorType (Thrift compact protocol) at the cursor, advancing it. */
export function readVectorType(c: Cursor): VectorType {
  return readStruct(c, Empty$)
}

/** Decodes a EnumType (Thrift compact protocol) at the cursor, advancing it. */
export function readEnumType(c: Cursor): EnumType {
  return readStruct(c, Empty$)
}

/** Decodes a DateType (Thrift compact protocol) at the cursor, advancing it. */
export function readDateType(c: Cursor): DateType {
  return readStruct(c, Empty$)
}

/** Decodes a Float16Type (Thrift compact protocol) at the cursor, advancing it. */
export function readFloat16Type(c: Cursor): Float16Type {
  return readStruct(c, Empty$)
}

/** Decodes a NullType (Thrift compact protocol) at the cursor, advancing it. */
export function readNullType(c: Cursor): NullType {
  return readStruct(c, Empty$)
}

/** Decodes a DecimalType (Thrift compact protocol) at the cursor, advancing it. */
export function readDecimalType(c: Cursor): DecimalType {
  return readStruct(c, DecimalType$)
}

/** Decodes a MilliSeconds (Thrift compact protocol) at the cursor, advancing it. */
export function readMilliSeconds(c: Cursor): MilliSeconds {
  return readStruct(c, Empty$)
}

/** Decodes a MicroSeconds (Thrift compact protocol) at the cursor, advancing it. */
export function readMicroSeconds(c: Cursor): MicroSeconds {
  return readStruct(c, Empty$)
}

/** Decodes a NanoSeconds (Thrift compact protocol) at the cursor, advancing it. */
export function readNanoSeconds(c: Cursor): NanoSeconds {
  return readStruct(c, Empty$)
}

/** Decodes a TimeUnit (Thrift compact protocol) at the cursor, advancing it. */
export function readTimeUnit(c: Cursor): TimeUnit {
  return readStruct(c, TimeUnit$)
}

/** Decodes a TimestampType (Thrift compact protocol) at the cursor, advancing it. */
export function readTimestampType(c: Cursor): TimestampType {
  return readStruct(c, TimestampType$)
}

/** Decodes a TimeType (Thrift compact protocol) at the cursor, advancing it. */
export function readTimeType(c: Cursor): TimeType {
  return readStruct(c, TimeType$)
}

/** Decodes a IntType (Thrift compact protocol) at the cursor, advancing it. */
export function readIntType(c: Cursor): IntType {
  return readStruct(c, IntType$)
}

/** Decodes a JsonType (Thrift compact protocol) at the cursor, advancing it. */
export function readJsonType(c: Cursor): JsonType {
  return readStruct(c, Empty$)
}

/** Decodes a BsonType (Thrift compact protocol) at the cursor, advancing it. */
export function readBsonType(c: Cursor): BsonType {
  return readStruct(c, Empty$)
}

/** Decodes a VariantType (Thrift compact protocol) at the cursor, advancing it. */
export function readVariantType(c: Cursor): VariantType {
  return readStruct(c, VariantType$)
}

/** Decodes a GeometryType (Thrift compact protocol) at the cursor, advancing it. */
export function readGeometryType(c: Cursor): GeometryType {
  return readStruct(c, GeometryType$)
}

/** Decodes a GeographyType (Thrift compact protocol) at the cursor, advancing it. */
export function readGeographyType(c: Cursor): GeographyType {
  return readStruct(c, GeographyType$)
}

/** Decodes a LogicalType (Thrift compact protocol) at the cursor, advancing it. */
export function readLogicalType(c: Cursor): LogicalType {
  return readStruct(c, LogicalType$)
}

/** Decodes a SchemaElement (Thrift compact protocol) at the cursor, advancing it. */
export function readSchemaElement(c: Cursor): SchemaElement {
  return readStruct(c, SchemaElement$)
}

/** Decodes a DataPageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readDataPageHeader(c: Cursor): DataPageHeader {
  return readStruct(c, DataPageHeader$)
}

/** Decodes a IndexPageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readIndexPageHeader(c: Cursor): IndexPageHeader {
  return readStruct(c, Empty$)
}

/** Decodes a DictionaryPageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readDictionaryPageHeader(c: Cursor): DictionaryPageHeader {
  return readStruct(c, DictionaryPageHeader$)
}

/** Decodes a DataPageHeaderV2 (Thrift compact protocol) at the cursor, advancing it. */
export function readDataPageHeaderV2(c: Cursor): DataPageHeaderV2 {
  return readStruct(c, DataPageHeaderV2$)
}

/** Decodes a SplitBlockAlgorithm (Thrift compact protocol) at the cursor, advancing it. */
export function readSplitBlockAlgorithm(c: Cursor): SplitBlockAlgorithm {
  return readStruct(c, Empty$)
}

/** Decodes a BloomFilterAlgorithm (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterAlgorithm(c: Cursor): BloomFilterAlgorithm {
  return readStruct(c, BloomFilterAlgorithm$)
}

/** Decodes a XxHash (Thrift compact protocol) at the cursor, advancing it. */
export function readXxHash(c: Cursor): XxHash {
  return readStruct(c, Empty$)
}

/** Decodes a BloomFilterHash (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterHash(c: Cursor): BloomFilterHash {
  return readStruct(c, BloomFilterHash$)
}

/** Decodes a Uncompressed (Thrift compact protocol) at the cursor, advancing it. */
export function readUncompressed(c: Cursor): Uncompressed {
  return readStruct(c, Empty$)
}

/** Decodes a BloomFilterCompression (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterCompression(c: Cursor): BloomFilterCompression {
  return readStruct(c, BloomFilterCompression$)
}

/** Decodes a BloomFilterHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readBloomFilterHeader(c: Cursor): BloomFilterHeader {
  return readStruct(c, BloomFilterHeader$)
}

/** Decodes a PageHeader (Thrift compact protocol) at the cursor, advancing it. */
export function readPageHeader(c: Cursor): PageHeader {
  return readStruct(c, PageHeader$)
}

/** Decodes a KeyValue (Thrift compact protocol) at the cursor, advancing it. */
export function readKeyValue(c: Cursor): KeyValue {
  return readStruct(c, KeyValue$)
}

/** Decodes a SortingColumn (Thrift compact protocol) at the cursor, advancing it. */
export function readSortingColumn(c: Cursor): SortingColumn {
  return readStruct(c, SortingColumn$)
}

/** Decodes a PageEncodingStats (Thrift compact protocol) at the cursor, advancing it. */
export function readPageEncodingStats(c: Cursor): PageEncodingStats {
  return readStruct(c, PageEncodingStats$)
}

/** Decodes a ColumnMetaData (Thrift compact protocol) at the cursor, advancing it. */
export function readColumnMetaData(c: Cursor): ColumnMetaData {
  return readStruct(c, ColumnMetaData$)
}

/** Decodes a EncryptionWithFooterKey (Thrift compact protocol) at the cursor, advancing it. */
export function readEncryptionWithFooterKey(c: Cursor): EncryptionWithFooterKey {
  return readStruct(c, Empty$)
}

/** Decodes a EncryptionWithColumnKey (Thrift compact protocol) at the cursor, advancing it. */
export function readEncryptionWithColumnKey(c: Cursor): EncryptionWithColumnKey {
  return readStruct(c, EncryptionWithColumnKey$)
}

/** Decodes a ColumnCryptoMetaData (Thrift compact protocol) at the cursor, advancing it. */
export function readColumnCryptoMetaData(c: Cursor): ColumnCryptoMetaData {
  return readStruct(c, ColumnCryptoMetaData$)
}

/** Decodes a ColumnChunk (Thrift compact protocol) at the cursor, advancing it. */
export function readColumnChunk(c: Cursor): ColumnChunk {
  return readStruct(c, ColumnChunk$)
}

/** Decodes a RowGroup (Thrift compact protocol) at the cursor, advancing it. */
export function readRowGroup(c: Cursor): RowGroup {
  return readStruct(c, RowGroup$)
}

/** Decodes a TypeDefinedOrder (Thrift compact protocol) at the cursor, advancing it. */
export function readTypeDefinedOrder(c: Cursor): TypeDefinedOrder {
  return readStruct(c, Empty$)
}

/** Decodes a IEEE754TotalOrder (Thrift compact protocol) at the cursor, advancing it. */
export function readIEEE754TotalOrder(c: Cursor): IEEE754TotalOrder {
  return readStruct(c, Empty$)
}

/** Decodes a Int96TimestampOrder (Thrift compact protocol) at the cursor, advancing it. */
export function readInt96TimestampOrder(c: Cursor): Int96TimestampOrder {
  return readStruct(c, Empty$)
}

/** Decodes a ColumnOrder (Thrift compact protocol) at the cursor, advancing it. */
export function readColumnOrder(c: Cursor): ColumnOrder {
  return readStruct(c, ColumnOrder$)
}

/** Decodes a PageLocation (Thrift compact protocol) at the cursor, advancing it. */
export function readPageLocation(c: Cursor): PageLocation {
  return readStruct(c, PageLocation$)
}

/** Decodes a OffsetIndex (Thrift compact protocol) at the cursor, advancing it. */
export function readOffsetIndex(c: Cursor): OffsetIndex {
  return readStruct(c, OffsetIndex$)
}

/** Decodes a ColumnIndex (Thrift compact protocol) at the cursor, advancing it. */
export function readColumnIndex(c: Cursor): ColumnIndex {
  return readStruct(c, ColumnIndex$)
}

/** Decodes a AesGcmV1 (Thrift compact protocol) at the cursor, advancing it. */
export function readAesGcmV1(c: Cursor): AesGcmV1 {
  return readStruct(c, AesGcmV1$)
}

/** Decodes a AesGcmCtrV1 (Thrift compact protocol) at the cursor, advancing it. */
export function readAesGcmCtrV1(c: Cursor): AesGcmCtrV1 {
  return readStruct(c, AesGcmCtrV1$)
}

/** Decodes a EncryptionAlgorithm (Thrift compact protocol) at the cursor, advancing it. */
export function readEncryptionAlgorithm(c: Cursor): EncryptionAlgorithm {
  return readStruct(c, EncryptionAlgorithm$)
}

/** Decodes a FileMetaData (Thrift compact protocol) at the cursor, advancing it. */
export function readFileMetaData(c: Cursor): FileMetaData {
  return readStruct(c, FileMetaData$)
}

/** Decodes a FileCryptoMetaData (Thrift compact protocol) at the cursor, advancing it. */
export function readFileCryptoMetaData(c: Cursor): FileCryptoMetaData {
  return readStruct(c, FileCryptoMetaData$)
}

/** Encodes a SizeStatistics (Thrift compact protocol). */
export function writeSizeStatistics(w: CompactWriter, v: SizeStatistics): void {
  let last = 0
  if (v.unencoded_byte_array_data_bytes !== undefined) {
    last = writeFieldHeader(w, CT_I64, 1, last)
    writeI64(w, v.unencoded_byte_array_data_bytes)
  }
  if (v.repetition_level_histogram !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 2, last)
    {
      const a = v.repetition_level_histogram
      writeListHeader(w, CT_I64, a.length)
      for (let i = 0; i < a.length; i++) writeI64(w, a[i]!)
    }
  }
  if (v.definition_level_histogram !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 3, last)
    {
      const a = v.definition_level_histogram
      writeListHeader(w, CT_I64, a.length)
      for (let i = 0; i < a.length; i++) writeI64(w, a[i]!)
    }
  }
  writeStop(w)
}

/** Encodes a BoundingBox (Thrift compact protocol). */
export function writeBoundingBox(w: CompactWriter, v: BoundingBox): void {
  let last = 0
  if (v.xmin === undefined) missingOnWrite('BoundingBox', 'xmin')
  last = writeFieldHeader(w, CT_DOUBLE, 1, last)
  writeDouble(w, v.xmin)
  if (v.xmax === undefined) missingOnWrite('BoundingBox', 'xmax')
  last = writeFieldHeader(w, CT_DOUBLE, 2, last)
  writeDouble(w, v.xmax)
  if (v.ymin === undefined) missingOnWrite('BoundingBox', 'ymin')
  last = writeFieldHeader(w, CT_DOUBLE, 3, last)
  writeDouble(w, v.ymin)
  if (v.ymax === undefined) missingOnWrite('BoundingBox', 'ymax')
  last = writeFieldHeader(w, CT_DOUBLE, 4, last)
  writeDouble(w, v.ymax)
  if (v.zmin !== undefined) {
    last = writeFieldHeader(w, CT_DOUBLE, 5, last)
    writeDouble(w, v.zmin)
  }
  if (v.zmax !== undefined) {
    last = writeFieldHeader(w, CT_DOUBLE, 6, last)
    writeDouble(w, v.zmax)
  }
  if (v.mmin !== undefined) {
    last = writeFieldHeader(w, CT_DOUBLE, 7, last)
    writeDouble(w, v.mmin)
  }
  if (v.mmax !== undefined) {
    last = writeFieldHeader(w, CT_DOUBLE, 8, last)
    writeDouble(w, v.mmax)
  }
  writeStop(w)
}

/** Encodes a GeospatialStatistics (Thrift compact protocol). */
export function writeGeospatialStatistics(w: CompactWriter, v: GeospatialStatistics): void {
  let last = 0
  if (v.bbox !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeBoundingBox(w, v.bbox)
  }
  if (v.geospatial_types !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 2, last)
    {
      const a = v.geospatial_types
      writeListHeader(w, CT_I32, a.length)
      for (let i = 0; i < a.length; i++) writeI32(w, a[i]!)
    }
  }
  writeStop(w)
}

/** Encodes a Statistics (Thrift compact protocol). */
export function writeStatistics(w: CompactWriter, v: Statistics): void {
  let last = 0
  if (v.max !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 1, last)
    writeBinary(w, v.max)
  }
  if (v.min !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 2, last)
    writeBinary(w, v.min)
  }
  if (v.null_count !== undefined) {
    last = writeFieldHeader(w, CT_I64, 3, last)
    writeI64(w, v.null_count)
  }
  if (v.distinct_count !== undefined) {
    last = writeFieldHeader(w, CT_I64, 4, last)
    writeI64(w, v.distinct_count)
  }
  if (v.max_value !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 5, last)
    writeBinary(w, v.max_value)
  }
  if (v.min_value !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 6, last)
    writeBinary(w, v.min_value)
  }
  if (v.is_max_value_exact !== undefined) {
    last = writeBoolField(w, 7, last, v.is_max_value_exact)
  }
  if (v.is_min_value_exact !== undefined) {
    last = writeBoolField(w, 8, last, v.is_min_value_exact)
  }
  if (v.nan_count !== undefined) {
    last = writeFieldHeader(w, CT_I64, 9, last)
    writeI64(w, v.nan_count)
  }
  writeStop(w)
}

/** Encodes a StringType (Thrift compact protocol). */
export function writeStringType(w: CompactWriter, _v: StringType): void {
  writeStop(w)
}

/** Encodes a UUIDType (Thrift compact protocol). */
export function writeUUIDType(w: CompactWriter, _v: UUIDType): void {
  writeStop(w)
}

/** Encodes a MapType (Thrift compact protocol). */
export function writeMapType(w: CompactWriter, _v: MapType): void {
  writeStop(w)
}

/** Encodes a ListType (Thrift compact protocol). */
export function writeListType(w: CompactWriter, _v: ListType): void {
  writeStop(w)
}

/** Encodes a VectorType (Thrift compact protocol). */
export function writeVectorType(w: CompactWriter, _v: VectorType): void {
  writeStop(w)
}

/** Encodes a EnumType (Thrift compact protocol). */
export function writeEnumType(w: CompactWriter, _v: EnumType): void {
  writeStop(w)
}

/** Encodes a DateType (Thrift compact protocol). */
export function writeDateType(w: CompactWriter, _v: DateType): void {
  writeStop(w)
}

/** Encodes a Float16Type (Thrift compact protocol). */
export function writeFloat16Type(w: CompactWriter, _v: Float16Type): void {
  writeStop(w)
}

/** Encodes a NullType (Thrift compact protocol). */
export function writeNullType(w: CompactWriter, _v: NullType): void {
  writeStop(w)
}

/** Encodes a DecimalType (Thrift compact protocol). */
export function writeDecimalType(w: CompactWriter, v: DecimalType): void {
  let last = 0
  if (v.scale === undefined) missingOnWrite('DecimalType', 'scale')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.scale)
  if (v.precision === undefined) missingOnWrite('DecimalType', 'precision')
  last = writeFieldHeader(w, CT_I32, 2, last)
  writeI32(w, v.precision)
  writeStop(w)
}

/** Encodes a MilliSeconds (Thrift compact protocol). */
export function writeMilliSeconds(w: CompactWriter, _v: MilliSeconds): void {
  writeStop(w)
}

/** Encodes a MicroSeconds (Thrift compact protocol). */
export function writeMicroSeconds(w: CompactWriter, _v: MicroSeconds): void {
  writeStop(w)
}

/** Encodes a NanoSeconds (Thrift compact protocol). */
export function writeNanoSeconds(w: CompactWriter, _v: NanoSeconds): void {
  writeStop(w)
}

/** Encodes a TimeUnit (Thrift compact protocol). */
export function writeTimeUnit(w: CompactWriter, v: TimeUnit): void {
  let last = 0
  if (v.MILLIS !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeMilliSeconds(w, v.MILLIS)
  }
  if (v.MICROS !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 2, last)
    writeMicroSeconds(w, v.MICROS)
  }
  if (v.NANOS !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 3, last)
    writeNanoSeconds(w, v.NANOS)
  }
  writeStop(w)
}

/** Encodes a TimestampType (Thrift compact protocol). */
export function writeTimestampType(w: CompactWriter, v: TimestampType): void {
  let last = 0
  if (v.isAdjustedToUTC === undefined) missingOnWrite('TimestampType', 'isAdjustedToUTC')
  last = writeBoolField(w, 1, last, v.isAdjustedToUTC)
  if (v.unit === undefined) missingOnWrite('TimestampType', 'unit')
  last = writeFieldHeader(w, CT_STRUCT, 2, last)
  writeTimeUnit(w, v.unit)
  writeStop(w)
}

/** Encodes a TimeType (Thrift compact protocol). */
export function writeTimeType(w: CompactWriter, v: TimeType): void {
  let last = 0
  if (v.isAdjustedToUTC === undefined) missingOnWrite('TimeType', 'isAdjustedToUTC')
  last = writeBoolField(w, 1, last, v.isAdjustedToUTC)
  if (v.unit === undefined) missingOnWrite('TimeType', 'unit')
  last = writeFieldHeader(w, CT_STRUCT, 2, last)
  writeTimeUnit(w, v.unit)
  writeStop(w)
}

/** Encodes a IntType (Thrift compact protocol). */
export function writeIntType(w: CompactWriter, v: IntType): void {
  let last = 0
  if (v.bitWidth === undefined) missingOnWrite('IntType', 'bitWidth')
  last = writeFieldHeader(w, CT_BYTE, 1, last)
  writeI8(w, v.bitWidth)
  if (v.isSigned === undefined) missingOnWrite('IntType', 'isSigned')
  last = writeBoolField(w, 2, last, v.isSigned)
  writeStop(w)
}

/** Encodes a JsonType (Thrift compact protocol). */
export function writeJsonType(w: CompactWriter, _v: JsonType): void {
  writeStop(w)
}

/** Encodes a BsonType (Thrift compact protocol). */
export function writeBsonType(w: CompactWriter, _v: BsonType): void {
  writeStop(w)
}

/** Encodes a VariantType (Thrift compact protocol). */
export function writeVariantType(w: CompactWriter, v: VariantType): void {
  let last = 0
  if (v.specification_version !== undefined) {
    last = writeFieldHeader(w, CT_BYTE, 1, last)
    writeI8(w, v.specification_version)
  }
  writeStop(w)
}

/** Encodes a GeometryType (Thrift compact protocol). */
export function writeGeometryType(w: CompactWriter, v: GeometryType): void {
  let last = 0
  if (v.crs !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 1, last)
    writeString(w, v.crs)
  }
  writeStop(w)
}

/** Encodes a GeographyType (Thrift compact protocol). */
export function writeGeographyType(w: CompactWriter, v: GeographyType): void {
  let last = 0
  if (v.crs !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 1, last)
    writeString(w, v.crs)
  }
  if (v.algorithm !== undefined) {
    last = writeFieldHeader(w, CT_I32, 2, last)
    writeI32(w, v.algorithm)
  }
  writeStop(w)
}

/** Encodes a LogicalType (Thrift compact protocol). */
export function writeLogicalType(w: CompactWriter, v: LogicalType): void {
  let last = 0
  if (v.STRING !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeStringType(w, v.STRING)
  }
  if (v.MAP !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 2, last)
    writeMapType(w, v.MAP)
  }
  if (v.LIST !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 3, last)
    writeListType(w, v.LIST)
  }
  if (v.ENUM !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 4, last)
    writeEnumType(w, v.ENUM)
  }
  if (v.DECIMAL !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 5, last)
    writeDecimalType(w, v.DECIMAL)
  }
  if (v.DATE !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 6, last)
    writeDateType(w, v.DATE)
  }
  if (v.TIME !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 7, last)
    writeTimeType(w, v.TIME)
  }
  if (v.TIMESTAMP !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 8, last)
    writeTimestampType(w, v.TIMESTAMP)
  }
  if (v.INTEGER !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 10, last)
    writeIntType(w, v.INTEGER)
  }
  if (v.UNKNOWN !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 11, last)
    writeNullType(w, v.UNKNOWN)
  }
  if (v.JSON !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 12, last)
    writeJsonType(w, v.JSON)
  }
  if (v.BSON !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 13, last)
    writeBsonType(w, v.BSON)
  }
  if (v.UUID !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 14, last)
    writeUUIDType(w, v.UUID)
  }
  if (v.FLOAT16 !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 15, last)
    writeFloat16Type(w, v.FLOAT16)
  }
  if (v.VARIANT !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 16, last)
    writeVariantType(w, v.VARIANT)
  }
  if (v.GEOMETRY !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 17, last)
    writeGeometryType(w, v.GEOMETRY)
  }
  if (v.GEOGRAPHY !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 18, last)
    writeGeographyType(w, v.GEOGRAPHY)
  }
  if (v.VECTOR !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 19, last)
    writeVectorType(w, v.VECTOR)
  }
  writeStop(w)
}

/** Encodes a SchemaElement (Thrift compact protocol). */
export function writeSchemaElement(w: CompactWriter, v: SchemaElement): void {
  let last = 0
  if (v.type !== undefined) {
    last = writeFieldHeader(w, CT_I32, 1, last)
    writeI32(w, v.type)
  }
  if (v.type_length !== undefined) {
    last = writeFieldHeader(w, CT_I32, 2, last)
    writeI32(w, v.type_length)
  }
  if (v.repetition_type !== undefined) {
    last = writeFieldHeader(w, CT_I32, 3, last)
    writeI32(w, v.repetition_type)
  }
  if (v.name === undefined) missingOnWrite('SchemaElement', 'name')
  last = writeFieldHeader(w, CT_BINARY, 4, last)
  writeString(w, v.name)
  if (v.num_children !== undefined) {
    last = writeFieldHeader(w, CT_I32, 5, last)
    writeI32(w, v.num_children)
  }
  if (v.converted_type !== undefined) {
    last = writeFieldHeader(w, CT_I32, 6, last)
    writeI32(w, v.converted_type)
  }
  if (v.scale !== undefined) {
    last = writeFieldHeader(w, CT_I32, 7, last)
    writeI32(w, v.scale)
  }
  if (v.precision !== undefined) {
    last = writeFieldHeader(w, CT_I32, 8, last)
    writeI32(w, v.precision)
  }
  if (v.field_id !== undefined) {
    last = writeFieldHeader(w, CT_I32, 9, last)
    writeI32(w, v.field_id)
  }
  if (v.logicalType !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 10, last)
    writeLogicalType(w, v.logicalType)
  }
  if (v.vector_length !== undefined) {
    last = writeFieldHeader(w, CT_I32, 11, last)
    writeI32(w, v.vector_length)
  }
  writeStop(w)
}

/** Encodes a DataPageHeader (Thrift compact protocol). */
export function writeDataPageHeader(w: CompactWriter, v: DataPageHeader): void {
  let last = 0
  if (v.num_values === undefined) missingOnWrite('DataPageHeader', 'num_values')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.num_values)
  if (v.encoding === undefined) missingOnWrite('DataPageHeader', 'encoding')
  last = writeFieldHeader(w, CT_I32, 2, last)
  writeI32(w, v.encoding)
  if (v.definition_level_encoding === undefined) missingOnWrite('DataPageHeader', 'definition_level_encoding')
  last = writeFieldHeader(w, CT_I32, 3, last)
  writeI32(w, v.definition_level_encoding)
  if (v.repetition_level_encoding === undefined) missingOnWrite('DataPageHeader', 'repetition_level_encoding')
  last = writeFieldHeader(w, CT_I32, 4, last)
  writeI32(w, v.repetition_level_encoding)
  if (v.statistics !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 5, last)
    writeStatistics(w, v.statistics)
  }
  writeStop(w)
}

/** Encodes a IndexPageHeader (Thrift compact protocol). */
export function writeIndexPageHeader(w: CompactWriter, _v: IndexPageHeader): void {
  writeStop(w)
}

/** Encodes a DictionaryPageHeader (Thrift compact protocol). */
export function writeDictionaryPageHeader(w: CompactWriter, v: DictionaryPageHeader): void {
  let last = 0
  if (v.num_values === undefined) missingOnWrite('DictionaryPageHeader', 'num_values')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.num_values)
  if (v.encoding === undefined) missingOnWrite('DictionaryPageHeader', 'encoding')
  last = writeFieldHeader(w, CT_I32, 2, last)
  writeI32(w, v.encoding)
  if (v.is_sorted !== undefined) {
    last = writeBoolField(w, 3, last, v.is_sorted)
  }
  writeStop(w)
}

/** Encodes a DataPageHeaderV2 (Thrift compact protocol). */
export function writeDataPageHeaderV2(w: CompactWriter, v: DataPageHeaderV2): void {
  let last = 0
  if (v.num_values === undefined) missingOnWrite('DataPageHeaderV2', 'num_values')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.num_values)
  if (v.num_nulls === undefined) missingOnWrite('DataPageHeaderV2', 'num_nulls')
  last = writeFieldHeader(w, CT_I32, 2, last)
  writeI32(w, v.num_nulls)
  if (v.num_rows === undefined) missingOnWrite('DataPageHeaderV2', 'num_rows')
  last = writeFieldHeader(w, CT_I32, 3, last)
  writeI32(w, v.num_rows)
  if (v.encoding === undefined) missingOnWrite('DataPageHeaderV2', 'encoding')
  last = writeFieldHeader(w, CT_I32, 4, last)
  writeI32(w, v.encoding)
  if (v.definition_levels_byte_length === undefined) missingOnWrite('DataPageHeaderV2', 'definition_levels_byte_length')
  last = writeFieldHeader(w, CT_I32, 5, last)
  writeI32(w, v.definition_levels_byte_length)
  if (v.repetition_levels_byte_length === undefined) missingOnWrite('DataPageHeaderV2', 'repetition_levels_byte_length')
  last = writeFieldHeader(w, CT_I32, 6, last)
  writeI32(w, v.repetition_levels_byte_length)
  if (v.is_compressed !== undefined) {
    last = writeBoolField(w, 7, last, v.is_compressed)
  }
  if (v.statistics !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 8, last)
    writeStatistics(w, v.statistics)
  }
  writeStop(w)
}

/** Encodes a SplitBlockAlgorithm (Thrift compact protocol). */
export function writeSplitBlockAlgorithm(w: CompactWriter, _v: SplitBlockAlgorithm): void {
  writeStop(w)
}

/** Encodes a BloomFilterAlgorithm (Thrift compact protocol). */
export function writeBloomFilterAlgorithm(w: CompactWriter, v: BloomFilterAlgorithm): void {
  let last = 0
  if (v.BLOCK !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeSplitBlockAlgorithm(w, v.BLOCK)
  }
  writeStop(w)
}

/** Encodes a XxHash (Thrift compact protocol). */
export function writeXxHash(w: CompactWriter, _v: XxHash): void {
  writeStop(w)
}

/** Encodes a BloomFilterHash (Thrift compact protocol). */
export function writeBloomFilterHash(w: CompactWriter, v: BloomFilterHash): void {
  let last = 0
  if (v.XXHASH !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeXxHash(w, v.XXHASH)
  }
  writeStop(w)
}

/** Encodes a Uncompressed (Thrift compact protocol). */
export function writeUncompressed(w: CompactWriter, _v: Uncompressed): void {
  writeStop(w)
}

/** Encodes a BloomFilterCompression (Thrift compact protocol). */
export function writeBloomFilterCompression(w: CompactWriter, v: BloomFilterCompression): void {
  let last = 0
  if (v.UNCOMPRESSED !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeUncompressed(w, v.UNCOMPRESSED)
  }
  writeStop(w)
}

/** Encodes a BloomFilterHeader (Thrift compact protocol). */
export function writeBloomFilterHeader(w: CompactWriter, v: BloomFilterHeader): void {
  let last = 0
  if (v.numBytes === undefined) missingOnWrite('BloomFilterHeader', 'numBytes')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.numBytes)
  if (v.algorithm === undefined) missingOnWrite('BloomFilterHeader', 'algorithm')
  last = writeFieldHeader(w, CT_STRUCT, 2, last)
  writeBloomFilterAlgorithm(w, v.algorithm)
  if (v.hash === undefined) missingOnWrite('BloomFilterHeader', 'hash')
  last = writeFieldHeader(w, CT_STRUCT, 3, last)
  writeBloomFilterHash(w, v.hash)
  if (v.compression === undefined) missingOnWrite('BloomFilterHeader', 'compression')
  last = writeFieldHeader(w, CT_STRUCT, 4, last)
  writeBloomFilterCompression(w, v.compression)
  writeStop(w)
}

/** Encodes a PageHeader (Thrift compact protocol). */
export function writePageHeader(w: CompactWriter, v: PageHeader): void {
  let last = 0
  if (v.type === undefined) missingOnWrite('PageHeader', 'type')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.type)
  if (v.uncompressed_page_size === undefined) missingOnWrite('PageHeader', 'uncompressed_page_size')
  last = writeFieldHeader(w, CT_I32, 2, last)
  writeI32(w, v.uncompressed_page_size)
  if (v.compressed_page_size === undefined) missingOnWrite('PageHeader', 'compressed_page_size')
  last = writeFieldHeader(w, CT_I32, 3, last)
  writeI32(w, v.compressed_page_size)
  if (v.crc !== undefined) {
    last = writeFieldHeader(w, CT_I32, 4, last)
    writeI32(w, v.crc)
  }
  if (v.data_page_header !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 5, last)
    writeDataPageHeader(w, v.data_page_header)
  }
  if (v.index_page_header !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 6, last)
    writeIndexPageHeader(w, v.index_page_header)
  }
  if (v.dictionary_page_header !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 7, last)
    writeDictionaryPageHeader(w, v.dictionary_page_header)
  }
  if (v.data_page_header_v2 !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 8, last)
    writeDataPageHeaderV2(w, v.data_page_header_v2)
  }
  writeStop(w)
}

/** Encodes a KeyValue (Thrift compact protocol). */
export function writeKeyValue(w: CompactWriter, v: KeyValue): void {
  let last = 0
  if (v.key === undefined) missingOnWrite('KeyValue', 'key')
  last = writeFieldHeader(w, CT_BINARY, 1, last)
  writeString(w, v.key)
  if (v.value !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 2, last)
    writeString(w, v.value)
  }
  writeStop(w)
}

/** Encodes a SortingColumn (Thrift compact protocol). */
export function writeSortingColumn(w: CompactWriter, v: SortingColumn): void {
  let last = 0
  if (v.column_idx === undefined) missingOnWrite('SortingColumn', 'column_idx')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.column_idx)
  if (v.descending === undefined) missingOnWrite('SortingColumn', 'descending')
  last = writeBoolField(w, 2, last, v.descending)
  if (v.nulls_first === undefined) missingOnWrite('SortingColumn', 'nulls_first')
  last = writeBoolField(w, 3, last, v.nulls_first)
  writeStop(w)
}

/** Encodes a PageEncodingStats (Thrift compact protocol). */
export function writePageEncodingStats(w: CompactWriter, v: PageEncodingStats): void {
  let last = 0
  if (v.page_type === undefined) missingOnWrite('PageEncodingStats', 'page_type')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.page_type)
  if (v.encoding === undefined) missingOnWrite('PageEncodingStats', 'encoding')
  last = writeFieldHeader(w, CT_I32, 2, last)
  writeI32(w, v.encoding)
  if (v.count === undefined) missingOnWrite('PageEncodingStats', 'count')
  last = writeFieldHeader(w, CT_I32, 3, last)
  writeI32(w, v.count)
  writeStop(w)
}

/** Encodes a ColumnMetaData (Thrift compact protocol). */
export function writeColumnMetaData(w: CompactWriter, v: ColumnMetaData): void {
  let last = 0
  if (v.type === undefined) missingOnWrite('ColumnMetaData', 'type')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.type)
  if (v.encodings === undefined) missingOnWrite('ColumnMetaData', 'encodings')
  last = writeFieldHeader(w, CT_LIST, 2, last)
  {
    const a = v.encodings
    writeListHeader(w, CT_I32, a.length)
    for (let i = 0; i < a.length; i++) writeI32(w, a[i]!)
  }
  if (v.path_in_schema === undefined) missingOnWrite('ColumnMetaData', 'path_in_schema')
  last = writeFieldHeader(w, CT_LIST, 3, last)
  {
    const a = v.path_in_schema
    writeListHeader(w, CT_BINARY, a.length)
    for (let i = 0; i < a.length; i++) writeString(w, a[i]!)
  }
  if (v.codec === undefined) missingOnWrite('ColumnMetaData', 'codec')
  last = writeFieldHeader(w, CT_I32, 4, last)
  writeI32(w, v.codec)
  if (v.num_values === undefined) missingOnWrite('ColumnMetaData', 'num_values')
  last = writeFieldHeader(w, CT_I64, 5, last)
  writeI64(w, v.num_values)
  if (v.total_uncompressed_size === undefined) missingOnWrite('ColumnMetaData', 'total_uncompressed_size')
  last = writeFieldHeader(w, CT_I64, 6, last)
  writeI64(w, v.total_uncompressed_size)
  if (v.total_compressed_size === undefined) missingOnWrite('ColumnMetaData', 'total_compressed_size')
  last = writeFieldHeader(w, CT_I64, 7, last)
  writeI64(w, v.total_compressed_size)
  if (v.key_value_metadata !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 8, last)
    {
      const a = v.key_value_metadata
      writeListHeader(w, CT_STRUCT, a.length)
      for (let i = 0; i < a.length; i++) writeKeyValue(w, a[i]!)
    }
  }
  if (v.data_page_offset === undefined) missingOnWrite('ColumnMetaData', 'data_page_offset')
  last = writeFieldHeader(w, CT_I64, 9, last)
  writeI64(w, v.data_page_offset)
  if (v.index_page_offset !== undefined) {
    last = writeFieldHeader(w, CT_I64, 10, last)
    writeI64(w, v.index_page_offset)
  }
  if (v.dictionary_page_offset !== undefined) {
    last = writeFieldHeader(w, CT_I64, 11, last)
    writeI64(w, v.dictionary_page_offset)
  }
  if (v.statistics !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 12, last)
    writeStatistics(w, v.statistics)
  }
  if (v.encoding_stats !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 13, last)
    {
      const a = v.encoding_stats
      writeListHeader(w, CT_STRUCT, a.length)
      for (let i = 0; i < a.length; i++) writePageEncodingStats(w, a[i]!)
    }
  }
  if (v.bloom_filter_offset !== undefined) {
    last = writeFieldHeader(w, CT_I64, 14, last)
    writeI64(w, v.bloom_filter_offset)
  }
  if (v.bloom_filter_length !== undefined) {
    last = writeFieldHeader(w, CT_I32, 15, last)
    writeI32(w, v.bloom_filter_length)
  }
  if (v.size_statistics !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 16, last)
    writeSizeStatistics(w, v.size_statistics)
  }
  if (v.geospatial_statistics !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 17, last)
    writeGeospatialStatistics(w, v.geospatial_statistics)
  }
  writeStop(w)
}

/** Encodes a EncryptionWithFooterKey (Thrift compact protocol). */
export function writeEncryptionWithFooterKey(w: CompactWriter, _v: EncryptionWithFooterKey): void {
  writeStop(w)
}

/** Encodes a EncryptionWithColumnKey (Thrift compact protocol). */
export function writeEncryptionWithColumnKey(w: CompactWriter, v: EncryptionWithColumnKey): void {
  let last = 0
  if (v.path_in_schema === undefined) missingOnWrite('EncryptionWithColumnKey', 'path_in_schema')
  last = writeFieldHeader(w, CT_LIST, 1, last)
  {
    const a = v.path_in_schema
    writeListHeader(w, CT_BINARY, a.length)
    for (let i = 0; i < a.length; i++) writeString(w, a[i]!)
  }
  if (v.key_metadata !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 2, last)
    writeBinary(w, v.key_metadata)
  }
  writeStop(w)
}

/** Encodes a ColumnCryptoMetaData (Thrift compact protocol). */
export function writeColumnCryptoMetaData(w: CompactWriter, v: ColumnCryptoMetaData): void {
  let last = 0
  if (v.ENCRYPTION_WITH_FOOTER_KEY !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeEncryptionWithFooterKey(w, v.ENCRYPTION_WITH_FOOTER_KEY)
  }
  if (v.ENCRYPTION_WITH_COLUMN_KEY !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 2, last)
    writeEncryptionWithColumnKey(w, v.ENCRYPTION_WITH_COLUMN_KEY)
  }
  writeStop(w)
}

/** Encodes a ColumnChunk (Thrift compact protocol). */
export function writeColumnChunk(w: CompactWriter, v: ColumnChunk): void {
  let last = 0
  if (v.file_path !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 1, last)
    writeString(w, v.file_path)
  }
  last = writeFieldHeader(w, CT_I64, 2, last)
  writeI64(w, (v.file_offset ?? 0))
  if (v.meta_data !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 3, last)
    writeColumnMetaData(w, v.meta_data)
  }
  if (v.offset_index_offset !== undefined) {
    last = writeFieldHeader(w, CT_I64, 4, last)
    writeI64(w, v.offset_index_offset)
  }
  if (v.offset_index_length !== undefined) {
    last = writeFieldHeader(w, CT_I32, 5, last)
    writeI32(w, v.offset_index_length)
  }
  if (v.column_index_offset !== undefined) {
    last = writeFieldHeader(w, CT_I64, 6, last)
    writeI64(w, v.column_index_offset)
  }
  if (v.column_index_length !== undefined) {
    last = writeFieldHeader(w, CT_I32, 7, last)
    writeI32(w, v.column_index_length)
  }
  if (v.crypto_metadata !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 8, last)
    writeColumnCryptoMetaData(w, v.crypto_metadata)
  }
  if (v.encrypted_column_metadata !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 9, last)
    writeBinary(w, v.encrypted_column_metadata)
  }
  writeStop(w)
}

/** Encodes a RowGroup (Thrift compact protocol). */
export function writeRowGroup(w: CompactWriter, v: RowGroup): void {
  let last = 0
  if (v.columns === undefined) missingOnWrite('RowGroup', 'columns')
  last = writeFieldHeader(w, CT_LIST, 1, last)
  {
    const a = v.columns
    writeListHeader(w, CT_STRUCT, a.length)
    for (let i = 0; i < a.length; i++) writeColumnChunk(w, a[i]!)
  }
  if (v.total_byte_size === undefined) missingOnWrite('RowGroup', 'total_byte_size')
  last = writeFieldHeader(w, CT_I64, 2, last)
  writeI64(w, v.total_byte_size)
  if (v.num_rows === undefined) missingOnWrite('RowGroup', 'num_rows')
  last = writeFieldHeader(w, CT_I64, 3, last)
  writeI64(w, v.num_rows)
  if (v.sorting_columns !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 4, last)
    {
      const a = v.sorting_columns
      writeListHeader(w, CT_STRUCT, a.length)
      for (let i = 0; i < a.length; i++) writeSortingColumn(w, a[i]!)
    }
  }
  if (v.file_offset !== undefined) {
    last = writeFieldHeader(w, CT_I64, 5, last)
    writeI64(w, v.file_offset)
  }
  if (v.total_compressed_size !== undefined) {
    last = writeFieldHeader(w, CT_I64, 6, last)
    writeI64(w, v.total_compressed_size)
  }
  if (v.ordinal !== undefined) {
    last = writeFieldHeader(w, CT_I16, 7, last)
    writeI32(w, v.ordinal)
  }
  writeStop(w)
}

/** Encodes a TypeDefinedOrder (Thrift compact protocol). */
export function writeTypeDefinedOrder(w: CompactWriter, _v: TypeDefinedOrder): void {
  writeStop(w)
}

/** Encodes a IEEE754TotalOrder (Thrift compact protocol). */
export function writeIEEE754TotalOrder(w: CompactWriter, _v: IEEE754TotalOrder): void {
  writeStop(w)
}

/** Encodes a Int96TimestampOrder (Thrift compact protocol). */
export function writeInt96TimestampOrder(w: CompactWriter, _v: Int96TimestampOrder): void {
  writeStop(w)
}

/** Encodes a ColumnOrder (Thrift compact protocol). */
export function writeColumnOrder(w: CompactWriter, v: ColumnOrder): void {
  let last = 0
  if (v.TYPE_ORDER !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeTypeDefinedOrder(w, v.TYPE_ORDER)
  }
  if (v.IEEE_754_TOTAL_ORDER !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 2, last)
    writeIEEE754TotalOrder(w, v.IEEE_754_TOTAL_ORDER)
  }
  if (v.INT96_TIMESTAMP_ORDER !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 3, last)
    writeInt96TimestampOrder(w, v.INT96_TIMESTAMP_ORDER)
  }
  writeStop(w)
}

/** Encodes a PageLocation (Thrift compact protocol). */
export function writePageLocation(w: CompactWriter, v: PageLocation): void {
  let last = 0
  if (v.offset === undefined) missingOnWrite('PageLocation', 'offset')
  last = writeFieldHeader(w, CT_I64, 1, last)
  writeI64(w, v.offset)
  if (v.compressed_page_size === undefined) missingOnWrite('PageLocation', 'compressed_page_size')
  last = writeFieldHeader(w, CT_I32, 2, last)
  writeI32(w, v.compressed_page_size)
  if (v.first_row_index === undefined) missingOnWrite('PageLocation', 'first_row_index')
  last = writeFieldHeader(w, CT_I64, 3, last)
  writeI64(w, v.first_row_index)
  writeStop(w)
}

/** Encodes a OffsetIndex (Thrift compact protocol). */
export function writeOffsetIndex(w: CompactWriter, v: OffsetIndex): void {
  let last = 0
  if (v.page_locations === undefined) missingOnWrite('OffsetIndex', 'page_locations')
  last = writeFieldHeader(w, CT_LIST, 1, last)
  {
    const a = v.page_locations
    writeListHeader(w, CT_STRUCT, a.length)
    for (let i = 0; i < a.length; i++) writePageLocation(w, a[i]!)
  }
  if (v.unencoded_byte_array_data_bytes !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 2, last)
    {
      const a = v.unencoded_byte_array_data_bytes
      writeListHeader(w, CT_I64, a.length)
      for (let i = 0; i < a.length; i++) writeI64(w, a[i]!)
    }
  }
  writeStop(w)
}

/** Encodes a ColumnIndex (Thrift compact protocol). */
export function writeColumnIndex(w: CompactWriter, v: ColumnIndex): void {
  let last = 0
  if (v.null_pages === undefined) missingOnWrite('ColumnIndex', 'null_pages')
  last = writeFieldHeader(w, CT_LIST, 1, last)
  {
    const a = v.null_pages
    writeListHeader(w, CT_BOOL_TRUE, a.length)
    for (let i = 0; i < a.length; i++) writeBoolElement(w, a[i]!)
  }
  if (v.min_values === undefined) missingOnWrite('ColumnIndex', 'min_values')
  last = writeFieldHeader(w, CT_LIST, 2, last)
  {
    const a = v.min_values
    writeListHeader(w, CT_BINARY, a.length)
    for (let i = 0; i < a.length; i++) writeBinary(w, a[i]!)
  }
  if (v.max_values === undefined) missingOnWrite('ColumnIndex', 'max_values')
  last = writeFieldHeader(w, CT_LIST, 3, last)
  {
    const a = v.max_values
    writeListHeader(w, CT_BINARY, a.length)
    for (let i = 0; i < a.length; i++) writeBinary(w, a[i]!)
  }
  if (v.boundary_order === undefined) missingOnWrite('ColumnIndex', 'boundary_order')
  last = writeFieldHeader(w, CT_I32, 4, last)
  writeI32(w, v.boundary_order)
  if (v.null_counts !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 5, last)
    {
      const a = v.null_counts
      writeListHeader(w, CT_I64, a.length)
      for (let i = 0; i < a.length; i++) writeI64(w, a[i]!)
    }
  }
  if (v.repetition_level_histograms !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 6, last)
    {
      const a = v.repetition_level_histograms
      writeListHeader(w, CT_I64, a.length)
      for (let i = 0; i < a.length; i++) writeI64(w, a[i]!)
    }
  }
  if (v.definition_level_histograms !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 7, last)
    {
      const a = v.definition_level_histograms
      writeListHeader(w, CT_I64, a.length)
      for (let i = 0; i < a.length; i++) writeI64(w, a[i]!)
    }
  }
  if (v.nan_counts !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 8, last)
    {
      const a = v.nan_counts
      writeListHeader(w, CT_I64, a.length)
      for (let i = 0; i < a.length; i++) writeI64(w, a[i]!)
    }
  }
  writeStop(w)
}

/** Encodes a AesGcmV1 (Thrift compact protocol). */
export function writeAesGcmV1(w: CompactWriter, v: AesGcmV1): void {
  let last = 0
  if (v.aad_prefix !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 1, last)
    writeBinary(w, v.aad_prefix)
  }
  if (v.aad_file_unique !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 2, last)
    writeBinary(w, v.aad_file_unique)
  }
  if (v.supply_aad_prefix !== undefined) {
    last = writeBoolField(w, 3, last, v.supply_aad_prefix)
  }
  writeStop(w)
}

/** Encodes a AesGcmCtrV1 (Thrift compact protocol). */
export function writeAesGcmCtrV1(w: CompactWriter, v: AesGcmCtrV1): void {
  let last = 0
  if (v.aad_prefix !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 1, last)
    writeBinary(w, v.aad_prefix)
  }
  if (v.aad_file_unique !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 2, last)
    writeBinary(w, v.aad_file_unique)
  }
  if (v.supply_aad_prefix !== undefined) {
    last = writeBoolField(w, 3, last, v.supply_aad_prefix)
  }
  writeStop(w)
}

/** Encodes a EncryptionAlgorithm (Thrift compact protocol). */
export function writeEncryptionAlgorithm(w: CompactWriter, v: EncryptionAlgorithm): void {
  let last = 0
  if (v.AES_GCM_V1 !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 1, last)
    writeAesGcmV1(w, v.AES_GCM_V1)
  }
  if (v.AES_GCM_CTR_V1 !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 2, last)
    writeAesGcmCtrV1(w, v.AES_GCM_CTR_V1)
  }
  writeStop(w)
}

/** Encodes a FileMetaData (Thrift compact protocol). */
export function writeFileMetaData(w: CompactWriter, v: FileMetaData): void {
  let last = 0
  if (v.version === undefined) missingOnWrite('FileMetaData', 'version')
  last = writeFieldHeader(w, CT_I32, 1, last)
  writeI32(w, v.version)
  if (v.schema === undefined) missingOnWrite('FileMetaData', 'schema')
  last = writeFieldHeader(w, CT_LIST, 2, last)
  {
    const a = v.schema
    writeListHeader(w, CT_STRUCT, a.length)
    for (let i = 0; i < a.length; i++) writeSchemaElement(w, a[i]!)
  }
  if (v.num_rows === undefined) missingOnWrite('FileMetaData', 'num_rows')
  last = writeFieldHeader(w, CT_I64, 3, last)
  writeI64(w, v.num_rows)
  if (v.row_groups === undefined) missingOnWrite('FileMetaData', 'row_groups')
  last = writeFieldHeader(w, CT_LIST, 4, last)
  {
    const a = v.row_groups
    writeListHeader(w, CT_STRUCT, a.length)
    for (let i = 0; i < a.length; i++) writeRowGroup(w, a[i]!)
  }
  if (v.key_value_metadata !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 5, last)
    {
      const a = v.key_value_metadata
      writeListHeader(w, CT_STRUCT, a.length)
      for (let i = 0; i < a.length; i++) writeKeyValue(w, a[i]!)
    }
  }
  if (v.created_by !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 6, last)
    writeString(w, v.created_by)
  }
  if (v.column_orders !== undefined) {
    last = writeFieldHeader(w, CT_LIST, 7, last)
    {
      const a = v.column_orders
      writeListHeader(w, CT_STRUCT, a.length)
      for (let i = 0; i < a.length; i++) writeColumnOrder(w, a[i]!)
    }
  }
  if (v.encryption_algorithm !== undefined) {
    last = writeFieldHeader(w, CT_STRUCT, 8, last)
    writeEncryptionAlgorithm(w, v.encryption_algorithm)
  }
  if (v.footer_signing_key_metadata !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 9, last)
    writeBinary(w, v.footer_signing_key_metadata)
  }
  writeStop(w)
}

/** Encodes a FileCryptoMetaData (Thrift compact protocol). */
export function writeFileCryptoMetaData(w: CompactWriter, v: FileCryptoMetaData): void {
  let last = 0
  if (v.encryption_algorithm === undefined) missingOnWrite('FileCryptoMetaData', 'encryption_algorithm')
  last = writeFieldHeader(w, CT_STRUCT, 1, last)
  writeEncryptionAlgorithm(w, v.encryption_algorithm)
  if (v.key_metadata !== undefined) {
    last = writeFieldHeader(w, CT_BINARY, 2, last)
    writeBinary(w, v.key_metadata)
  }
  writeStop(w)
}
