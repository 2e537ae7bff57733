// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol decoders (readX: a descriptor per struct, read by readStruct) of FileMetaData
 * (the footer) and every struct it contains (Thrift IDL thrift/parquet.thrift).
 */
import type { Cursor } from '../cursor.js'
import { readStruct, type StructDesc } from '../thrift/struct-read.js'
import type { AesGcmCtrV1, AesGcmV1, BoundingBox, BsonType, ColumnChunk, ColumnCryptoMetaData, ColumnMetaData, ColumnOrder, DateType, DecimalType, EncryptionAlgorithm, EncryptionWithColumnKey, EncryptionWithFooterKey, EnumType, FileCryptoMetaData, FileMetaData, Float16Type, GeographyType, GeometryType, GeospatialStatistics, IEEE754TotalOrder, Int96TimestampOrder, IntType, JsonType, KeyValue, ListType, LogicalType, MapType, MicroSeconds, MilliSeconds, NanoSeconds, NullType, PageEncodingStats, RowGroup, SchemaElement, SizeStatistics, SortingColumn, Statistics, StringType, TimeType, TimeUnit, TimestampType, TypeDefinedOrder, UUIDType, VariantType, VectorType } from './parquet.gen.js'

/** The descriptor shared by every struct without fields. */
export const Empty$: StructDesc = ['', [], []]

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

export const Statistics$: StructDesc = ['', [], [,
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
