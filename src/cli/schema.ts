/**
 * `parquet-ts schema FILE|URL [--json]`: the schema tree.
 */
import type { DecryptionOptions } from '../crypto/options.js'
import { readMetadata } from '../metadata/file-metadata.js'
import type { SchemaNode } from '../metadata/schema.js'
import { schemaToString } from '../metadata/schema-text.js'
import { toJson } from './json.js'
import { withInput } from './open.js'

export interface SchemaNodeJson {
  name: string
  path: string
  repetition: string
  physicalType?: string
  typeLength?: number
  logicalType?: unknown
  fieldId?: number
  maxDefinitionLevel: number
  maxRepetitionLevel: number
  columnIndex?: number
  children?: SchemaNodeJson[]
}

export function schemaNodeJson(node: SchemaNode): SchemaNodeJson {
  const out: SchemaNodeJson = {
    name: node.name,
    path: node.path.join('.'),
    repetition: node.repetition,
    physicalType: node.physicalType,
    typeLength: node.typeLength,
    logicalType: node.logicalType,
    fieldId: node.fieldId,
    maxDefinitionLevel: node.maxDefinitionLevel,
    maxRepetitionLevel: node.maxRepetitionLevel,
  }
  if (node.physicalType) out.columnIndex = node.columnIndex
  else out.children = node.children.map(schemaNodeJson)
  return out
}

export async function schemaCommand(target: string, flags: { json: boolean; decryption?: DecryptionOptions }): Promise<string> {
  return withInput(target, async (source) => {
    const meta = await readMetadata(source, { decryption: flags.decryption })
    return flags.json ? toJson(schemaNodeJson(meta.schema.root)) : schemaToString(meta.schema)
  })
}
