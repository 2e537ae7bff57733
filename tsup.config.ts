import { defineConfig } from 'tsup'

// Library entries are built as ESM + CJS with declarations; the CLI is an
// ESM executable. Splitting keeps codecs in their own chunks so they load
// only when a page needs them.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts', 'node-decode-worker': 'src/read/node-decode-worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    // node: built-ins appear only behind the Node entry; keep them as imports.
    external: [/^node:/],
    removeNodeProtocol: false,
    // import.meta.url in CJS output (the worker pool locates its worker script by it).
    shims: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    removeNodeProtocol: false,
  },
])
