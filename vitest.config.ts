import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ when missing or stale, for the tests that run the built CLI.
    globalSetup: ['test/cli/build-once.ts'],
    // Forks, not threads: some tests spawn the CLI and change files in temp dirs.
    pool: 'forks',
    // Subprocess tests start Node with tsx; slow CI machines need room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
