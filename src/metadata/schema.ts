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
  return new ParquetError('SCHEMA_INVALID', message, { schemaIndex })
}

/**
 * Deepest node accepted (path length: the root's children are at 1). Every
 * node keeps its whole path, so depth d costs d entries per node: without a
 * bound, a footer of N elements nested in one chain would take N^2/2 (a
 * 200 KB footer, gigabytes). The bound also keeps definition and repetition
 * levels below 256 and the recursion of assembly and shredding shallow. Real
 * schemas stay far below it (each LIST or MAP level adds two).
 */
const MAX_SCHEMA_DEPTH = 200

/** Builds the tree from the flat element list, validating its shape. */
export function buildSchema(elements: readonly SchemaElement[]): Schema {
  const n = elements.length
  if (!n) throw invalid('expected a root schema element, found none')
  const root = makeNode(elements[0]!, undefined, 0)
  const leaves: SchemaNode[] = []
  // The groups whose children are still to come, innermost last, and how many each still has.
  const groups = [root]
  const remaining = [childCount(elements[0]!, 0, n - 1)]
  let index = 1
  while (groups.length) {
    const last = groups.length - 1
    const parent = groups[last]!
    if (!remaining[last]) {
      groups.pop()
      remaining.pop()
      continue
    }
    if (index >= n) throw invalid(`expected ${remaining[last]} more children of '${parent.name}', found the end`, index)
    remaining[last]!--
    const element = elements[index]!
    if (groups.length > MAX_SCHEMA_DEPTH) {
      throw new ParquetError('LIMIT_EXCEEDED', `expected a schema at most ${MAX_SCHEMA_DEPTH} levels deep, found '${element.name}' deeper`, { schemaIndex: index })
    }
    const node = makeNode(element, parent, index)
    parent.children.push(node)
    const count = childCount(element, index, n - index - 1)
    if (count) {
      groups.push(node)
      remaining.push(count)
    } else if (element.num_children === undefined || element.type !== undefined) finishLeaf(node, leaves, index)
    index++
  }
  // Also a childless root followed by elements.
  if (index < n) throw invalid(`expected ${index} schema elements by num_children, found ${n}`)
  return { root, leaves }
}

function childCount(element: SchemaElement, index: number, available: number): number {
  const n = element.num_children ?? 0
  if (!Number.isInteger(n) || n < 0 || n > available) {
    throw invalid(`expected num_children 0-${available} for '${element.name}', found ${n}`, index)
  }
  return n
}

/** A node for `element`; the root (no parent) is REQUIRED and at levels 0 whatever its element says. */
function makeNode(element: SchemaElement, parent: SchemaNode | undefined, index: number): SchemaNode {
  const rep = parent ? element.repetition_type : 0
  const repetition = REPETITIONS[rep!]
  if (!repetition) throw invalid(`expected repetition_type 0-2 for '${element.name}', found ${rep}`, index)
  return {
    name: element.name,
    path: parent ? [...parent.path, element.name] : [],
    element,
    repetition,
    logicalType: resolveLogicalType(element),
    fieldId: element.field_id,
    // OPTIONAL and REPEATED add a definition level, REPEATED a repetition level.
    maxDefinitionLevel: (parent?.maxDefinitionLevel ?? 0) + +(rep! > 0),
    maxRepetitionLevel: (parent?.maxRepetitionLevel ?? 0) + +(rep === 2),
    children: [],
    columnIndex: -1,
  }
}

function finishLeaf(node: SchemaNode, leaves: SchemaNode[], index: number): void {
  const { type, type_length: length } = node.element
  const physical = PHYSICAL_TYPES[type!]
  const name = node.path.join('.')
  if (!physical) throw invalid(`expected type 0-7 for leaf '${name}', found ${type}`, index)
  node.physicalType = physical
  if (type === 7) {
    if (!(length! >= 0)) throw invalid(`expected type_length >= 0 for '${name}', found ${length}`, index)
    node.typeLength = length
  }
  node.columnIndex = leaves.length
  leaves.push(node)
}
