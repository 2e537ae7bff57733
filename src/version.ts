/**
 * The package version, written into every file's `created_by`. Kept equal to package.json's `version` (a test
 * compares them) so that the ESM build, emitted file by file, needs no JSON import.
 */
export const VERSION = '0.1.0'
