/**
 * parquet-ts/node: Node-only helpers (local files). Browser bundles never
 * import this entry, so they never see `node:fs`.
 */
export { fileSource } from './io/node-file.js'
export { fileSink, tempPathFor } from './io/node-sink.js'
export type { FileSinkOptions } from './io/node-sink.js'
export { createFileWriter } from './write/file-writer.js'
export { serve } from './serve/server.js'
export type { RunningServer, ServeOptions } from './serve/server.js'
export { createWorkerPool } from './read/worker-pool.js'
export type { WorkerPool, WorkerPoolOptions } from './read/worker-pool.js'
