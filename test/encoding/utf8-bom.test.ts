/**
 * A leading U+FEFF (bytes EF BB BF) is an ordinary character of a Parquet
 * string: the format stores UTF-8 bytes and has no byte order mark. DuckDB
 * writes strings, a column name and key-value metadata that start with one;
 * reading them back must keep it (in values, in footer strings, and in a
 * truncated max statistic that must stay above the value).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeUtf8 } from '../../src/encoding/utf8.js'
import { chunkStatistics, readMetadata, readRows, writeRows } from '../../src/index.js'
import { string } from '../../src/schema/field.js'

const BOM = '\ufeff'
const long = `${BOM}${'x'.repeat(40)}`
let dir: string
let bytes: Uint8Array

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pq-bom-'))
  const path = join(dir, 'bom.parquet')
  const conn = await (await DuckDBInstance.create(':memory:')).connect()
  await conn.run(`COPY (SELECT chr(65279) || 'value' AS "${BOM}a", '${long}' AS b) TO '${path}' (FORMAT parquet, KV_METADATA {k: '${BOM}meta'})`)
  bytes = new Uint8Array(readFileSync(path))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a leading U+FEFF', () => {
  it('stays in values, short (ASCII path tried) and long', async () => {
    expect(await readRows(bytes)).toEqual([{ [`${BOM}a`]: `${BOM}value`, b: long }])
  })

  it('stays in footer strings: column names and key-value metadata', async () => {
    const md = await readMetadata(bytes)
    expect(md.schema.leaves.map((l) => l.name)).toEqual([`${BOM}a`, 'b'])
    expect(md.keyValueMetadata.get('k')).toBe(`${BOM}meta`)
  })

  it('is decoded as Node Buffer decodes UTF-8', () => {
    const raw = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('y'.repeat(30))])
    expect(decodeUtf8(raw, 0, raw.length)).toBe(Buffer.from(raw).toString('utf8'))
  })

  it('keeps a truncated max statistic at or above the value', async () => {
    const value = `${BOM}${'z'.repeat(100)}`
    const written = await writeRows([{ s: value }], { schema: { s: string() }, statisticsTruncateLength: 16 } as never)
    const md = await readMetadata(written)
    const max = chunkStatistics(md.rowGroups[0]!.columns[0]!)!.max as string
    expect(max.length).toBeLessThan(value.length)
    // Code-point order of these strings (all in the BMP) is UTF-8 byte order.
    expect(max >= value).toBe(true)
  })
})
