/**
 * Browser bundle budgets of issue 7: esbuild bundles of the built dist/, minified, for the
 * browser platform (a Node built-in in the graph fails the build), gzipped. The code is
 * measured with the knowledge base's records left out, and the records on their own: the
 * records grow with the evidence (issue 12), the code must not.
 */
import { describe, expect, it } from 'vitest';
import { bundleSize, CODE_BUDGET_KB, DATA_BUDGET_KB, FACTCHECK_ENTRY, QUERY_ENTRY } from '../../bench/lib/bundle.js';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe('browser bundles', () => {
  it(`the query API's code is at most ${CODE_BUDGET_KB.query} KB gzipped, with no zod, yaml or unified`, async () => {
    const size = await bundleSize(QUERY_ENTRY);
    console.log(
      `query API: ${kb(size.codeGzipped)} code + ${kb(size.dataGzipped)} records (${kb(size.gzipped)} whole)`,
    );
    expect(size.codeGzipped).toBeLessThanOrEqual(CODE_BUDGET_KB.query * 1024);
    expect(size.codeGzipped).toBeLessThan(size.gzipped);
    expect(size.inputs.filter((file) => file.includes('node_modules/'))).toEqual([]);
  });

  it(`with the fact-check engine the code is at most ${CODE_BUDGET_KB.factcheck} KB gzipped`, async () => {
    const size = await bundleSize(FACTCHECK_ENTRY);
    console.log(
      `with fact-check: ${kb(size.codeGzipped)} code + ${kb(size.dataGzipped)} records (${kb(size.gzipped)} whole)`,
    );
    expect(size.codeGzipped).toBeLessThanOrEqual(CODE_BUDGET_KB.factcheck * 1024);
  });

  it(`the knowledge base's records are at most ${DATA_BUDGET_KB} KB gzipped`, async () => {
    const size = await bundleSize(QUERY_ENTRY);
    expect(size.dataGzipped).toBeGreaterThan(10 * 1024);
    expect(size.dataGzipped).toBeLessThanOrEqual(DATA_BUDGET_KB * 1024);
  });
});
