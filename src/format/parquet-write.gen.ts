// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol encoders (writeX: writeStruct over the decoders' descriptor of each struct) of
 * the Parquet metadata structures (Thrift IDL thrift/parquet.thrift).
 */
import { type CompactWriter, writeStruct } from '../thrift/compact-write.js'
import { SKIPPED } from '../thrift/struct-desc.js'
import { AesGcmCtrV1$, AesGcmV1$, BoundingBox$, ColumnChunk$, ColumnCryptoMetaData$, ColumnMetaData$, ColumnOrder$, DecimalType$, EncryptionAlgorithm$, EncryptionWithColumnKey$, FileCryptoMetaData$, FileMetaData$, GeographyType$, GeometryType$, GeospatialStatistics$, IntType$, KeyValue$, LogicalType$, PageEncodingStats$, RowGroup$, SchemaElement$, SizeStatistics$, SortingColumn$, Statistics$, TimeType$, TimeUnit$, TimestampType$, VariantType$ } from './parquet-footer-desc.gen.js'
import { BloomFilterAlgorithm$, BloomFilterCompression$, BloomFilterHash$, BloomFilterHeader$, ColumnIndex$, OffsetIndex$, PageLocation$ } from './parquet-index-desc.gen.js'
import { DataPageHeader$, DataPageHeaderV2$, DictionaryPageHeader$, PageHeader$ } from './parquet-page-header-desc.gen.js'
import type { AesGcmCtrV1, AesGcmV1, BloomFilterAlgorithm, BloomFilterCompression, BloomFilterHash, BloomFilterHeader, BoundingBox, BsonType, ColumnChunk, ColumnCryptoMetaData, ColumnIndex, ColumnMetaData, ColumnOrder, DataPageHeader, DataPageHeaderV2, DateType, DecimalType, DictionaryPageHeader, EncryptionAlgorithm, EncryptionWithColumnKey, EncryptionWithFooterKey, EnumType, FileCryptoMetaData, FileMetaData, Float16Type, GeographyType, GeometryType, GeospatialStatistics, IEEE754TotalOrder, IndexPageHeader, Int96TimestampOrder, IntType, JsonType, KeyValue, ListType, LogicalType, MapType, MicroSeconds, MilliSeconds, NanoSeconds, NullType, OffsetIndex, PageEncodingStats, PageHeader, PageLocation, RowGroup, SchemaElement, SizeStatistics, SortingColumn, SplitBlockAlgorithm, Statistics, StringType, TimeType, TimeUnit, TimestampType, TypeDefinedOrder, UUIDType, Uncompressed, VariantType, VectorType, XxHash } from './parquet.gen.js'

/** Encodes a SizeStatistics (Thrift compact protocol). */
export function writeSizeStatistics(w: CompactWriter, v: SizeStatistics): void {
  writeStruct(w, SizeStatistics$, v)
}

/** Encodes a BoundingBox (Thrift compact protocol). */
export function writeBoundingBox(w: CompactWriter, v: BoundingBox): void {
  writeStruct(w, BoundingBox$, v)
}

/** Encodes a GeospatialStatistics (Thrift compact protocol). */
export function writeGeospatialStatistics(w: CompactWriter, v: GeospatialStatistics): void {
  writeStruct(w, GeospatialStatistics$, v)
}

/** Encodes a Statistics (Thrift compact protocol). */
export function writeStatistics(w: CompactWriter, v: Statistics): void {
  writeStruct(w, Statistics$, v)
}

