/**
 * Schema lookup by column path (the dotted path of SchemaElement names from
 * the root, parquet.thrift FileMetaData.schema). In a file of its own: reads
 * with a column selection or a filter use it, reading the footer does not.
 */
import type { Schema, SchemaNode } from './schema.js'

/** Finds a node by dotted path or path array; undefined when absent. */
export function findNode(schema: Schema, path: string | readonly string[]): SchemaNode | undefined {
  const parts = typeof path === 'string' ? path.split('.') : path
  let node: SchemaNode | undefined = schema.root
  for (const part of parts) {
    node = node.children.find((c) => c.name === part)
    if (!node) return undefined
  }
  return node
}
