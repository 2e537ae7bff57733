/**
 * Value plans: how a schema field maps to a JS value, following the Nested
 * Types section of LogicalTypes.md (LIST and MAP, with their
 * backward-compatibility rules) and the Dremel levels of the format README.
 *
 * A plan node is one JS value: a leaf (a column's value), a struct (a plain
 * object with one key per child), a list (an array) or a map (an array of
 * `[key, value]` entries). Each node carries the definition levels that decide
 * null / empty / present, and the repetition level of its repeated node, so
 * that assembly and shredding (assemble.ts, shred.ts) are plain walks.
 *
 * Lists:
 * - `<rep> group x (LIST) { repeated R }` where R is
 *   - a primitive (rule 1), a group of several fields (rule 2), a group whose
 *     single field is repeated (rule 3), or a group named `array` or
 *     `x_tuple` (rule 4): R itself is the (required) element;
 *   - otherwise (rule 5, and the standard 3-level form): R's single field is
 *     the element, with that field's repetition.
 * - A repeated field outside any LIST/MAP group: a required list of required
 *   elements of the field's type (an empty occurrence is `[]`, never null).
 * Maps: a group annotated MAP or MAP_KEY_VALUE, or an unannotated group whose
 * only field is a repeated group annotated MAP_KEY_VALUE, holding one repeated
 * group of one or two fields: the first is the key, the second (if any) the
 * value, matched by position, not by name. A group annotated LIST or MAP whose
 * shape does not match is read as a plain struct.
 */
import { ParquetError } from '../errors.js'
import type { SchemaNode } from '../metadata/schema.js'

export type PlanKind = 'leaf' | 'struct' | 'list' | 'map'

export interface Plan {
  kind: PlanKind
  /** The schema node carrying this value (for lists and maps: the annotated or repeated node). */
  node: SchemaNode
  /** Dotted schema path, for messages. */
  path: string
  /** True when the value may be null. */
  nullable: boolean
  /** Definition level at which the enclosing value is present. */
  parentDef: number
  /** The value is present (non-null) when the definition level is >= nullDef. */
  nullDef: number
  /** Lists and maps: the list has at least one element when def >= elemDef. */
  elemDef: number
  /** Lists and maps: repetition level of the repeated node (an entry continues the list). */
  repLevel: number
  /** Struct: fields; list: [element]; map: [key] or [key, value]. */
  children: Plan[]
  /** Struct field names (same order as children). */
  names: string[]
  /** Per field name: true when the name also exists on Object.prototype (read with hasOwn). */
  guarded: boolean[]
  /** columnIndex of every leaf under this value, in column order; leaves[0] decides null/empty. */
  leaves: number[]
}

/** Plan of a field as it appears in a group (or as a child of the root). */
export function planField(node: SchemaNode): Plan {
  if (node.repetition !== 'REPEATED') return planType(node, node.repetition === 'OPTIONAL')
  const element = planType(node, false)
  return makePlan('list', node, false, node.maxDefinitionLevel - 1, [element], {
    elemDef: node.maxDefinitionLevel,
    repLevel: node.maxRepetitionLevel,
  })
}

/** Plan of a node's own value, ignoring whether it is repeated. */
function planType(node: SchemaNode, nullable: boolean): Plan {
  const parentDef = node.maxDefinitionLevel - (nullable ? 1 : 0)
  if (node.columnIndex >= 0) return makePlan('leaf', node, nullable, parentDef, [])
  if (node.children.length === 0) {
    throw new ParquetError('SCHEMA_INVALID', `expected group '${node.path.join('.')}' to have fields, found none`, {
      column: node.path.join('.'),
    })
  }
  const type = node.logicalType?.type
  if (type === 'LIST') {
    const list = planList(node, nullable, parentDef)
    if (list) return list
  } else if (type === 'MAP' || type === 'MAP_KEY_VALUE' || hasLegacyMapChild(node)) {
    const map = planMap(node, nullable, parentDef)
    if (map) return map
  }
  return makePlan('struct', node, nullable, parentDef, node.children.map(planField))
}

function hasLegacyMapChild(node: SchemaNode): boolean {
  const child = node.children.length === 1 ? node.children[0]! : undefined
  return child !== undefined && child.repetition === 'REPEATED' && child.logicalType?.type === 'MAP_KEY_VALUE'
}

function planList(node: SchemaNode, nullable: boolean, parentDef: number): Plan | undefined {
  const repeated = node.children.length === 1 ? node.children[0]! : undefined
  if (repeated?.repetition !== 'REPEATED') return undefined
  return makePlan('list', node, nullable, parentDef, [planListElement(node, repeated)], {
    elemDef: repeated.maxDefinitionLevel,
    repLevel: repeated.maxRepetitionLevel,
  })
}

/** The backward-compatibility rules 1-5 of LogicalTypes.md, in order. */
function planListElement(list: SchemaNode, repeated: SchemaNode): Plan {
  const isElement =
    repeated.columnIndex >= 0 || // rule 1
    repeated.children.length !== 1 || // rule 2 (and an empty group, rejected by planType)
    repeated.children[0]!.repetition === 'REPEATED' || // rule 3
    repeated.name === 'array' || // rule 4
    repeated.name === `${list.name}_tuple`
  if (isElement) return planType(repeated, false)
  const element = repeated.children[0]! // rule 5: the standard 3-level form
  return planType(element, element.repetition === 'OPTIONAL')
}

function planMap(node: SchemaNode, nullable: boolean, parentDef: number): Plan | undefined {
  const kv = node.children.length === 1 ? node.children[0]! : undefined
  if (kv?.repetition !== 'REPEATED' || kv.columnIndex >= 0) return undefined
  if (kv.children.length < 1 || kv.children.length > 2) return undefined
  return makePlan('map', node, nullable, parentDef, kv.children.map(planField), {
    elemDef: kv.maxDefinitionLevel,
    repLevel: kv.maxRepetitionLevel,
  })
}

function makePlan(
  kind: PlanKind,
  node: SchemaNode,
  nullable: boolean,
  parentDef: number,
  children: Plan[],
  repeated?: { elemDef: number; repLevel: number },
): Plan {
  const leaves: number[] = kind === 'leaf' ? [node.columnIndex] : []
  for (const child of children) for (const leaf of child.leaves) leaves.push(leaf)
  const names = kind === 'struct' ? children.map((c) => c.node.name) : []
  return {
    kind,
    node,
    path: node.path.join('.'),
    nullable,
    parentDef,
    nullDef: parentDef + (nullable ? 1 : 0),
    elemDef: repeated?.elemDef ?? 0,
    repLevel: repeated?.repLevel ?? 0,
    children,
    names,
    guarded: names.map((n) => n in Object.prototype),
    leaves,
  }
}
