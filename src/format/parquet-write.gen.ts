// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol encoders (writeX) of the Parquet metadata structures (Thrift IDL
 * thrift/parquet.thrift).
 */
import { CT_BINARY, CT_BOOL_TRUE, CT_BYTE, CT_DOUBLE, CT_I16, CT_I32, CT_I64, CT_LIST, CT_STRUCT } from '../thrift/compact-types.js'
import type { CompactWriter } from '../thrift/compact-write.js'
import { missingOnWrite, writeBinary, writeBoolElement, writeBoolField, writeDouble, writeFieldHeader, writeI32, writeI64, writeI8, writeListHeader, writeStop, writeString } from '../thrift/compact-write.js'
import type { AesGcmCtrV1, AesGcmV1, BloomFilterAlgorithm, BloomFilterCompression, BloomFilterHash, BloomFilterHeader, BoundingBox, BsonType, ColumnChunk, ColumnCryptoMetaData, ColumnIndex, ColumnMetaData, ColumnOrder, DataPageHeader, DataPageHeaderV2, DateType, DecimalType, DictionaryPageHeader, EncryptionAlgorithm, EncryptionWithColumnKey, EncryptionWithFooterKey, EnumType, FileCryptoMetaData, FileMetaData, Float16Type, GeographyType, GeometryType, GeospatialStatistics, IEEE754TotalOrder, IndexPageHeader, Int96TimestampOrder, IntType, JsonType, KeyValue, ListType, LogicalType, MapType, MicroSeconds, MilliSeconds, NanoSeconds, NullType, OffsetIndex, PageEncodingStats, PageHeader, PageLocation, RowGroup, SchemaElement, SizeStatistics, SortingColumn, SplitBlockAlgorithm, Statistics, StringType, TimeType, TimeUnit, TimestampType, TypeDefinedOrder, UUIDType, Uncompressed, VariantType, VectorType, XxHash } from './parquet.gen.js'

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
