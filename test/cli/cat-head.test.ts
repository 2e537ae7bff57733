import { describe, expect, it } from 'vitest'
import { catCommand, csvField } from '../../src/cli/cat.js'
import { readRows } from '../../src/read/read.js'
import { corpusFile } from '../corpus.js'
import { readFileSync } from 'node:fs'
import { SAMPLE_ROWS } from '../fixtures/make-sample.js'

async function cat(target: string, options: Partial<Parameters<typeof catCommand>[1]> = {}): Promise<string> {
  let out = ''
  await catCommand(target, { format: 'jsonl', offset: 0, ...options }, (text) => {
    out += text
  })
  return out
}

describe('parquet-ts cat / head', () => {
  it('jsonl prints one row per line', async () => {
    const lines = (await cat('test/fixtures/sample.parquet')).trimEnd().split('\n')
    expect(lines.map((l) => JSON.parse(l))).toEqual(SAMPLE_ROWS)
  })
  it('--offset and --limit pick rows; --columns picks columns', async () => {
    const text = await cat('test/fixtures/sample.parquet', { offset: 1, limit: 2, columns: ['name'] })
    expect(text).toBe('{"name":"Grace"}\n{"name":"Edsger"}\n')
  })
  it('csv quotes per RFC 4180 and writes nested values as JSON', async () => {
    const text = await cat(corpusFile('data/datapage_v2.snappy.parquet'), { format: 'csv', limit: 2 })
    expect(text).toBe('a,b,c,d,e\nabc,1,2,true,"[1,2,3]"\nabc,2,3,true,\n')
    expect(csvField('a"b')).toBe('"a""b"')
    expect(csvField('plain')).toBe('plain')
  })
  it('table aligns columns', async () => {
    const text = await cat('test/fixtures/sample.parquet', { format: 'table', limit: 2 })
    expect(text).toBe('id  name     score\n--  -------  -----\n1   "Ada"    91.5\n2   "Grace"  88.25\n')
  })
  it('bigints print as decimal strings in jsonl', async () => {
    const path = corpusFile('data/concatenated_gzip_members.parquet')
    const text = await cat(path, { limit: 3 })
    expect(text).toBe('{"long_col":"1"}\n{"long_col":"2"}\n{"long_col":"3"}\n')
    expect((await readRows(readFileSync(path))).length).toBe(513)
  })
})
