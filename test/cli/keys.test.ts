/**
 * Decryption keys on the command line, with the corpus' encrypted files and
 * the keys FACTS.md gives; expected values as arrow-rs' tests assert them
 * (row i: int32_field i, double_field i·1.1111111).
 */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parseKey } from '../../src/cli/keys.js'
import { corpusFile } from '../corpus.js'

const run = promisify(execFile)
const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' })
const hex = (text: string) => Buffer.from(text).toString('hex')
const FILE = corpusFile('data/encrypt_columns_and_footer.parquet.encrypted')
const KEYS = [
  '--footer-key', hex('0123456789012345'),
  '--column-key', `double_field=text:1234567890123450`,
  '--column-key', `float_field=base64:${Buffer.from('1234567890123451').toString('base64')}`,
]

describe('parseKey', () => {
  it('takes hex digits, hex:, base64: and text: to the same bytes', () => {
    const bytes = new TextEncoder().encode('0123456789012345')
    for (const text of [hex('0123456789012345'), `hex:${hex('0123456789012345')}`, `base64:${Buffer.from(bytes).toString('base64')}`, 'text:0123456789012345']) {
      expect(parseKey(text, '--footer-key')).toEqual(bytes)
    }
  })

  it('refuses other sizes and bad digits, naming the option', () => {
    expect(() => parseKey('00ff', '--footer-key')).toThrow(/--footer-key expects a key of 16, 24 or 32 bytes.*found 2 bytes/)
    expect(() => parseKey('zz'.repeat(16), '--footer-key')).toThrow(/found invalid hex/)
    expect(() => parseKey('text:short', '--column-key a')).toThrow(/--column-key a expects/)
  })
})

describe('the executable on an encrypted file', () => {
  it('head decrypts every column with the keys given', async () => {
    const { stdout } = await cli('head', FILE, ...KEYS, '--limit', '3', '--columns', 'int32_field,double_field')
    expect(stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([0, 1, 2].map((i) => ({ int32_field: i, double_field: i * 1.1111111 })))
  })

  it('schema and meta need the footer key, and say so', async () => {
    const error = await cli('schema', FILE).catch((e) => e)
    expect(error.code).toBe(1)
    expect(error.stderr).toContain('ENCRYPTED_FOOTER')
    const { stdout } = await cli('meta', FILE, '--json', '--footer-key', hex('0123456789012345'))
    expect(JSON.parse(stdout).numRows).toBe(50)
  })

  it('a malformed key is a usage error', async () => {
    const error = await cli('head', FILE, '--footer-key', 'abc').catch((e) => e)
    expect(error.code).toBe(1)
    expect(error.stderr).toContain('--footer-key expects a key of 16, 24 or 32 bytes')
  })
})
