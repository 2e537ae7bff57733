// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol decoders (readX: a descriptor per struct, read by readStruct) of FileMetaData
 * (the footer) and every struct it contains (Thrift IDL thrift/parquet.thrift).
 */
import type { Cursor } from '../cursor.js'
import { readStruct, type StructDesc } from '../thrift/struct-read.js'
import type { AesGcmCtrV1, AesGcmV1, BoundingBox, BsonType, ColumnChunk, ColumnCryptoMetaData, ColumnMetaData, ColumnOrder, DateType, DecimalType, EncryptionAlgorithm, EncryptionWithColumnKey, EncryptionWithFooterKey, EnumType, FileCryptoMetaData, FileMetaData, Float16Type, GeographyType, GeometryType, GeospatialStatistics, IEEE754TotalOrder, Int96TimestampOrder, IntType, JsonType, KeyValue, ListType, LogicalType, MapType, MicroSeconds, MilliSeconds, NanoSeconds, NullType, PageEncodingStats, RowGroup, SchemaElement, SizeStatistics, SortingColumn, Statistics, StringType, TimeType, TimeUnit, TimestampType, TypeDefinedOrder, UUIDType, VariantType, VectorType } from './parquet.gen.js'

/** The descriptor shared by every struct without fields. */
export const Empty$: StructDesc = ['']

const SizeStatistics$: StructDesc = [' lunencoded_byte_array_data_bytes Llrepetition_level_histogram Lldefinition_level_histogram']

const BoundingBox$: StructDesc = ['BoundingBox d!xmin d!xmax d!ymin d!ymax dzmin dzmax dmmin dmmax']

const GeospatialStatistics$: StructDesc = [' Sbbox Ligeospatial_types', [BoundingBox$]]

export const Statistics$: StructDesc = [' Bmax Bmin lnull_count ldistinct_count Bmax_value Bmin_value bis_max_value_exact bis_min_value_exact lnan_count']

const DecimalType$: StructDesc = ['DecimalType i!scale i!precision']

const TimeUnit$: StructDesc = ['| eMILLIS eMICROS eNANOS']

const TimestampType$: StructDesc = ['TimestampType b!isAdjustedToUTC S!unit', [TimeUnit$]]

const TimeType$: StructDesc = ['TimeType b!isAdjustedToUTC S!unit', [TimeUnit$]]

const IntType$: StructDesc = ['IntType y!bitWidth b!isSigned']

const VariantType$: StructDesc = [' yspecification_version']

const GeometryType$: StructDesc = [' scrs']

const GeographyType$: StructDesc = [' scrs ialgorithm']

const LogicalType$: StructDesc = ['| eSTRING eMAP eLIST eENUM SDECIMAL eDATE STIME STIMESTAMP  SINTEGER eUNKNOWN eJSON eBSON eUUID eFLOAT16 SVARIANT SGEOMETRY SGEOGRAPHY eVECTOR', [DecimalType$, TimeType$, TimestampType$, IntType$, VariantType$, GeometryType$, GeographyType$]]

const SchemaElement$: StructDesc = ['SchemaElement itype itype_length irepetition_type s!name inum_children iconverted_type iscale iprecision ifield_id SlogicalType ivector_length', [LogicalType$]]

const KeyValue$: StructDesc = ['KeyValue s!key svalue']

const SortingColumn$: StructDesc = ['SortingColumn i!column_idx b!descending b!nulls_first']

const PageEncodingStats$: StructDesc = ['PageEncodingStats i!page_type i!encoding i!count']

const ColumnMetaData$: StructDesc = ['ColumnMetaData i!type Li!encodings Ls!path_in_schema i!codec l!num_values l!total_uncompressed_size l!total_compressed_size LSkey_value_metadata l!data_page_offset lindex_page_offset ldictionary_page_offset Sstatistics LSencoding_stats lbloom_filter_offset ibloom_filter_length Ssize_statistics Sgeospatial_statistics', [KeyValue$, Statistics$, PageEncodingStats$, SizeStatistics$, GeospatialStatistics$]]

const EncryptionWithColumnKey$: StructDesc = ['EncryptionWithColumnKey Ls!path_in_schema Bkey_metadata']

const ColumnCryptoMetaData$: StructDesc = ['| eENCRYPTION_WITH_FOOTER_KEY SENCRYPTION_WITH_COLUMN_KEY', [EncryptionWithColumnKey$]]

const ColumnChunk$: StructDesc = ['ColumnChunk sfile_path l!0file_offset Smeta_data loffset_index_offset ioffset_index_length lcolumn_index_offset icolumn_index_length Scrypto_metadata Bencrypted_column_metadata', [ColumnMetaData$, ColumnCryptoMetaData$]]

const RowGroup$: StructDesc = ['RowGroup LS!columns l!total_byte_size l!num_rows LSsorting_columns lfile_offset ltotal_compressed_size hordinal', [ColumnChunk$, SortingColumn$]]

const ColumnOrder$: StructDesc = ['| eTYPE_ORDER eIEEE_754_TOTAL_ORDER eINT96_TIMESTAMP_ORDER']

const AesGcmV1$: StructDesc = [' Baad_prefix Baad_file_unique bsupply_aad_prefix']

const AesGcmCtrV1$: StructDesc = [' Baad_prefix Baad_file_unique bsupply_aad_prefix']

const EncryptionAlgorithm$: StructDesc = ['| SAES_GCM_V1 SAES_GCM_CTR_V1', [AesGcmV1$, AesGcmCtrV1$]]

const FileMetaData$: StructDesc = ['FileMetaData i!version LS!schema l!num_rows LS!row_groups LSkey_value_metadata screated_by LScolumn_orders Sencryption_algorithm Bfooter_signing_key_metadata', [SchemaElement$, RowGroup$, KeyValue$, ColumnOrder$, EncryptionAlgorithm$]]

const FileCryptoMetaData$: StructDesc = ['FileCryptoMetaData S!encryption_algorithm Bkey_metadata', [EncryptionAlgorithm$]]

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
