/**
 * Reading the corpus' encrypted files (Parquet modular encryption) with the
 * keys FACTS.md gives (ASCII digits, as the files' writers and arrow-rs use
 * them). Expected values: the data arrow-rs' encryption tests assert for these
 * files (50 rows; row i: boolean i%2==0, int32 i, list [2i, 2i+1]·10^12,
 * float i·1.1f, double i·1.1111111, binary "parquet…" on even rows else null,
 * fixed 10 bytes of i), and what Encryption.md says of each mode.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DecryptionOptions } from '../../src/crypto/options.js'
import { bufferSource } from '../../src/io/source.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import { readPageIndexes } from '../../src/metadata/page-index.js'
import { chunkStatistics } from '../../src/metadata/statistics.js'
import type { PushdownStats } from '../../src/query/stats.js'
import { readRows } from '../../src/read/read.js'
import { createWorkerPool } from '../../src/read/worker-pool.js'
import { corpusFile } from '../corpus.js'

const ascii = (s: string) => new TextEncoder().encode(s)
const file = (name: string) => readFileSync(corpusFile(`data/${name}.parquet.encrypted`))
const KEYS_128: DecryptionOptions = {
  footerKey: ascii('0123456789012345'),
  columnKeys: { double_field: ascii('1234567890123450'), float_field: ascii('1234567890123451') },
}
const COLUMN_256 = ['double_field', 'float_field', 'boolean_field', 'int32_field', 'ba_field', 'flba_field', 'int64_field.list.element', 'int96_field']
const KEYS_256: DecryptionOptions = {
  footerKey: ascii('01234567890123456789012345678901'),
  columnKeys: Object.fromEntries(COLUMN_256.map((path, k) => [path, ascii(`1234567890123456789012345678901${k + 2}`)])),
}

/** Checks the 50 rows arrow-rs' tests expect in these files (only the given columns when projected). */
function expectTestData(rows: Record<string, unknown>[]): void {
  expect(rows).toHaveLength(50)
  rows.forEach((row, i) => {
    const expected: Record<string, unknown> = {
      boolean_field: i % 2 === 0,
      int32_field: i,
      int64_field: [BigInt(2 * i) * 10n ** 12n, BigInt(2 * i + 1) * 10n ** 12n],
      float_field: Math.fround(Math.fround(i) * Math.fround(1.1)),
      double_field: i * 1.1111111,
      flba_field: new Uint8Array(10).fill(i),
    }
    for (const [name, value] of Object.entries(expected)) if (name in row) expect(row[name], `${name} of row ${i}`).toEqual(value)
    if ('ba_field' in row) {
      if (i % 2) expect(row.ba_field).toBeNull()
      else expect(new TextDecoder().decode((row.ba_field as Uint8Array).subarray(0, 7))).toBe('parquet')
    }
    if ('int96_field' in row) expect(row.int96_field).not.toBeNull()
  })
}

describe('encrypted corpus files, 128-bit keys', () => {
  const cases: [string, DecryptionOptions][] = [
    ['uniform_encryption', { footerKey: KEYS_128.footerKey }],
    ['encrypt_columns_and_footer', KEYS_128],
    ['encrypt_columns_plaintext_footer', KEYS_128],
    ['encrypt_columns_and_footer_aad', KEYS_128],
    ['encrypt_columns_and_footer_disable_aad_storage', { ...KEYS_128, aadPrefix: 'tester' }],
    ['encrypt_columns_and_footer_ctr', KEYS_128],
  ]
  for (const [name, decryption] of cases) {
    it(`${name}: every column decrypts to the expected values`, async () => {
      const rows = await readRows(file(name), { decryption })
      expect(Object.keys(rows[0]!)).toHaveLength(8)
      expectTestData(rows)
    })
  }

  it('the algorithm is the file\'s: AES_GCM_CTR_V1 for the ctr file, AES_GCM_V1 otherwise', async () => {
    expect((await readMetadata(file('encrypt_columns_and_footer_ctr'), { decryption: KEYS_128 })).decryption?.algorithm).toBe('AES_GCM_CTR_V1')
    expect((await readMetadata(file('encrypt_columns_and_footer'), { decryption: KEYS_128 })).decryption?.algorithm).toBe('AES_GCM_V1')
  })

  it('keys found by a retriever from the key metadata the file stores (kf, kc1, kc2)', async () => {
    const byId: Record<string, Uint8Array> = { kf: KEYS_128.footerKey!, kc1: KEYS_128.columnKeys!.double_field!, kc2: KEYS_128.columnKeys!.float_field! }
    const asked: [string, string | undefined][] = []
    const keyRetriever = (metadata: Uint8Array, column?: string) => {
      const id = new TextDecoder().decode(metadata)
      asked.push([id, column])
      return byId[id]
    }
    expectTestData(await readRows(file('encrypt_columns_and_footer'), { decryption: { keyRetriever } }))
    expect(asked.sort()).toEqual([['kc1', 'double_field'], ['kc2', 'float_field'], ['kf', undefined]])
  })

  it('a plaintext footer keeps no statistics of encrypted columns; with the column key they are decrypted', async () => {
    const bytes = file('encrypt_columns_plaintext_footer')
    const plain = await readMetadata(bytes)
    const double = (m: typeof plain) => m.rowGroups[0]!.columns.find((c) => c.path === 'double_field')!
    expect(double(plain).encrypted).toBe(true)
    expect(chunkStatistics(double(plain))?.min).toBeUndefined()
    const stats = chunkStatistics(double(await readMetadata(bytes, { decryption: KEYS_128 })))
    // A zero minimum is written as -0.0 (parquet.thrift, ColumnOrder: floating point statistics).
    expect(stats?.min).toBe(-0)
    expect(stats?.max).toBe(49 * 1.1111111)
  })
})

