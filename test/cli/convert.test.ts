/**
 * `parquet-ts convert`: DuckDB's read_csv (declared types, RFC 4180 quoting)
 * of a CSV with quotes, commas, line breaks, empty and quoted-empty cells
 * equals DuckDB's reading of our Parquet output; CSV → Parquet → JSON Lines
 * → Parquet → CSV keeps every value; --schema types (timestamps, dates,
 * decimals, lists, maps) read by DuckDB; a bad value names its line and
 * leaves no output; a ~50 MB CSV converts in a child process whose V8 heap
 * is capped at 32 MiB (the rows as JS objects would take several times
 * that), with its peak RSS measured against a tiny input's.
 */
import { execFile } from 'node:child_process'
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { convertCommand } from '../../src/cli/convert.js'
import { isParquetError, type ParquetError } from '../../src/errors.js'
import { readRows } from '../../src/read/read.js'
import { ROOT } from '../helpers/ensure-build.js'

let conn: DuckDBConnection
let dir: string

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect()
  dir = mkdtempSync(join(tmpdir(), 'parquet-ts-convert-'))
})
afterAll(() => {
  conn?.closeSync()
  rmSync(dir, { recursive: true, force: true })
})

async function query(sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[]
}

const p = (name: string) => join(dir, name)

/** Rows only in `a`, rows only in `b`, and both counts (DuckDB relations). */
async function difference(a: string, b: string): Promise<{ onlyA: unknown[]; onlyB: unknown[]; counts: unknown[] }> {
  return {
    onlyA: await query(`select * from ${a} except all select * from ${b}`),
    onlyB: await query(`select * from ${b} except all select * from ${a}`),
    counts: await query(`select (select count(*) from ${a}) a, (select count(*) from ${b}) b`),
  }
}

const CSV = [
  'id,name,score,ok,note',
  '1,alice,1.5,true,"hello, ""world"""',
  '2,bob,,false,"two\nlines"',
  '3,"",-2,TRUE,',
  '4,Zoë 😀,3e2,false,plain',
  '',
  '5,"comma,inside",0.125,false,"ends with quote"""',
  '-9007199254740991,x,1e-7,true,"a ""b"" c"',
].join('\n')

const DUCK_CSV = (path: string) =>
  `read_csv('${path}', header = true, quote = '"', escape = '"', allow_quoted_nulls = false, ` +
  `columns = {'id': 'BIGINT', 'name': 'VARCHAR', 'score': 'DOUBLE', 'ok': 'BOOLEAN', 'note': 'VARCHAR'})`

