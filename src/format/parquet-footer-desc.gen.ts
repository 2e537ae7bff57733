// generated — do not edit. Source: thrift/parquet.thrift, regenerate with npm run gen
/**
 * Compact-protocol descriptors (see StructDesc in src/thrift/struct-desc.ts) of FileMetaData (the
 * footer) and every struct it contains (Thrift IDL thrift/parquet.thrift), read by readStruct and
 * written by writeStruct.
 */
import type { StructDesc } from '../thrift/struct-desc.js'

export const SizeStatistics$: StructDesc = [' lunencoded_byte_array_data_bytes Llrepetition_level_histogram Lldefinition_level_histogram']

export const BoundingBox$: StructDesc = ['BoundingBox d!xmin d!xmax d!ymin d!ymax dzmin dzmax dmmin dmmax']

export const GeospatialStatistics$: StructDesc = [' Sbbox Ligeospatial_types', [BoundingBox$]]

export const Statistics$: StructDesc = [' Bmax Bmin lnull_count ldistinct_count Bmax_value Bmin_value bis_max_value_exact bis_min_value_exact lnan_count']

export const DecimalType$: StructDesc = ['DecimalType i!scale i!precision']

export const TimeUnit$: StructDesc = ['| eMILLIS eMICROS eNANOS']

export const TimestampType$: StructDesc = ['TimestampType b!isAdjustedToUTC S!unit', [TimeUnit$]]

export const TimeType$: StructDesc = ['TimeType b!isAdjustedToUTC S!unit', [TimeUnit$]]

export const IntType$: StructDesc = ['IntType y!bitWidth b!isSigned']

export const VariantType$: StructDesc = [' yspecification_version']

export const GeometryType$: StructDesc = [' scrs']

export const GeographyType$: StructDesc = [' scrs ialgorithm']

export const LogicalType$: StructDesc = ['| eSTRING eMAP eLIST eENUM SDECIMAL eDATE STIME STIMESTAMP  SINTEGER eUNKNOWN eJSON eBSON eUUID eFLOAT16 SVARIANT SGEOMETRY SGEOGRAPHY eVECTOR', [DecimalType$, TimeType$, TimestampType$, IntType$, VariantType$, GeometryType$, GeographyType$]]

export const SchemaElement$: StructDesc = ['SchemaElement itype itype_length irepetition_type s!name inum_children iconverted_type iscale iprecision ifield_id SlogicalType ivector_length', [LogicalType$]]

export const KeyValue$: StructDesc = ['KeyValue s!key svalue']

export const SortingColumn$: StructDesc = ['SortingColumn i!column_idx b!descending b!nulls_first']

export const PageEncodingStats$: StructDesc = ['PageEncodingStats i!page_type i!encoding i!count']

export const ColumnMetaData$: StructDesc = ['ColumnMetaData i!type Li!encodings Ls!path_in_schema i!codec l!num_values l!total_uncompressed_size l!total_compressed_size LSkey_value_metadata l!data_page_offset lindex_page_offset ldictionary_page_offset Sstatistics LSencoding_stats lbloom_filter_offset ibloom_filter_length Ssize_statistics Sgeospatial_statistics', [KeyValue$, Statistics$, PageEncodingStats$, SizeStatistics$, GeospatialStatistics$]]

export const EncryptionWithColumnKey$: StructDesc = ['EncryptionWithColumnKey Ls!path_in_schema Bkey_metadata']

export const ColumnCryptoMetaData$: StructDesc = ['| eENCRYPTION_WITH_FOOTER_KEY SENCRYPTION_WITH_COLUMN_KEY', [EncryptionWithColumnKey$]]

export const ColumnChunk$: StructDesc = ['ColumnChunk sfile_path l!0file_offset Smeta_data loffset_index_offset ioffset_index_length lcolumn_index_offset icolumn_index_length Scrypto_metadata Bencrypted_column_metadata', [ColumnMetaData$, ColumnCryptoMetaData$]]

export const RowGroup$: StructDesc = ['RowGroup LS!columns l!total_byte_size l!num_rows LSsorting_columns lfile_offset ltotal_compressed_size hordinal', [ColumnChunk$, SortingColumn$]]

export const ColumnOrder$: StructDesc = ['| eTYPE_ORDER eIEEE_754_TOTAL_ORDER eINT96_TIMESTAMP_ORDER']

export const AesGcmV1$: StructDesc = [' Baad_prefix Baad_file_unique bsupply_aad_prefix']

export const AesGcmCtrV1$: StructDesc = [' Baad_prefix Baad_file_unique bsupply_aad_prefix']

export const EncryptionAlgorithm$: StructDesc = ['| SAES_GCM_V1 SAES_GCM_CTR_V1', [AesGcmV1$, AesGcmCtrV1$]]

export const FileMetaData$: StructDesc = ['FileMetaData i!version LS!schema l!num_rows LS!row_groups LSkey_value_metadata screated_by LScolumn_orders Sencryption_algorithm Bfooter_signing_key_metadata', [SchemaElement$, RowGroup$, KeyValue$, ColumnOrder$, EncryptionAlgorithm$]]

export const FileCryptoMetaData$: StructDesc = ['FileCryptoMetaData S!encryption_algorithm Bkey_metadata', [EncryptionAlgorithm$]]