describe('encrypt_columns_and_footer_bloom_filter: several pages per encrypted chunk', () => {
  // The data polars' encryption tests assert for this file: 2000 rows, row i: i + 0.5, i + 0.25f, i, "name_i".
  const expected = (i: number) => ({ double_field: i + 0.5, float_field: Math.fround(i + 0.25), int32_field: i, name: `name_${i}` })

  it('every row, through the data page ordinals of the page AADs', async () => {
    const rows = await readRows(file('encrypt_columns_and_footer_bloom_filter'), { decryption: KEYS_128 })
    expect(rows).toEqual(Array.from({ length: 2000 }, (_, i) => expected(i)))
  })

  it('page CRCs (parquet-mr writes them over the page module, length included) are checked before decrypting', async () => {
    const bytes = file('encrypt_columns_and_footer_bloom_filter')
    const meta = await readMetadata(bytes, { decryption: KEYS_128 })
    const chunk = meta.rowGroups[0]!.columns.find((c) => c.path === 'double_field')!
    const changed = bytes.slice()
    changed[chunk.end - 40]! ^= 1
    await expect(readRows(changed, { decryption: KEYS_128, columns: ['double_field'] })).rejects.toMatchObject({ code: 'PAGE_CHECKSUM' })
    await expect(readRows(changed, { decryption: KEYS_128, columns: ['double_field'], verifyChecksums: false })).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' })
  })

  it('with a worker pool: plaintext chunks decode in the workers, encrypted ones here', async () => {
    const pool = createWorkerPool(2)
    try {
      const rows = await readRows(file('encrypt_columns_and_footer_bloom_filter'), { decryption: KEYS_128, decoder: pool })
      expect(rows).toEqual(Array.from({ length: 2000 }, (_, i) => expected(i)))
    } finally {
      await pool.close()
    }
  })

  it('a filter on an encrypted column, pushed down with its decrypted statistics', async () => {
    const rows = await readRows(file('encrypt_columns_and_footer_bloom_filter'), {
      decryption: KEYS_128, filter: { column: 'double_field', op: 'eq', value: 1500.5 },
    })
    expect(rows).toEqual([expected(1500)])
  })

  it('the encrypted bloom filters (AAD types 8 and 9) rule out a value inside the statistics\' range', async () => {
    const bytes = file('encrypt_columns_and_footer_bloom_filter')
    const read = async (value: number) => {
      let stats: PushdownStats | undefined
      const rows = await readRows(bytes, { decryption: KEYS_128, filter: { column: 'double_field', op: 'eq', value }, onStats: (s) => { stats = s } })
      return { rows, stats: stats! }
    }
    const absent = await read(1500.7)
    expect(absent.rows).toEqual([])
    expect(absent.stats).toMatchObject({ rowGroupsSkippedByBloomFilter: 1, rowGroupsRead: 0 })
    const present = await read(1500.5)
    expect(present.rows).toEqual([expected(1500)])
    expect(present.stats).toMatchObject({ rowGroupsSkippedByBloomFilter: 0, rowGroupsRead: 1 })
  })
})

