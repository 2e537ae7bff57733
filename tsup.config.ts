import { defineConfig } from 'tsup'

// ESM is emitted file by file (one dist/ module per src/ module, imports kept): a user's bundler then splits and
// shakes at the same boundaries as our own sources, so lazily loaded parts (codecs, the query engine, rare
// encodings) stay apart and a module used by a lazy part does not drag its neighbours into every bundle, as
// pre-merged shared chunks did. CommonJS (require) is bundled per entry; the declarations are rolled up per entry.
// The CLI is one ESM executable. `npm run build` empties dist/ first (the configs run side by side).
const common = { sourcemap: true, clean: false, target: 'es2022', removeNodeProtocol: false } as const

export default defineConfig([
  {
    ...common,
    entry: ['src/**/*.ts', '!src/**/*.d.ts', '!src/cli/main.ts'],
    format: ['esm'],
    bundle: false,
    platform: 'neutral',
  },
  {
    ...common,
    entry: { index: 'src/index.ts', node: 'src/node.ts', 'node-decode-worker': 'src/read/node-decode-worker.ts' },
    format: ['cjs'],
    dts: true,
    splitting: false,
    treeshake: true,
    platform: 'neutral',
    // node: built-ins appear only behind the Node entry; keep them as imports.
    external: [/^node:/],
    // import.meta.url in CJS output (the worker pool locates its worker script by it).
    shims: true,
  },
  {
    ...common,
    entry: { index: 'src/index.ts', node: 'src/node.ts' },
    format: ['esm'],
    dts: { only: true },
  },
  {
    ...common,
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
])
