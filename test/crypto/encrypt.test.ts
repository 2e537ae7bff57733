/**
 * Writing encrypted files. No other implementation here reads Parquet
 * modular encryption (DuckDB leaves the AADs out; parquet-wasm is built
 * without it), so the files are checked two ways: taken apart by hand as
 * Encryption.md describes them (magic, footer length, FileCryptoMetaData and
 * FileMetaData decoded by the `thrift` reference package, modules decrypted
 * with Web Crypto and AADs built here from the spec's table), and read back
 * by our reader, which reads the corpus' parquet-mr files (decrypt.test.ts).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 as zlibCrc32 } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import type { EncryptionOptions } from '../../src/crypto/options.js'
import { fileSink } from '../../src/io/node-sink.js'
import { readMetadata } from '../../src/metadata/file-metadata.js'
import type { PushdownStats } from '../../src/query/stats.js'
import { chunkStatistics } from '../../src/metadata/statistics.js'
import { readRows } from '../../src/read/read.js'
import { createWriter } from '../../src/write/stream.js'
import { writeRows } from '../../src/write/write.js'
import { prng } from '../helpers/prng.js'
import { loadIdl, makeReferenceWalker } from '../thrift/reference-walk.js'

const ascii = (s: string) => new TextEncoder().encode(s)
const FOOTER_KEY = ascii('0123456789012345')
const SCORE_KEY = ascii('1234567890123450')
const TAGS_KEY = ascii('12345678901234567890123456789012')
const ROWS = Array.from({ length: 3000 }, (_, i) => ({ id: i, name: `n${i % 40}`, score: i / 3, tags: i % 5 ? [i, -i] : [] }))
const walker = makeReferenceWalker(loadIdl())
const work = mkdtempSync(join(tmpdir(), 'parquet-ts-encrypt-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const decryptionOf = (e: EncryptionOptions) => ({ footerKey: e.footerKey, columnKeys: e.columnKeys, aadPrefix: e.aadPrefix })
const u32 = (b: Uint8Array, at: number) => new DataView(b.buffer, b.byteOffset).getUint32(at, true)
const concat = (...parts: ArrayLike<number>[]) => new Uint8Array(parts.flatMap((p) => [...Array.from(p)]))
const short = (n: number) => [n & 255, n >> 8]

/** Decrypts a GCM module at `at` of `bytes` with Web Crypto: its plaintext. */
async function openModule(bytes: Uint8Array, at: number, key: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  const length = u32(bytes, at)
  const k = await crypto.subtle.importKey('raw', key.slice(), 'AES-GCM', false, ['decrypt'])
  const module = bytes.slice(at + 4, at + 4 + length)
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: module.slice(0, 12), additionalData: aad.slice() }, k, module.slice(12)))
}

