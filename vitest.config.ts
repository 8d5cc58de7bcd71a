import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30000,
    // several tests run the whole method (and write the Word draft) in beforeAll; on a busy 2-core machine that takes more than 10 s
    hookTimeout: 60000,
  },
});