/** Encodes a StringType (Thrift compact protocol). */
export function writeStringType(w: CompactWriter, v: StringType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a UUIDType (Thrift compact protocol). */
export function writeUUIDType(w: CompactWriter, v: UUIDType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a MapType (Thrift compact protocol). */
export function writeMapType(w: CompactWriter, v: MapType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a ListType (Thrift compact protocol). */
export function writeListType(w: CompactWriter, v: ListType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a VectorType (Thrift compact protocol). */
export function writeVectorType(w: CompactWriter, v: VectorType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a EnumType (Thrift compact protocol). */
export function writeEnumType(w: CompactWriter, v: EnumType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a DateType (Thrift compact protocol). */
export function writeDateType(w: CompactWriter, v: DateType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a Float16Type (Thrift compact protocol). */
export function writeFloat16Type(w: CompactWriter, v: Float16Type): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a NullType (Thrift compact protocol). */
export function writeNullType(w: CompactWriter, v: NullType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a DecimalType (Thrift compact protocol). */
export function writeDecimalType(w: CompactWriter, v: DecimalType): void {
  writeStruct(w, DecimalType$, v)
}

/** Encodes a MilliSeconds (Thrift compact protocol). */
export function writeMilliSeconds(w: CompactWriter, v: MilliSeconds): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a MicroSeconds (Thrift compact protocol). */
export function writeMicroSeconds(w: CompactWriter, v: MicroSeconds): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a NanoSeconds (Thrift compact protocol). */
export function writeNanoSeconds(w: CompactWriter, v: NanoSeconds): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a TimeUnit (Thrift compact protocol). */
export function writeTimeUnit(w: CompactWriter, v: TimeUnit): void {
  writeStruct(w, TimeUnit$, v)
}

/** Encodes a TimestampType (Thrift compact protocol). */
export function writeTimestampType(w: CompactWriter, v: TimestampType): void {
  writeStruct(w, TimestampType$, v)
}

/** Encodes a TimeType (Thrift compact protocol). */
export function writeTimeType(w: CompactWriter, v: TimeType): void {
  writeStruct(w, TimeType$, v)
}

/** Encodes a IntType (Thrift compact protocol). */
export function writeIntType(w: CompactWriter, v: IntType): void {
  writeStruct(w, IntType$, v)
}

/** Encodes a JsonType (Thrift compact protocol). */
export function writeJsonType(w: CompactWriter, v: JsonType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a BsonType (Thrift compact protocol). */
export function writeBsonType(w: CompactWriter, v: BsonType): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a VariantType (Thrift compact protocol). */
export function writeVariantType(w: CompactWriter, v: VariantType): void {
  writeStruct(w, VariantType$, v)
}

/** Encodes a GeometryType (Thrift compact protocol). */
export function writeGeometryType(w: CompactWriter, v: GeometryType): void {
  writeStruct(w, GeometryType$, v)
}

/** Encodes a GeographyType (Thrift compact protocol). */
export function writeGeographyType(w: CompactWriter, v: GeographyType): void {
  writeStruct(w, GeographyType$, v)
}

/** Encodes a LogicalType (Thrift compact protocol). */
export function writeLogicalType(w: CompactWriter, v: LogicalType): void {
  writeStruct(w, LogicalType$, v)
}

/** Encodes a SchemaElement (Thrift compact protocol). */
export function writeSchemaElement(w: CompactWriter, v: SchemaElement): void {
  writeStruct(w, SchemaElement$, v)
}

/** Encodes a DataPageHeader (Thrift compact protocol). */
export function writeDataPageHeader(w: CompactWriter, v: DataPageHeader): void {
  writeStruct(w, DataPageHeader$, v)
}

/** Encodes a IndexPageHeader (Thrift compact protocol). */
export function writeIndexPageHeader(w: CompactWriter, v: IndexPageHeader): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a DictionaryPageHeader (Thrift compact protocol). */
export function writeDictionaryPageHeader(w: CompactWriter, v: DictionaryPageHeader): void {
  writeStruct(w, DictionaryPageHeader$, v)
}

/** Encodes a DataPageHeaderV2 (Thrift compact protocol). */
export function writeDataPageHeaderV2(w: CompactWriter, v: DataPageHeaderV2): void {
  writeStruct(w, DataPageHeaderV2$, v)
}

/** Encodes a SplitBlockAlgorithm (Thrift compact protocol). */
export function writeSplitBlockAlgorithm(w: CompactWriter, v: SplitBlockAlgorithm): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a BloomFilterAlgorithm (Thrift compact protocol). */
export function writeBloomFilterAlgorithm(w: CompactWriter, v: BloomFilterAlgorithm): void {
  writeStruct(w, BloomFilterAlgorithm$, v)
}

/** Encodes a XxHash (Thrift compact protocol). */
export function writeXxHash(w: CompactWriter, v: XxHash): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a BloomFilterHash (Thrift compact protocol). */
export function writeBloomFilterHash(w: CompactWriter, v: BloomFilterHash): void {
  writeStruct(w, BloomFilterHash$, v)
}

/** Encodes a Uncompressed (Thrift compact protocol). */
export function writeUncompressed(w: CompactWriter, v: Uncompressed): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a BloomFilterCompression (Thrift compact protocol). */
export function writeBloomFilterCompression(w: CompactWriter, v: BloomFilterCompression): void {
  writeStruct(w, BloomFilterCompression$, v)
}

/** Encodes a BloomFilterHeader (Thrift compact protocol). */
export function writeBloomFilterHeader(w: CompactWriter, v: BloomFilterHeader): void {
  writeStruct(w, BloomFilterHeader$, v)
}

/** Encodes a PageHeader (Thrift compact protocol). */
export function writePageHeader(w: CompactWriter, v: PageHeader): void {
  writeStruct(w, PageHeader$, v)
}

/** Encodes a KeyValue (Thrift compact protocol). */
export function writeKeyValue(w: CompactWriter, v: KeyValue): void {
  writeStruct(w, KeyValue$, v)
}

/** Encodes a SortingColumn (Thrift compact protocol). */
export function writeSortingColumn(w: CompactWriter, v: SortingColumn): void {
  writeStruct(w, SortingColumn$, v)
}

/** Encodes a PageEncodingStats (Thrift compact protocol). */
export function writePageEncodingStats(w: CompactWriter, v: PageEncodingStats): void {
  writeStruct(w, PageEncodingStats$, v)
}

/** Encodes a ColumnMetaData (Thrift compact protocol). */
export function writeColumnMetaData(w: CompactWriter, v: ColumnMetaData): void {
  writeStruct(w, ColumnMetaData$, v)
}

/** Encodes a EncryptionWithFooterKey (Thrift compact protocol). */
export function writeEncryptionWithFooterKey(w: CompactWriter, v: EncryptionWithFooterKey): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a EncryptionWithColumnKey (Thrift compact protocol). */
export function writeEncryptionWithColumnKey(w: CompactWriter, v: EncryptionWithColumnKey): void {
  writeStruct(w, EncryptionWithColumnKey$, v)
}

/** Encodes a ColumnCryptoMetaData (Thrift compact protocol). */
export function writeColumnCryptoMetaData(w: CompactWriter, v: ColumnCryptoMetaData): void {
  writeStruct(w, ColumnCryptoMetaData$, v)
}

/** Encodes a ColumnChunk (Thrift compact protocol). */
export function writeColumnChunk(w: CompactWriter, v: ColumnChunk): void {
  writeStruct(w, ColumnChunk$, v)
}

/** Encodes a RowGroup (Thrift compact protocol). */
export function writeRowGroup(w: CompactWriter, v: RowGroup): void {
  writeStruct(w, RowGroup$, v)
}

/** Encodes a TypeDefinedOrder (Thrift compact protocol). */
export function writeTypeDefinedOrder(w: CompactWriter, v: TypeDefinedOrder): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a IEEE754TotalOrder (Thrift compact protocol). */
export function writeIEEE754TotalOrder(w: CompactWriter, v: IEEE754TotalOrder): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a Int96TimestampOrder (Thrift compact protocol). */
export function writeInt96TimestampOrder(w: CompactWriter, v: Int96TimestampOrder): void {
  writeStruct(w, SKIPPED, v)
}

/** Encodes a ColumnOrder (Thrift compact protocol). */
export function writeColumnOrder(w: CompactWriter, v: ColumnOrder): void {
  writeStruct(w, ColumnOrder$, v)
}

/** Encodes a PageLocation (Thrift compact protocol). */
export function writePageLocation(w: CompactWriter, v: PageLocation): void {
  writeStruct(w, PageLocation$, v)
}

/** Encodes a OffsetIndex (Thrift compact protocol). */
export function writeOffsetIndex(w: CompactWriter, v: OffsetIndex): void {
  writeStruct(w, OffsetIndex$, v)
}

/** Encodes a ColumnIndex (Thrift compact protocol). */
export function writeColumnIndex(w: CompactWriter, v: ColumnIndex): void {
  writeStruct(w, ColumnIndex$, v)
}

/** Encodes a AesGcmV1 (Thrift compact protocol). */
export function writeAesGcmV1(w: CompactWriter, v: AesGcmV1): void {
  writeStruct(w, AesGcmV1$, v)
}

/** Encodes a AesGcmCtrV1 (Thrift compact protocol). */
export function writeAesGcmCtrV1(w: CompactWriter, v: AesGcmCtrV1): void {
  writeStruct(w, AesGcmCtrV1$, v)
}

/** Encodes a EncryptionAlgorithm (Thrift compact protocol). */
export function writeEncryptionAlgorithm(w: CompactWriter, v: EncryptionAlgorithm): void {
  writeStruct(w, EncryptionAlgorithm$, v)
}

/** Encodes a FileMetaData (Thrift compact protocol). */
export function writeFileMetaData(w: CompactWriter, v: FileMetaData): void {
  writeStruct(w, FileMetaData$, v)
}

/** Encodes a FileCryptoMetaData (Thrift compact protocol). */
export function writeFileCryptoMetaData(w: CompactWriter, v: FileCryptoMetaData): void {
  writeStruct(w, FileCryptoMetaData$, v)
}