describe('encrypted page indexes', () => {
  it('ColumnIndex and OffsetIndex modules (AAD types 6 and 7) of float_field, as arrow-rs reads them', async () => {
    const bytes = file('encrypt_columns_and_footer')
    const meta = await readMetadata(bytes, { decryption: KEYS_128 })
    const rowGroup = meta.rowGroups[0]!
    const float = rowGroup.columns.find((c) => c.path === 'float_field')!
    const [index] = await readPageIndexes(bufferSource(bytes), rowGroup, [float], { decryption: meta.decryption, footerOffset: meta.footerOffset })
    expect(index!.pages).toHaveLength(1)
    expect(index!.pages[0]!.offset).toBeGreaterThan(0)
    expect(index!.min).toEqual([-0])
    expect(Math.abs((index!.max![0] as number) - 53.9)).toBeLessThan(1e-5)
    // Without the key the chunk has no usable index (it is read whole).
    const plain = await readMetadata(bytes, { decryption: { footerKey: KEYS_128.footerKey } })
    const [none] = await readPageIndexes(bufferSource(bytes), plain.rowGroups[0]!, [plain.rowGroups[0]!.columns.find((c) => c.path === 'float_field')!], { decryption: plain.decryption })
    expect(none).toBeUndefined()
  })

  it('a row range of a multi-page encrypted chunk fetches some pages, decrypted with their page ordinals', async () => {
    const rows = await readRows(file('encrypt_columns_and_footer_bloom_filter'), { decryption: KEYS_128, rowStart: 1500, rowEnd: 1510 })
    expect(rows).toEqual(Array.from({ length: 10 }, (_, k) => ({ double_field: 1500 + k + 0.5, float_field: Math.fround(1500 + k + 0.25), int32_field: 1500 + k, name: `name_${1500 + k}` })))
  })
})

describe('encrypted corpus files, 256-bit keys (data/aes256)', () => {
  const cases: [string, DecryptionOptions][] = [
    ['uniform_encryption', { footerKey: KEYS_256.footerKey }],
    ['encrypt_columns_and_footer', KEYS_256],
    ['encrypt_columns_plaintext_footer', KEYS_256],
    ['encrypt_columns_and_footer_disable_aad_storage', { ...KEYS_256, aadPrefix: 'tester' }],
    ['encrypt_columns_and_footer_ctr', KEYS_256],
  ]
  for (const [name, decryption] of cases) {
    it(`${name}: every column decrypts to the expected values`, async () => {
      expectTestData(await readRows(readFileSync(corpusFile(`data/aes256/${name}.parquet.encrypted`)), { decryption }))
    })
  }
})

