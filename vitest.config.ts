import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

/**
 * Two projects, one run: the main-process services and the contract under Node, and the
 * renderer's helpers and components in a DOM (jsdom). Each file runs in its own process.
 */
export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['electron/**/*.test.ts', 'test/bridge/**/*.test.ts', 'test/crash/**/*.test.ts', 'test/lint/**/*.test.ts'],
          environment: 'node'
        }
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          include: ['src/**/*.test.{ts,tsx}'],
          // jsdom rather than happy-dom: React Aria's own tests run on it, and it implements
          // what the shared fields rely on (focus and :disabled matching, requestSubmit, beforeunload).
          environment: 'jsdom',
          setupFiles: ['test/renderer/practice.ts', 'src/testing/setup.ts'],
          // A test types key by key through real components, some on a real practice; the machine is shared.
          testTimeout: 30_000
        }
      }
    ]
  }
})
