import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// Checks of what `npm run build` wrote to out/: run by `npm run test:built`, after the build.
export default defineConfig({
  root: resolve(import.meta.dirname, '../..'),
  test: {
    include: ['test/built/**/*.test.ts'],
    environment: 'node'
  }
})
