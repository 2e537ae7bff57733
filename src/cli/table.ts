/**
 * Plain-text tables and value formatting for the CLI.
 */

/** Left-aligned columns separated by two spaces; a dashed rule under the header. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

/** A short display form of a value: strings quoted, bytes in hex, long text cut. */
export function formatValue(value: unknown, max = 40): string {
  if (value === undefined) return ''
  if (value === null) return 'null'
  if (typeof value === 'string') return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value)
  if (value instanceof Uint8Array) {
    const shown = Array.from(value.subarray(0, max / 2), (b) => b.toString(16).padStart(2, '0')).join('')
    return `0x${shown.toUpperCase()}${value.length > max / 2 ? '…' : ''}`
  }
  if (value instanceof Date) return value.toISOString()
  if (Object.is(value, -0)) return '-0'
  return String(value)
}

/** Bytes with a binary unit, e.g. `1.5 KiB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let v = n
  let u = -1
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${v.toFixed(1)} ${units[u]}`
}
