// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Parquet metadata structures and enums (Thrift IDL thrift/parquet.thrift): the TypeScript types,
 * each enum as a const object plus a name table. The decoders are in parquet-*.gen.ts, the encoders
 * in parquet-write.gen.ts.
 */

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
export const TypeNames: Readonly<Record<number, string>> = [
  'BOOLEAN',
  'INT32',
  'INT64',
  'INT96',
  'FLOAT',
  'DOUBLE',
  'BYTE_ARRAY',
  'FIXED_LEN_BYTE_ARRAY',
]

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
export const ConvertedTypeNames: Readonly<Record<number, string>> = [
  'UTF8',
  'MAP',
  'MAP_KEY_VALUE',
  'LIST',
  'ENUM',
  'DECIMAL',
  'DATE',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'UINT_8',
  'UINT_16',
  'UINT_32',
  'UINT_64',
  'INT_8',
  'INT_16',
  'INT_32',
  'INT_64',
  'JSON',
  'BSON',
  'INTERVAL',
]

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
export const FieldRepetitionTypeNames: Readonly<Record<number, string>> = [
  'REQUIRED',
  'OPTIONAL',
  'REPEATED',
  'VECTOR',
]

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
export const EdgeInterpolationAlgorithmNames: Readonly<Record<number, string>> = [
  'SPHERICAL',
  'VINCENTY',
  'THOMAS',
  'ANDOYER',
  'KARNEY',
]

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
export const EncodingNames: Readonly<Record<number, string>> = [
  'PLAIN',
  , // 1: none
  'PLAIN_DICTIONARY',
  'RLE',
  'BIT_PACKED',
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
  'RLE_DICTIONARY',
  'BYTE_STREAM_SPLIT',
  'ALP',
] as string[]

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
export const CompressionCodecNames: Readonly<Record<number, string>> = [
  'UNCOMPRESSED',
  'SNAPPY',
  'GZIP',
  'LZO',
  'BROTLI',
  'LZ4',
  'ZSTD',
  'LZ4_RAW',
]

export const PageType = {
  DATA_PAGE: 0,
  INDEX_PAGE: 1,
  DICTIONARY_PAGE: 2,
  DATA_PAGE_V2: 3,
} as const
/** A PageType value; numbers this IDL does not name are kept as they are. */
export type PageType = number
/** PageType value → name, for printing. */
export const PageTypeNames: Readonly<Record<number, string>> = [
  'DATA_PAGE',
  'INDEX_PAGE',
  'DICTIONARY_PAGE',
  'DATA_PAGE_V2',
]

/** Whether the page min/max lists of a ColumnIndex are sorted. */
export const BoundaryOrder = {
  UNORDERED: 0,
  ASCENDING: 1,
  DESCENDING: 2,
} as const
/** A BoundaryOrder value; numbers this IDL does not name are kept as they are. */
export type BoundaryOrder = number
/** BoundaryOrder value → name, for printing. */
export const BoundaryOrderNames: Readonly<Record<number, string>> = [
  'UNORDERED',
  'ASCENDING',
  'DESCENDING',
]

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
