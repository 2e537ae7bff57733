/**
 * The schema tree as text in the Parquet message-type notation used by
 * parquet-mr's tools (`message schema { required int32 id; ... }`).
 */
import { logicalTypeToString } from './logical-type-text.js'
import type { Schema, SchemaNode } from './schema.js'

/** Prints the whole schema as a message type. */
export function schemaToString(schema: Schema): string {
  const lines = [`message ${schema.root.name || 'schema'} {`]
  for (const child of schema.root.children) appendNode(child, 1, lines)
  lines.push('}')
  return lines.join('\n')
}

function appendNode(node: SchemaNode, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth)
  const head = `${indent}${node.repetition.toLowerCase()} ${typeText(node)} ${node.name}${annotation(node)}`
  if (node.physicalType) {
    lines.push(`${head};`)
    return
  }
  lines.push(`${head} {`)
  for (const child of node.children) appendNode(child, depth + 1, lines)
  lines.push(`${indent}}`)
}

function typeText(node: SchemaNode): string {
  switch (node.physicalType) {
    case undefined: return 'group'
    case 'BYTE_ARRAY': return 'binary'
    case 'FIXED_LEN_BYTE_ARRAY': return `fixed_len_byte_array(${node.typeLength})`
    default: return node.physicalType.toLowerCase()
  }
}

function annotation(node: SchemaNode): string {
  const logical = node.logicalType ? ` (${logicalTypeToString(node.logicalType)})` : ''
  const id = node.fieldId !== undefined ? ` = ${node.fieldId}` : ''
  return `${logical}${id}`
}
