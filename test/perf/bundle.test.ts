/**
 * Browser bundle budgets of issue 7: esbuild bundles of the built dist/, minified,
 * for the browser platform (a Node built-in in the graph fails the build), gzipped.
 */
import { describe, expect, it } from 'vitest';
import { bundleSize, FACTCHECK_ENTRY, QUERY_ENTRY } from '../../bench/lib/bundle.js';

describe('browser bundles', () => {
  // The bundle holds the whole knowledge base; issue 12 (evidence base 2.0) triples the studies and
  // adds GRADE reasons and adverse-event profiles, so the budget grew from 40 KB to 100 KB.
  it('the query API alone is at most 100 KB gzipped, with no zod, yaml or unified', async () => {
    const size = await bundleSize(QUERY_ENTRY);
    console.log(
      `query API: ${(size.gzipped / 1024).toFixed(1)} KB gzipped, ${(size.minified / 1024).toFixed(1)} KB minified`,
    );
    expect(size.gzipped).toBeLessThanOrEqual(100 * 1024);
    expect(size.inputs.filter((file) => file.includes('node_modules/'))).toEqual([]);
  });

  it('with the fact-check engine it is at most 150 KB gzipped', async () => {
    const size = await bundleSize(FACTCHECK_ENTRY);
    console.log(
      `with fact-check: ${(size.gzipped / 1024).toFixed(1)} KB gzipped, ${(size.minified / 1024).toFixed(1)} KB minified`,
    );
    expect(size.gzipped).toBeLessThanOrEqual(150 * 1024);
  });
});
