/**
 * Locates the Apache parquet-testing corpus for tests: PARQUET_TEST_DATA,
 * then the parquet-testing/ submodule when populated, then ../shared/parquet-testing/.
 */
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function hasData(dir: string): boolean {
  return existsSync(join(dir, 'data')) && existsSync(join(dir, 'bad_data'))
}

/** The folder holding `data/` and `bad_data/`. Throws with instructions when absent. */
export function corpusDir(): string {
  const candidates = [
    process.env.PARQUET_TEST_DATA,
    join(root, 'parquet-testing'),
    join(root, '..', 'shared', 'parquet-testing'),
  ].filter((d): d is string => !!d)
  for (const dir of candidates) if (hasData(dir)) return dir
  throw new Error(
    'parquet-testing corpus not found. Run `git submodule update --init parquet-testing`, ' +
      'or clone https://github.com/apache/parquet-testing and set PARQUET_TEST_DATA to its folder. ' +
      `Looked in: ${candidates.join(', ')}`,
  )
}

/** Absolute path of a corpus file, e.g. `corpusFile('data/nulls.snappy.parquet')`. */
export function corpusFile(relative: string): string {
  return join(corpusDir(), relative)
}

/** Every `.parquet` file directly in `data/` and `data/geospatial/` (plaintext and encrypted). */
export function corpusDataFiles(): string[] {
  const dir = corpusDir()
  const out: string[] = []
  for (const sub of ['data', 'data/geospatial']) {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      if (name.endsWith('.parquet') || name.endsWith('.parquet.encrypted')) out.push(`${sub}/${name}`)
    }
  }
  return out
}

/** Every file in `bad_data/`. */
export function corpusBadFiles(): string[] {
  return readdirSync(join(corpusDir(), 'bad_data'))
    .filter((n) => n.endsWith('.parquet'))
    .sort()
    .map((n) => `bad_data/${n}`)
}
