// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol decoders (readX: readStruct over the struct's descriptor) of FileMetaData (the
 * footer) and every struct it contains (Thrift IDL thrift/parquet.thrift).
 */
import type { Cursor } from '../cursor.js'
import { readStruct } from '../thrift/struct-read.js'
import { SKIPPED } from '../thrift/struct-desc.js'
import { AesGcmCtrV1$, AesGcmV1$, BoundingBox$, ColumnChunk$, ColumnCryptoMetaData$, ColumnMetaData$, ColumnOrder$, DecimalType$, EncryptionAlgorithm$, EncryptionWithColumnKey$, FileCryptoMetaData$, FileMetaData$, GeographyType$, GeometryType$, GeospatialStatistics$, IntType$, KeyValue$, LogicalType$, PageEncodingStats$, RowGroup$, SchemaElement$, SizeStatistics$, SortingColumn$, Statistics$, TimeType$, TimeUnit$, TimestampType$, VariantType$ } from './parquet-footer-desc.gen.js'
import type { AesGcmCtrV1, AesGcmV1, BoundingBox, BsonType, ColumnChunk, ColumnCryptoMetaData, ColumnMetaData, ColumnOrder, DateType, DecimalType, EncryptionAlgorithm, EncryptionWithColumnKey, EncryptionWithFooterKey, EnumType, FileCryptoMetaData, FileMetaData, Float16Type, GeographyType, GeometryType, GeospatialStatistics, IEEE754TotalOrder, Int96TimestampOrder, IntType, JsonType, KeyValue, ListType, LogicalType, MapType, MicroSeconds, MilliSeconds, NanoSeconds, NullType, PageEncodingStats, RowGroup, SchemaElement, SizeStatistics, SortingColumn, Statistics, StringType, TimeType, TimeUnit, TimestampType, TypeDefinedOrder, UUIDType, VariantType, VectorType } from './parquet.gen.js'

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
  return readStruct(c, SKIPPED)
}

/** Decodes a UUIDType (Thrift compact protocol) at the cursor, advancing it. */
export function readUUIDType(c: Cursor): UUIDType {
  return readStruct(c, SKIPPED)
}

/** Decodes a MapType (Thrift compact protocol) at the cursor, advancing it. */
export function readMapType(c: Cursor): MapType {
  return readStruct(c, SKIPPED)
}

/** Decodes a ListType (Thrift compact protocol) at the cursor, advancing it. */
export function readListType(c: Cursor): ListType {
  return readStruct(c, SKIPPED)
}

/** Decodes a VectorType (Thrift compact protocol) at the cursor, advancing it. */
export function readVectorType(c: Cursor): VectorType {
  return readStruct(c, SKIPPED)
}

/** Decodes a EnumType (Thrift compact protocol) at the cursor, advancing it. */
export function readEnumType(c: Cursor): EnumType {
  return readStruct(c, SKIPPED)
}

/** Decodes a DateType (Thrift compact protocol) at the cursor, advancing it. */
export function readDateType(c: Cursor): DateType {
  return readStruct(c, SKIPPED)
}

/** Decodes a Float16Type (Thrift compact protocol) at the cursor, advancing it. */
export function readFloat16Type(c: Cursor): Float16Type {
  return readStruct(c, SKIPPED)
}

/** Decodes a NullType (Thrift compact protocol) at the cursor, advancing it. */
export function readNullType(c: Cursor): NullType {
  return readStruct(c, SKIPPED)
}

/** Decodes a DecimalType (Thrift compact protocol) at the cursor, advancing it. */
export function readDecimalType(c: Cursor): DecimalType {
  return readStruct(c, DecimalType$)
}

/** Decodes a MilliSeconds (Thrift compact protocol) at the cursor, advancing it. */
export function readMilliSeconds(c: Cursor): MilliSeconds {
  return readStruct(c, SKIPPED)
}

/** Decodes a MicroSeconds (Thrift compact protocol) at the cursor, advancing it. */
export function readMicroSeconds(c: Cursor): MicroSeconds {
  return readStruct(c, SKIPPED)
}

/** Decodes a NanoSeconds (Thrift compact protocol) at the cursor, advancing it. */
export function readNanoSeconds(c: Cursor): NanoSeconds {
  return readStruct(c, SKIPPED)
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
  return readStruct(c, SKIPPED)
}

/** Decodes a BsonType (Thrift compact protocol) at the cursor, advancing it. */
export function readBsonType(c: Cursor): BsonType {
  return readStruct(c, SKIPPED)
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
  return readStruct(c, SKIPPED)
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
  return readStruct(c, SKIPPED)
}

/** Decodes a IEEE754TotalOrder (Thrift compact protocol) at the cursor, advancing it. */
export function readIEEE754TotalOrder(c: Cursor): IEEE754TotalOrder {
  return readStruct(c, SKIPPED)
}

/** Decodes a Int96TimestampOrder (Thrift compact protocol) at the cursor, advancing it. */
export function readInt96TimestampOrder(c: Cursor): Int96TimestampOrder {
  return readStruct(c, SKIPPED)
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
