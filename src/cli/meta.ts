/**
 * `parquet-ts meta FILE|URL [--json]`: file properties, schema, and per row
 * group the column chunks with sizes, codecs, encodings and statistics.
 */
import type { DecryptionOptions } from '../crypto/options.js'
import { type ColumnChunkInfo, type ParquetMetadata, readMetadata } from '../metadata/file-metadata.js'
import { schemaToString } from '../metadata/schema-text.js'
import { chunkStatistics } from '../metadata/statistics.js'
import { toJson } from './json.js'
import { withInput } from './open.js'
import { schemaNodeJson } from './schema.js'
import { formatBytes, formatTable, formatValue } from './table.js'

export async function metaCommand(target: string, flags: { json: boolean; decryption?: DecryptionOptions }): Promise<string> {
  return withInput(target, async (source) => {
    const meta = await readMetadata(source, { decryption: flags.decryption })
    return flags.json ? toJson(metaJson(meta)) : metaText(source.name, meta)
  })
}

function metaText(name: string, meta: ParquetMetadata): string {
  const out = [
    `File:        ${name}`,
    `Size:        ${formatBytes(meta.byteLength)} (footer ${formatBytes(meta.footerLength)})`,
    `Created by:  ${meta.createdBy ?? '(unknown)'}`,
    `Version:     ${meta.fileMetaData.version}`,
    `Rows:        ${meta.numRows}`,
    `Row groups:  ${meta.rowGroups.length}`,
  ]
  if (meta.fileMetaData.encryption_algorithm) out.push('Encryption:  columns encrypted, plaintext footer')
  if (meta.keyValueMetadata.size) {
    out.push('Properties:')
    for (const [k, v] of meta.keyValueMetadata) out.push(`  ${k}: ${v === undefined ? '(no value)' : formatValue(v, 60).slice(1, -1)}`)
  }
  out.push('', 'Schema:', schemaToString(meta.schema))
  for (const rg of meta.rowGroups) {
    const compressed = rg.columns.reduce((s, c) => s + c.totalCompressedSize, 0)
    out.push('', `Row group ${rg.index}: ${rg.numRows} rows, ${formatBytes(compressed)} compressed, ${formatBytes(rg.totalByteSize)} uncompressed`)
    out.push(formatTable(
      ['column', 'type', 'codec', 'encodings', 'values', 'compressed', 'uncompressed', 'nulls', 'min', 'max'],
      rg.columns.map(chunkRow),
    ))
  }
  return out.join('\n')
}

function chunkRow(c: ColumnChunkInfo): string[] {
  if (c.encrypted && !c.metaData) return [c.path, c.column.physicalType ?? '', '(encrypted)', '', '', '', '', '', '', '']
  const s = chunkStatistics(c)
  return [
    c.path,
    c.column.physicalType === 'FIXED_LEN_BYTE_ARRAY' ? `FIXED(${c.column.typeLength})` : (c.column.physicalType ?? ''),
    c.codec,
    c.encodings.join(','),
    String(c.numValues),
    formatBytes(c.totalCompressedSize),
    formatBytes(c.totalUncompressedSize),
    s?.nullCount === undefined ? '' : String(s.nullCount),
    formatValue(s?.min, 24),
    formatValue(s?.max, 24),
  ]
}

function metaJson(meta: ParquetMetadata): unknown {
  return {
    byteLength: meta.byteLength,
    footerLength: meta.footerLength,
    createdBy: meta.createdBy,
    version: meta.fileMetaData.version,
    numRows: meta.numRows,
    keyValueMetadata: meta.keyValueMetadata,
    schema: schemaNodeJson(meta.schema.root),
    rowGroups: meta.rowGroups.map((rg) => ({
      index: rg.index,
      numRows: rg.numRows,
      totalByteSize: rg.totalByteSize,
      columns: rg.columns.map((c) => ({
        path: c.path,
        physicalType: c.column.physicalType,
        codec: c.codec,
        encodings: c.encodings,
        numValues: c.numValues,
        totalCompressedSize: c.totalCompressedSize,
        totalUncompressedSize: c.totalUncompressedSize,
        start: c.start,
        end: c.end,
        encrypted: c.encrypted,
        statistics: chunkStatistics(c),
      })),
    })),
  }
}
