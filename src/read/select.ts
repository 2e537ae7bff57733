/**
 * Column selection: which leaves a read needs, from top-level names or dotted
 * paths, and the schema pruned to them (so assembly builds only what was asked).
 */
import { ParquetError } from '../errors.js'
import { findNode } from '../metadata/find-node.js'
import type { Schema, SchemaNode } from '../metadata/schema.js'

export interface Selection {
  /** The schema with only the selected leaves (and their ancestors). */
  schema: Schema
  /** Selected leaves, by column index. */
  leaves: SchemaNode[]
}

/** Resolves `columns` (all when absent) against `schema`. */
export function selectColumns(schema: Schema, columns: readonly string[] | undefined): Selection {
  if (!columns) return { schema, leaves: schema.leaves }
  const chosen = new Set<number>()
  for (const name of columns) {
    const node = findNode(schema, name)
    if (!node || node === schema.root) {
      const known = schema.root.children.map((c) => c.name).join(', ')
      throw new ParquetError('ARGUMENT_INVALID', `expected a column name or dotted path (top level: ${known}), found '${name}'`, { column: name })
    }
    for (const leaf of leavesOf(node)) chosen.add(leaf.columnIndex)
  }
  const leaves = schema.leaves.filter((l) => chosen.has(l.columnIndex))
  return { schema: { root: prune(schema.root, chosen)!, leaves }, leaves }
}

function leavesOf(node: SchemaNode): SchemaNode[] {
  if (node.physicalType) return [node]
  return node.children.flatMap(leavesOf)
}

function prune(node: SchemaNode, chosen: Set<number>): SchemaNode | undefined {
  if (node.physicalType) return chosen.has(node.columnIndex) ? node : undefined
  const children = node.children.map((c) => prune(c, chosen)).filter((c): c is SchemaNode => c !== undefined)
  if (children.length === 0) return undefined
  return children.length === node.children.length ? node : { ...node, children }
}
