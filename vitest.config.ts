import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'exercises/**/*.test.{ts,tsx}',
      'src/**/*.test.{ts,tsx}',
      'scripts/**/*.test.{ts,mjs}',
    ],
    environment: 'node',
    setupFiles: ['tests/support/vitest-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
