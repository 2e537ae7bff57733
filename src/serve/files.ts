/**
 * The service's data folder: `processed/` (files placed by pipelines or
 * operators) and `uploads/` (files accepted through POST /api/files) are
 * listed; `temp/` holds uploads in flight and is never listed. A file id is
 * its path relative to the folder (`uploads/sales.parquet`). Ids are checked
 * by pattern, and the resolved path must stay inside the folder and must not
 * be a symbolic link, so no id can reach outside it.
 */
import { lstat, mkdir, readdir, realpath } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { ParquetError } from '../errors.js'

export const LISTED_FOLDERS = ['processed', 'uploads'] as const
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.parquet$/

export interface FileEntry {
  id: string
  name: string
  path: string
  size: number
  modified: string
}

/** Creates uploads/, processed/ and temp/ when missing; returns the folder's real path. */
export async function prepareFolder(dir: string): Promise<string> {
  for (const sub of ['uploads', 'processed', 'temp']) await mkdir(join(dir, sub), { recursive: true })
  return realpath(dir)
}

/** True when `name` is an acceptable file name (no separators, no dot-dot, ends in .parquet). */
export function isValidName(name: string): boolean {
  return NAME.test(name) && !name.includes('..')
}

/** Resolves an id to a regular file inside `root`, or throws ARGUMENT_INVALID / IO_ERROR (not found). */
export async function resolveId(root: string, id: string): Promise<FileEntry> {
  const slash = id.indexOf('/')
  const folder = id.slice(0, slash)
  const name = id.slice(slash + 1)
  if (slash < 0 || !(LISTED_FOLDERS as readonly string[]).includes(folder) || !isValidName(name)) {
    throw new ParquetError('ARGUMENT_INVALID', `expected a file id like 'uploads/name.parquet', found '${id.slice(0, 100)}'`)
  }
  const path = join(root, folder, name)
  let info: Awaited<ReturnType<typeof lstat>>
  try {
    info = await lstat(path)
  } catch {
    throw new ParquetError('IO_ERROR', `no file with id '${id}'`, { notFound: true })
  }
  if (!info.isFile() || info.isSymbolicLink()) throw new ParquetError('ARGUMENT_INVALID', `'${id}' is not a regular file`)
  const real = await realpath(path)
  if (!real.startsWith(root + sep)) throw new ParquetError('ARGUMENT_INVALID', `'${id}' resolves outside the data folder`)
  return { id, name, path: real, size: info.size, modified: info.mtime.toISOString() }
}

/** Lists the regular .parquet files of the listed folders, sorted by id. */
export async function listFiles(root: string): Promise<FileEntry[]> {
  const out: FileEntry[] = []
  for (const folder of LISTED_FOLDERS) {
    let names: string[] = []
    try {
      names = await readdir(join(root, folder))
    } catch {
      continue
    }
    for (const name of names.sort()) {
      if (!isValidName(name)) continue
      try {
        out.push(await resolveId(root, `${folder}/${name}`))
      } catch {
        // Symbolic links and other non-regular entries are not listed.
      }
    }
  }
  return out
}
