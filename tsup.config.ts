import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', cli: 'src/cli/index.ts', 'batch-worker': 'src/cli/batch-worker.ts'},
  format: ['esm'],
  dts: {entry: {index: 'src/index.ts'}},
  target: 'node20',
  platform: 'node',
  clean: true,
  sourcemap: true,
  splitting: true
})