describe('encrypted files read back', () => {
  const layouts: [string, EncryptionOptions][] = [
    ['every column with the footer key', { footerKey: FOOTER_KEY }],
    ['AES_GCM_CTR_V1', { footerKey: FOOTER_KEY, algorithm: 'AES_GCM_CTR_V1' }],
    ['column keys, plaintext footer', { footerKey: FOOTER_KEY, columnKeys: { score: SCORE_KEY }, plaintextFooter: true }],
    ['column keys (one 256-bit, nested), AAD prefix not stored', {
      footerKey: FOOTER_KEY, columnKeys: { score: SCORE_KEY, 'tags.list.element': TAGS_KEY }, aadPrefix: 'table-1', storeAadPrefix: false,
    }],
  ]
  for (const [name, encryption] of layouts) {
    for (const pageVersion of [1, 2] as const) {
      it(`${name}, v${pageVersion} pages: rows, statistics and which chunks are encrypted`, async () => {
        const bytes = await writeRows(ROWS, { encryption, pageVersion, pageRows: 700 })
        const decryption = decryptionOf(encryption)
        expect(await readRows(bytes, { decryption })).toEqual(ROWS)
        const meta = await readMetadata(bytes, { decryption })
        const encrypted = meta.rowGroups[0]!.columns.filter((c) => c.encrypted).map((c) => c.path)
        expect(encrypted).toEqual(encryption.columnKeys ? Object.keys(encryption.columnKeys) : ['id', 'name', 'score', 'tags.list.element'])
        const score = meta.rowGroups[0]!.columns.find((c) => c.path === 'score')!
        const stats = chunkStatistics(score)!
        expect(stats.max).toBe(2999 / 3)
        expect(stats.min === 0).toBe(true)
      })
    }
  }

  it('bloom filters of encrypted and plaintext columns rule out absent values', async () => {
    const encryption = { footerKey: FOOTER_KEY, columnKeys: { score: SCORE_KEY, name: TAGS_KEY } }
    const bytes = await writeRows(ROWS, { encryption, bloomFilters: { id: true, score: true, name: true } })
    const read = async (column: string, value: number | string) => {
      let stats: PushdownStats | undefined
      const rows = await readRows(bytes, { decryption: encryption, filter: { column, op: 'eq', value }, onStats: (s) => { stats = s } })
      return { rows, skipped: stats!.rowGroupsSkippedByBloomFilter }
    }
    // Inside each column's min/max, so only the bloom filter can rule them out.
    expect(await read('score', 1000 / 3 + 0.1)).toEqual({ rows: [], skipped: 1 })
    expect(await read('name', 'n10x')).toEqual({ rows: [], skipped: 1 })
    expect(await read('id', 0.5)).toMatchObject({ rows: [] })
    expect(await read('score', 7 / 3)).toEqual({ rows: [ROWS[7]], skipped: 0 })
    expect(await read('name', 'n7')).toMatchObject({ skipped: 0 })
  })

  it('the encrypted page indexes let a filtered read fetch only the pages it needs', async () => {
    const encryption = { footerKey: FOOTER_KEY, columnKeys: { id: SCORE_KEY, score: TAGS_KEY } }
    const bytes = await writeRows(ROWS, { encryption, pageRows: 300 })
    let stats: PushdownStats | undefined
    const rows = await readRows(bytes, {
      decryption: encryption, columns: ['id', 'score'], filter: { column: 'id', op: 'between', value: [1000, 1010] }, onStats: (s) => { stats = s },
    })
    expect(rows).toEqual(ROWS.slice(1000, 1011).map(({ id, score }) => ({ id, score })))
    expect(stats!.pages).toBe(20)
    expect(stats!.pagesSkipped).toBe(18)
    expect(stats!.bytesRead).toBeLessThan(stats!.bytes / 4)
  })

  it('several row groups from the streaming writer (row group ordinals in the AADs)', async () => {
    const path = join(work, 'stream.parquet')
    const encryption = { footerKey: FOOTER_KEY, columnKeys: { score: SCORE_KEY, name: TAGS_KEY } }
    const writer = await createWriter(await fileSink(path), { encryption, rowGroupSize: 1000 })
    await writer.write(ROWS)
    expect((await writer.close()).rowGroups).toBe(3)
    const { readFileSync } = await import('node:fs')
    expect(await readRows(readFileSync(path), { decryption: encryption })).toEqual(ROWS)
  })
})

describe('page CRCs of encrypted pages', () => {
  it('catch a changed byte in an AES-CTR page, which has no tag', async () => {
    const encryption: EncryptionOptions = { footerKey: FOOTER_KEY, algorithm: 'AES_GCM_CTR_V1' }
    const bytes = await writeRows(ROWS, { encryption, dictionary: false })
    const meta = await readMetadata(bytes, { decryption: encryption })
    const chunk = meta.rowGroups[0]!.columns.find((c) => c.path === 'score')!
    const changed = bytes.slice()
    changed[chunk.end - 100]! ^= 1
    await expect(readRows(changed, { decryption: encryption, columns: ['score'] })).rejects.toMatchObject({ code: 'PAGE_CHECKSUM', context: { column: 'score' } })
    // Without the check the page decrypts to wrong values: the CRC was all that caught it.
    const unchecked = await readRows(changed, { decryption: encryption, columns: ['score'], verifyChecksums: false })
    expect(unchecked).not.toEqual(ROWS.map(({ score }) => ({ score })))
  })
})

