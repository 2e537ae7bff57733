/**
 * Setting a field of a JS object built from Parquet data (rows, structs,
 * column sets). Apart from assemble.ts because every read uses it, while
 * nested assembly is loaded only for schemas with nested fields.
 */

/** obj[name] = value, also for a field named `__proto__`. */
export function setField(obj: Record<string, unknown>, name: string, value: unknown): void {
  if (name === '__proto__') {
    Object.defineProperty(obj, name, { value, enumerable: true, writable: true, configurable: true })
  } else obj[name] = value
}
