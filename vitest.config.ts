import { defineConfig } from 'vitest/config'

// Unit and integration tests of the main-process services and the contract, under Node.
export default defineConfig({
  test: {
    include: ['electron/**/*.test.ts', 'test/bridge/**/*.test.ts', 'test/crash/**/*.test.ts', 'test/lint/**/*.test.ts'],
    environment: 'node',
    pool: 'forks'
  }
})