describe('convert', () => {
  it('CSV → Parquet equals DuckDB read_csv of the same file', async () => {
    writeFileSync(p('a.csv'), CSV)
    expect(await convertCommand(p('a.csv'), p('a.parquet'))).toEqual({ rows: 6, input: 'csv', output: 'parquet' })
    const diff = await difference(DUCK_CSV(p('a.csv')), `'${p('a.parquet')}'`)
    expect(diff).toEqual({ onlyA: [], onlyB: [], counts: [{ a: '6', b: '6' }] })
    const types = await query(`select name, type from parquet_schema('${p('a.parquet')}') where type is not null`)
    expect(types.map((t) => t.type)).toEqual(['INT64', 'BYTE_ARRAY', 'DOUBLE', 'BOOLEAN', 'BYTE_ARRAY'])
    const [row3] = await query(`select name, note from '${p('a.parquet')}' where id = 3`)
    expect(row3).toEqual({ name: '', note: null })
  })

  it('CSV → Parquet → JSON Lines → Parquet → CSV keeps every value', async () => {
    writeFileSync(p('r.csv'), CSV)
    await convertCommand(p('r.csv'), p('r1.parquet'))
    await convertCommand(p('r1.parquet'), p('r.jsonl'))
    await convertCommand(p('r.jsonl'), p('r2.parquet'))
    await convertCommand(p('r2.parquet'), p('r2.csv'))
    expect(await readRows(readFileSync(p('r2.parquet')))).toEqual(await readRows(readFileSync(p('r1.parquet'))))
    expect(readFileSync(p('r.jsonl'), 'utf8').split('\n')[1]).toBe('{"id":2,"name":"bob","score":null,"ok":false,"note":"two\\nlines"}')
    const diff = await difference(DUCK_CSV(p('r.csv')), DUCK_CSV(p('r2.csv')))
    expect(diff).toEqual({ onlyA: [], onlyB: [], counts: [{ a: '6', b: '6' }] })
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('--schema declares timestamps, dates, decimals, lists and maps (DuckDB reads them)', async () => {
    writeFileSync(p('s.json'), JSON.stringify({
      id: 'int32',
      ts: 'timestamp_us?',
      day: { type: 'date', optional: true },
      price: 'decimal(10,2)',
      tags: { list: 'string' },
      attrs: { map: { key: 'string', value: 'int64?' }, optional: true },
      blob: 'binary?',
    }))
    writeFileSync(p('s.csv'), [
      'id,ts,day,price,tags,attrs,blob',
      '1,2024-05-01T12:34:56.123456Z,2024-05-01,12.30,"[""a"",""b""]","{""x"":1,""y"":null}",aGk=',
      '2,,,-0.05,[],,',
      '3,1969-12-31 23:59:59.5,1900-01-01,99999999.99,"[""€""]","[[""k"",7]]",',
    ].join('\n'))
    await convertCommand(p('s.csv'), p('s.parquet'), { schema: p('s.json') })
    const rows = await query(`select id, ts::varchar "ts", "day"::varchar "day", price::varchar price, tags, attrs, blob::varchar blob from '${p('s.parquet')}' order by id`)
    expect(rows).toEqual([
      { id: 1, ts: '2024-05-01 12:34:56.123456+00', day: '2024-05-01', price: '12.30', tags: ['a', 'b'], attrs: [{ key: 'x', value: '1' }, { key: 'y', value: null }], blob: 'hi' },
      { id: 2, ts: null, day: null, price: '-0.05', tags: [], attrs: null, blob: null },
      { id: 3, ts: '1969-12-31 23:59:59.5+00', day: '1900-01-01', price: '99999999.99', tags: ['€'], attrs: [{ key: 'k', value: '7' }], blob: null },
    ])
    await convertCommand(p('s.parquet'), p('s.jsonl'))
    await convertCommand(p('s.jsonl'), p('s2.parquet'), { schema: p('s.json') })
    expect(await readRows(readFileSync(p('s2.parquet')))).toEqual(await readRows(readFileSync(p('s.parquet'))))
  })

  it('a bad value fails with its line and leaves no output', async () => {
    const before = readdirSync(dir).length
    writeFileSync(p('bad.csv'), `n\n${Array.from({ length: 3000 }, (_, i) => (i === 2500 ? 'x1' : String(i))).join('\n')}\n`)
    const e = (await convertCommand(p('bad.csv'), p('bad.parquet'), { inferRows: 100 }).catch((err) => err)) as ParquetError
    expect(isParquetError(e)).toBe(true)
    expect(e.code).toBe('TYPE_INVALID')
    expect(e.context).toMatchObject({ line: 2502, column: 'n' })
    expect(readdirSync(dir).length).toBe(before + 1)
    expect(readdirSync(dir)).not.toContain('bad.parquet')
  })

  it('refuses unknown extensions and bad schema files', async () => {
    await expect(convertCommand(p('a.csv'), p('a.xlsx'))).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' })
    writeFileSync(p('bad-schema.json'), '{"a": "int33"}')
    await expect(convertCommand(p('a.csv'), p('x.parquet'), { schema: p('bad-schema.json') })).rejects.toMatchObject({ code: 'SCHEMA_INVALID' })
  })
})

const run = promisify(execFile)

/** Runs the CLI in a child with a 32 MiB old-space heap; its exit code, peak RSS (KiB) and stderr. */
async function child(args: string[]): Promise<{ code: number; maxRSS: number; stderr: string }> {
  const script = "import('./src/cli/run.ts').then(async (m) => { const code = await m.main(process.argv.slice(1)); " +
    'process.stdout.write(JSON.stringify({ code, maxRSS: process.resourceUsage().maxRSS })) })'
  const { stdout, stderr } = await run(process.execPath, ['--max-old-space-size=32', '--max-semi-space-size=2', '--import', 'tsx', '-e', script, ...args], {
    cwd: ROOT, maxBuffer: 1 << 20,
  })
  return { ...JSON.parse(stdout), stderr }
}

async function writeBigCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path)
  out.write('id,name,value,flag,note\n')
  for (let i = 0; i < rows; i++) {
    const line = `${i},name-${i},${i * 0.25},${i % 2 === 0},${i % 5 === 0 ? '' : `"note, ${i % 977}"`}\n`
    if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve) => out.end(() => resolve()))
}

describe('convert streams', () => {
  it('a ~50 MB CSV converts under a 32 MiB heap; peak RSS grows far less than the input', async () => {
    const rows = 1_200_000
    await writeBigCsv(p('big.csv'), rows)
    const size = statSync(p('big.csv')).size
    writeFileSync(p('tiny.csv'), 'id,name\n1,a\n')
    const base = await child(['convert', p('tiny.csv'), p('tiny.parquet')])
    const big = await child(['convert', p('big.csv'), p('big.parquet'), '--row-group-size', '20000', '--compression', 'zstd'])
    expect(base.code).toBe(0)
    expect(big.code).toBe(0)
    expect(big.stderr).toBe('')
    const growth = (big.maxRSS - base.maxRSS) * 1024
    console.log(`input ${(size / 2 ** 20).toFixed(1)} MiB; peak RSS ${(base.maxRSS / 1024).toFixed(0)} MiB (tiny input) → ${(big.maxRSS / 1024).toFixed(0)} MiB (big input), growth ${(growth / 2 ** 20).toFixed(1)} MiB`)
    expect(growth).toBeLessThan(size * 0.75)
    const [r] = await query(`select count(*) c, sum(id) s, count(note) n, sum(value) v from '${p('big.parquet')}'`)
    expect(r).toEqual({ c: String(rows), s: String((rows * (rows - 1)) / 2), n: String(rows - rows / 5), v: (rows * (rows - 1)) / 2 * 0.25 })
  }, 120_000)
})