describe('the layout Encryption.md describes, checked by hand', () => {
  it('encrypted footer: PARE, FileCryptoMetaData, the footer module, the first page header module', async () => {
    const bytes = await writeRows(ROWS, { encryption: { footerKey: FOOTER_KEY, footerKeyMetadata: 'kf' }, dictionary: false, pageRows: 700 })
    expect(String.fromCharCode(...bytes.subarray(0, 4), ...bytes.subarray(-4))).toBe('PAREPARE')
    const length = u32(bytes, bytes.length - 8)
    const tail = bytes.subarray(bytes.length - 8 - length, bytes.length - 8)
    const crypto = walker.decode('FileCryptoMetaData', tail)
    const algorithm = (crypto.value as { encryption_algorithm: { AES_GCM_V1: { aad_file_unique: Uint8Array } } }).encryption_algorithm.AES_GCM_V1
    expect(new TextDecoder().decode((crypto.value as { key_metadata: Uint8Array }).key_metadata)).toBe('kf')
    const unique = Uint8Array.from(algorithm.aad_file_unique)
    // Footer AAD: file unique id ‖ module type 0.
    const footer = await openModule(tail, crypto.consumed, FOOTER_KEY, concat(unique, [0]))
    expect(u32(tail, crypto.consumed) + 4 + crypto.consumed).toBe(length)
    type Chunk = { meta_data: { data_page_offset: number }; offset_index_offset: number }
    const metadata = walker.decode('FileMetaData', footer).value as { num_rows: number; row_groups: { columns: Chunk[] }[] }
    expect(Number(metadata.num_rows)).toBe(ROWS.length)
    // The first data page header of column 0: AAD unique ‖ type 4 ‖ row group 0 ‖ column 0 ‖ page 0.
    const at = Number(metadata.row_groups[0]!.columns[0]!.meta_data.data_page_offset)
    const header = walker.decode('PageHeader', await openModule(bytes, at, FOOTER_KEY, concat(unique, [4], short(0), short(0), short(0)))).value as {
      type: number; compressed_page_size: number; crc: number; data_page_header: { num_values: number }
    }
    expect(header.type).toBe(0)
    expect(header.data_page_header.num_values).toBe(700)
    // compressed_page_size counts the page module that follows, length prefix included; its AAD: type 2, page 0.
    const pageAt = at + 4 + u32(bytes, at)
    expect(header.compressed_page_size).toBe(4 + u32(bytes, pageAt))
    const page = await openModule(bytes, pageAt, FOOTER_KEY, concat(unique, [2], short(0), short(0), short(0)))
    expect(page.length).toBeGreaterThan(0)
    // The page CRC covers the page module as stored, length included (zlib's CRC-32, as parquet-mr writes it).
    expect(header.crc).toBe(zlibCrc32(bytes.subarray(pageAt, pageAt + header.compressed_page_size)) | 0)
    // The second data page is page ordinal 1.
    const second = pageAt + header.compressed_page_size
    await expect(openModule(bytes, second, FOOTER_KEY, concat(unique, [4], short(0), short(0), short(1)))).resolves.toBeInstanceOf(Uint8Array)
    // The OffsetIndex (AAD type 7) locates those modules: header and page together, one after the other.
    const index = await openModule(bytes, Number(metadata.row_groups[0]!.columns[0]!.offset_index_offset), FOOTER_KEY, concat(unique, [7], short(0), short(0)))
    const locations = (walker.decode('OffsetIndex', index).value as { page_locations: { offset: number; compressed_page_size: number; first_row_index: number }[] }).page_locations
    expect(locations.slice(0, 2).map((l) => [Number(l.offset), l.compressed_page_size, Number(l.first_row_index)])).toEqual([
      [at, second - at, 0],
      [second, 4 + u32(bytes, second) + 4 + u32(bytes, second + 4 + u32(bytes, second)), 700],
    ])
  })

  it('plaintext footer: PAR1, the footer readable without keys, its signature a GCM tag of the footer', async () => {
    const encryption = { footerKey: FOOTER_KEY, columnKeys: { score: SCORE_KEY }, plaintextFooter: true }
    const bytes = await writeRows(ROWS, { encryption })
    expect(String.fromCharCode(...bytes.subarray(0, 4), ...bytes.subarray(-4))).toBe('PAR1PAR1')
    const length = u32(bytes, bytes.length - 8)
    const tail = bytes.subarray(bytes.length - 8 - length, bytes.length - 8)
    const { value, consumed } = walker.decode('FileMetaData', tail)
    expect(consumed + 28).toBe(length)
    const unique = Uint8Array.from((value as { encryption_algorithm: { AES_GCM_V1: { aad_file_unique: Uint8Array } } }).encryption_algorithm.AES_GCM_V1.aad_file_unique)
    const k = await crypto.subtle.importKey('raw', FOOTER_KEY, 'AES-GCM', false, ['encrypt'])
    const sealed = new Uint8Array(await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: tail.slice(consumed, consumed + 12), additionalData: concat(unique, [0]) }, k, tail.slice(0, consumed),
    ))
    expect([...sealed.subarray(sealed.length - 16)]).toEqual([...tail.subarray(consumed + 12)])
    // Without keys: the schema, and the plaintext columns; the encrypted one is ENCRYPTED_COLUMN.
    expect(await readRows(bytes, { columns: ['id', 'name'] })).toEqual(ROWS.map(({ id, name }) => ({ id, name })))
    await expect(readRows(bytes, { columns: ['score'] })).rejects.toMatchObject({ code: 'ENCRYPTED_COLUMN', context: { column: 'score' } })
    // A signature cut short (the footer length following) does not match either.
    const cut = new Uint8Array([...bytes.subarray(0, bytes.length - 8 - 28 + 5), 0, 0, 0, 0, ...ascii('PAR1')])
    new DataView(cut.buffer).setUint32(cut.length - 8, consumed + 5, true)
    await expect(readMetadata(cut, { decryption: { footerKey: FOOTER_KEY } })).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' })
    // A changed footer byte no longer matches the signature.
    const changed = bytes.slice()
    const createdBy = new TextDecoder('latin1').decode(tail).indexOf('parquet-ts version')
    changed[bytes.length - 8 - length + createdBy]! ^= 0x20
    await expect(readMetadata(changed, { decryption: { footerKey: FOOTER_KEY } })).rejects.toMatchObject({ code: 'DECRYPTION_FAILED' })
  })
})

