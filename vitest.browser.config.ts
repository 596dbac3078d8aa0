import { defineConfig } from 'vitest/config';

// The end-to-end tests in Chromium (the playground, the HTML report): `npm run test:browser`. Kept out of
// `npm test` (vitest.config.ts) so that needs no Chromium; .ci/run runs both.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest-browser.json' },
  },
});