describe('encrypted files: errors', () => {
  const code = (p: Promise<unknown>, c: string) => expect(p).rejects.toMatchObject({ name: 'ParquetError', code: c })

  it('an encrypted footer without keys or with a wrong footer key', async () => {
    await code(readMetadata(file('encrypt_columns_and_footer')), 'ENCRYPTED_FOOTER')
    await code(readMetadata(file('encrypt_columns_and_footer'), { decryption: { columnKeys: KEYS_128.columnKeys } }), 'ENCRYPTED_FOOTER')
    await code(readMetadata(file('encrypt_columns_and_footer'), { decryption: { footerKey: ascii('0123456789012346') } }), 'DECRYPTION_FAILED')
  })

  it('a plaintext footer whose signature does not match the footer key given', async () => {
    await code(readMetadata(file('encrypt_columns_plaintext_footer'), { decryption: { footerKey: ascii('0123456789012346') } }), 'DECRYPTION_FAILED')
  })

  it('without a column key: the other columns read, that column is ENCRYPTED_COLUMN naming it', async () => {
    const bytes = file('encrypt_columns_and_footer')
    const decryption = { footerKey: KEYS_128.footerKey }
    expectTestData(await readRows(bytes, { decryption, columns: ['boolean_field', 'int32_field', 'ba_field', 'flba_field'] }))
    await expect(readRows(bytes, { decryption, columns: ['double_field'] })).rejects.toMatchObject({
      code: 'ENCRYPTED_COLUMN', context: { column: 'double_field', rowGroup: 0 },
    })
  })

  it('a filter on a column whose key is missing is ENCRYPTED_COLUMN, not an empty result', async () => {
    const filter = { column: 'float_field', op: 'gt' as const, value: 0 }
    await expect(readRows(file('encrypt_columns_and_footer'), { decryption: { footerKey: KEYS_128.footerKey }, columns: ['int32_field'], filter }))
      .rejects.toMatchObject({ code: 'ENCRYPTED_COLUMN', context: { column: 'float_field' } })
  })

  it('a keyRetriever answering undefined or null does not know the key', async () => {
    for (const answer of [undefined, null]) {
      const keyRetriever = (metadata: Uint8Array) => (new TextDecoder().decode(metadata) === 'kf' ? KEYS_128.footerKey : answer) as Uint8Array | undefined
      const bytes = file('encrypt_columns_and_footer')
      expect((await readMetadata(bytes, { decryption: { keyRetriever } })).numRows).toBe(50)
      await expect(readRows(bytes, { decryption: { keyRetriever }, columns: ['double_field'] })).rejects.toMatchObject({ code: 'ENCRYPTED_COLUMN' })
    }
  })

  it('an AAD prefix that is neither text nor bytes', async () => {
    await code(readMetadata(file('encrypt_columns_and_footer_aad'), { decryption: { ...KEYS_128, aadPrefix: 5 as unknown as string } }), 'ARGUMENT_INVALID')
  })

  it('a wrong column key fails where that column\'s metadata is decrypted', async () => {
    const decryption = { ...KEYS_128, columnKeys: { ...KEYS_128.columnKeys, float_field: ascii('1234567890123459') } }
    await expect(readMetadata(file('encrypt_columns_and_footer'), { decryption })).rejects.toMatchObject({
      code: 'DECRYPTION_FAILED', context: { column: 'float_field', rowGroup: 0 },
    })
  })

  it('AAD prefix: needed when the file does not store it, and checked against the one it stores', async () => {
    await code(readMetadata(file('encrypt_columns_and_footer_disable_aad_storage'), { decryption: KEYS_128 }), 'ARGUMENT_INVALID')
    await code(readMetadata(file('encrypt_columns_and_footer_disable_aad_storage'), { decryption: { ...KEYS_128, aadPrefix: 'tester2' } }), 'DECRYPTION_FAILED')
    await code(readMetadata(file('encrypt_columns_and_footer_aad'), { decryption: { ...KEYS_128, aadPrefix: 'other' } }), 'DECRYPTION_FAILED')
    expect((await readMetadata(file('encrypt_columns_and_footer_aad'), { decryption: { ...KEYS_128, aadPrefix: 'tester' } })).numRows).toBe(50)
  })

  it('keys that are not AES-128/192/256 keys', async () => {
    await code(readMetadata(file('uniform_encryption'), { decryption: { footerKey: ascii('012345678901234') } }), 'ARGUMENT_INVALID')
    await code(readMetadata(file('uniform_encryption'), { decryption: { footerKey: '0123456789012345' as unknown as Uint8Array } }), 'ARGUMENT_INVALID')
  })

  it('a changed byte in an encrypted page does not authenticate, with the page in the context', async () => {
    const bytes = file('uniform_encryption')
    const meta = await readMetadata(bytes, { decryption: { footerKey: KEYS_128.footerKey } })
    const chunk = meta.rowGroups[0]!.columns.find((c) => c.path === 'int32_field')!
    const changed = bytes.slice()
    changed[chunk.end - 20]! ^= 1
    // Page 1: the data page after the chunk's dictionary page (its encoding_stats: one of each).
    await expect(readRows(changed, { decryption: { footerKey: KEYS_128.footerKey }, columns: ['int32_field'] })).rejects.toMatchObject({
      code: 'DECRYPTION_FAILED', context: { column: 'int32_field', rowGroup: 0, page: 1 },
    })
  })

  it('every single changed byte of a uniformly encrypted file ends in a ParquetError or the expected rows', async () => {
    // Every byte but the leading magic is in a GCM module (footer, headers, pages) or framing read with it.
    const bytes = file('uniform_encryption')
    const decryption = { footerKey: KEYS_128.footerKey }
    for (let at = 0; at < bytes.length; at += 7) {
      const changed = bytes.slice()
      changed[at]! ^= 0x5a
      const read = await readRows(changed, { decryption }).catch((e: Error) => e)
      if (read instanceof Error) expect(read.name, `byte ${at}: ${read.message}`).toBe('ParquetError')
      else expectTestData(read)
    }
  })
})