describe('damaged encrypted files', () => {
  it('250 seeded single-byte changes per layout end in a ParquetError or the rows written', async () => {
    const layouts: EncryptionOptions[] = [
      { footerKey: FOOTER_KEY, columnKeys: { score: SCORE_KEY, name: TAGS_KEY }, plaintextFooter: true },
      { footerKey: FOOTER_KEY, algorithm: 'AES_GCM_CTR_V1', aadPrefix: 'p', storeAadPrefix: false },
    ]
    const rows = ROWS.slice(0, 1200)
    for (const [k, encryption] of layouts.entries()) {
      const bytes = await writeRows(rows, { encryption, pageRows: 200, bloomFilters: { id: true, score: true } })
      const random = prng(1000 + k)
      const filter = { column: 'score', op: 'ge' as const, value: 100 }
      const expected = rows.filter((r) => r.score >= 100)
      for (let n = 0; n < 250; n++) {
        const changed = bytes.slice()
        const at = Math.floor(random() * bytes.length)
        changed[at]! ^= 1 + Math.floor(random() * 255)
        // GCM tags, and the CRCs of CTR pages, leave nothing to change unnoticed but the leading magic.
        const read = await readRows(changed, { decryption: decryptionOf(encryption), filter }).catch((e: Error) => e)
        if (read instanceof Error) expect(read.name, `byte ${at}: ${read.message}`).toBe('ParquetError')
        else expect(read, `byte ${at}`).toEqual(expected)
      }
    }
  })
})

describe('encryption options that cannot be written', () => {
  const fails = (encryption: unknown, extra = {}) =>
    expect(writeRows(ROWS.slice(0, 10), { encryption: encryption as EncryptionOptions, ...extra })).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' })

  it('keys of other sizes, unknown columns or algorithms, key metadata and AAD prefixes of other types, no column named', async () => {
    await fails({ footerKey: ascii('short') })
    await fails({ footerKey: FOOTER_KEY, footerKeyMetadata: 5 })
    await fails({ footerKey: FOOTER_KEY, columnKeys: { id: SCORE_KEY }, columnKeyMetadata: { id: 7 } })
    await fails({ footerKey: FOOTER_KEY, aadPrefix: 5 })
    await fails({ footerKey: FOOTER_KEY, columnKeys: {} })
    await fails({ footerKey: FOOTER_KEY, columnKeys: { nope: SCORE_KEY } })
    await fails({ footerKey: FOOTER_KEY, columnKeys: { tags: SCORE_KEY } })
    await fails({ footerKey: FOOTER_KEY, algorithm: 'AES_CBC' })
  })

  it('a failed encrypted write leaves no file behind', async () => {
    const path = join(work, 'failed.parquet')
    const writer = await createWriter(await fileSink(path), { encryption: { footerKey: ascii('short') } })
    await expect(writer.write(ROWS)).rejects.toMatchObject({ code: 'ARGUMENT_INVALID' })
    expect(existsSync(path)).toBe(false)
  })
})
