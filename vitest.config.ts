import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/helpers/cache-home.ts'],
    testTimeout: 60000,
    hookTimeout: 30000
  }
})
