/**
 * Filtered reads, loaded by read.ts with import() only when a read has a
 * filter: pushdown plans each row group's row ranges (src/query/plan.ts:
 * statistics, page index, bloom filters), then the rows left are tested one
 * by one.
 *
 * The read pipeline's steps come in as `steps` rather than by importing
 * read-core.ts: a bundler that splits code by file counts whatever this
 * module uses (and what that uses in turn, e.g. the page header decoder) as
 * live code of the files it sits in, and those files also load up front
 * with pages that only read metadata.
 */
import type { ColumnSet } from './columns.js'
import type { concatColumns } from './columns.js'
import { setField } from '../dremel/set-field.js'
import { matchingRows } from '../query/evaluate.js'
import type { CompiledFilter } from '../query/filter.js'
import { pickRows } from '../query/pick.js'
import { planRowGroup, recordPlan } from '../query/plan.js'
import type { plannedRowGroups, ReadContext, readRowGroupLeaves, rowGroupColumns } from './read-core.js'
import type { RowGroupData } from './read.js'

export { compileFilter } from '../query/filter.js'

type GroupColumns = Omit<RowGroupData, 'rows'>

/** The read pipeline's steps a filtered read uses (read-core.ts, columns.ts). */
export interface ReadSteps {
  plannedRowGroups: typeof plannedRowGroups
  readRowGroupLeaves: typeof readRowGroupLeaves
  rowGroupColumns: typeof rowGroupColumns
  concatColumns: typeof concatColumns
}

/** Each row group's matching rows: pushdown plans the row ranges (src/query/plan.ts), then rows are tested one by one. */
async function* filteredGroups(ctx: ReadContext, filter: CompiledFilter, steps: ReadSteps): AsyncGenerator<GroupColumns> {
  const { plannedRowGroups, readRowGroupLeaves, rowGroupColumns, concatColumns } = steps
  const planContext = { source: ctx.source, metadata: ctx.metadata, filter, readLeaves: ctx.readLeaves, options: ctx.options }
  for (const { rowGroup, first } of plannedRowGroups(ctx)) {
    if (ctx.wanted <= 0) return
    const from = Math.max(0, ctx.rowStart - first)
    const plan = await planRowGroup(planContext, rowGroup, from, Math.min(rowGroup.numRows, ctx.rowEnd - first))
    recordPlan(ctx.stats, plan, rowGroup, ctx.readLeaves)
    if (plan.skippedBy) continue
    const parts: ColumnSet[] = []
    const rowIndexes: number[] = []
    for (const range of plan.ranges) {
      if (rowIndexes.length >= ctx.wanted) break
      const leaves = await readRowGroupLeaves(ctx, rowGroup, first, range, plan.indexes)
      const numRows = range.end - range.start
      const keep = matchingRows(filter, leaves, numRows)
      ctx.stats.rowsScanned += numRows
      ctx.stats.rowsMatched += keep.length
      parts.push(pickRows(rowGroupColumns(ctx, leaves, numRows), keep))
      for (const k of keep) rowIndexes.push(first + range.start + k)
    }
    const columns: ColumnSet = {}
    for (const field of ctx.schema.root.children) setField(columns, field.name, concatColumns(parts.map((p) => p[field.name]!)))
    yield { rowGroup: rowGroup.index, rowStart: first + from, numRows: rowIndexes.length, columns, rowIndexes }
  }
}

/** The filtered read's row groups with its offset and limit applied: the rows they skip and the rows still wanted (ctx.wanted). */
export async function* limitedGroups(ctx: ReadContext, filter: CompiledFilter, steps: ReadSteps): AsyncGenerator<GroupColumns> {
  let skip = ctx.options.offset ?? 0
  let left = ctx.options.limit ?? Number.POSITIVE_INFINITY
  ctx.wanted = skip + left
  for await (const group of filteredGroups(ctx, filter, steps)) {
    const from = Math.min(skip, group.numRows)
    const to = Math.min(group.numRows, from + left)
    skip -= from
    left -= to - from
    ctx.wanted = skip + left
    if (from === 0 && to === group.numRows) yield group
    else if (to > from) yield sliceGroup(group, from, to)
    if (left <= 0) return
  }
}

function sliceGroup(group: GroupColumns, from: number, to: number): GroupColumns {
  const keep = Array.from({ length: to - from }, (_, i) => from + i)
  return { ...group, numRows: to - from, columns: pickRows(group.columns, keep), rowIndexes: group.rowIndexes?.slice(from, to) }
}

