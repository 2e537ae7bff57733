/**
 * The schema tree: the footer's flat, depth-first list of SchemaElements
 * (parquet.thrift FileMetaData.schema) rebuilt as a tree, with each node's
 * path, repetition, physical and logical type and maximum definition and
 * repetition levels (the Dremel levels of the format's README).
 */
import { ParquetError } from '../errors.js'
import type { SchemaElement } from '../format/parquet.gen.js'
import { type LogicalTypeInfo, resolveLogicalType } from './logical-type.js'

/** Whether a field occurs exactly once, at most once or any number of times per parent. */
export type Repetition = 'REQUIRED' | 'OPTIONAL' | 'REPEATED'
/** The Parquet physical (storage) type of a leaf column. */
export type PhysicalType =
  | 'BOOLEAN'
  | 'INT32'
  | 'INT64'
  | 'INT96'
  | 'FLOAT'
  | 'DOUBLE'
  | 'BYTE_ARRAY'
  | 'FIXED_LEN_BYTE_ARRAY'

export const PHYSICAL_TYPES: readonly PhysicalType[] = [
  'BOOLEAN', 'INT32', 'INT64', 'INT96', 'FLOAT', 'DOUBLE', 'BYTE_ARRAY', 'FIXED_LEN_BYTE_ARRAY',
]
const REPETITIONS: readonly Repetition[] = ['REQUIRED', 'OPTIONAL', 'REPEATED']

/** One field of the schema tree: a group (with children) or a leaf column, with its repetition and types. */
export interface SchemaNode {
  name: string
  /** Names from the first level below the root down to this node. */
  path: string[]
  /** The footer's element, as decoded. */
  element: SchemaElement
  repetition: Repetition
  /** Set for leaves (primitive columns) only. */
  physicalType?: PhysicalType
  /** FIXED_LEN_BYTE_ARRAY length. */
  typeLength?: number
  logicalType?: LogicalTypeInfo
  fieldId?: number
  maxDefinitionLevel: number
  maxRepetitionLevel: number
  children: SchemaNode[]
  /** Index of this leaf among the file's columns; -1 for groups. */
  columnIndex: number
}

/** The schema tree of a file, built from the footer's flat SchemaElement list. */
export interface Schema {
  root: SchemaNode
  /** Leaves in column order (the order of column chunks in every row group). */
  leaves: SchemaNode[]
}

/** A SCHEMA_INVALID error at schema element `schemaIndex`. */
function invalid(message: string, schemaIndex?: number): ParquetError {
  return new ParquetError('SCHEMA_INVALID', message, schemaIndex === undefined ? {} : { schemaIndex })
}

/** Builds the tree from the flat element list, validating its shape. */
export function buildSchema(elements: readonly SchemaElement[]): Schema {
  if (elements.length === 0) throw invalid('expected at least a root schema element, found none')
  const root = makeNode(elements[0]!, undefined, 0)
  root.repetition = 'REQUIRED'
  const leaves: SchemaNode[] = []
  const stack: { node: SchemaNode; remaining: number }[] = [{ node: root, remaining: childCount(elements[0]!, 0, elements.length) }]
  if (stack[0]!.remaining === 0 && elements.length > 1) {
    throw invalid(`expected the root to have children, found ${elements.length - 1} elements after a childless root`)
  }
  let index = 1
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!
    if (top.remaining === 0) {
      stack.pop()
      continue
    }
    if (index >= elements.length) {
      throw invalid(`expected ${top.remaining} more children of '${top.node.name}', found the end of the schema`, index)
    }
    top.remaining--
    const element = elements[index]!
    const node = makeNode(element, top.node, index)
    top.node.children.push(node)
    const count = childCount(element, index, elements.length - index - 1)
    if (count > 0) stack.push({ node, remaining: count })
    else if (element.num_children === undefined || element.type !== undefined) finishLeaf(node, leaves, index)
    index++
  }
  if (index !== elements.length) {
    throw invalid(`expected ${index} schema elements from the tree's child counts, found ${elements.length}`)
  }
  return { root, leaves }
}

function childCount(element: SchemaElement, index: number, available: number): number {
  const n = element.num_children ?? 0
  if (!Number.isInteger(n) || n < 0 || n > available) {
    throw invalid(`expected num_children between 0 and ${available} for '${element.name}', found ${n}`, index)
  }
  return n
}

function makeNode(element: SchemaElement, parent: SchemaNode | undefined, index: number): SchemaNode {
  const rep = element.repetition_type
  if (parent && (rep === undefined || REPETITIONS[rep] === undefined)) {
    throw invalid(`expected a repetition type (0-2) for '${element.name}', found ${rep}`, index)
  }
  const repetition = parent ? REPETITIONS[rep!]! : 'REQUIRED'
  const node: SchemaNode = {
    name: element.name,
    path: parent ? [...parent.path, element.name] : [],
    element,
    repetition,
    logicalType: resolveLogicalType(element),
    fieldId: element.field_id,
    maxDefinitionLevel: (parent?.maxDefinitionLevel ?? 0) + (parent && repetition !== 'REQUIRED' ? 1 : 0),
    maxRepetitionLevel: (parent?.maxRepetitionLevel ?? 0) + (parent && repetition === 'REPEATED' ? 1 : 0),
    children: [],
    columnIndex: -1,
  }
  return node
}

function finishLeaf(node: SchemaNode, leaves: SchemaNode[], index: number): void {
  const type = node.element.type
  const physical = type === undefined ? undefined : PHYSICAL_TYPES[type]
  if (!physical) {
    throw invalid(`expected a physical type (0-7) for leaf '${node.path.join('.')}', found ${type}`, index)
  }
  node.physicalType = physical
  if (physical === 'FIXED_LEN_BYTE_ARRAY') {
    const length = node.element.type_length
    if (length === undefined || length < 0) {
      throw invalid(`expected a type_length >= 0 for FIXED_LEN_BYTE_ARRAY '${node.path.join('.')}', found ${length}`, index)
    }
    node.typeLength = length
  }
  node.columnIndex = leaves.length
  leaves.push(node)
}
