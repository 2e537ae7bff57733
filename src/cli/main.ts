/**
 * The `parquet-ts` executable: runs the command line and sets the exit code.
 */
import { main } from './run.js'

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
