/**
 * Short descriptions of JavaScript values for error messages (what was found
 * where a column value was expected). In a file of its own so that the
 * writer's value conversion (from-js.ts) takes none of the reading side.
 */

/** Short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value instanceof Uint8Array) return `${value.constructor.name}(${value.length})`
  if (value instanceof Date) return `Date ${Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString()}`
  switch (typeof value) {
    case 'string': return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`
    case 'bigint': return `bigint ${value}n`
    case 'number': case 'boolean': return `${typeof value} ${value}`
    case 'undefined': return 'undefined'
    default: return Array.isArray(value) ? 'an array' : typeof value
  }
}
