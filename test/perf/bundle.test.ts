/**
 * Browser bundle budgets of issue 17: esbuild bundles of the built dist/, minified, for the
 * browser platform (a Node built-in in the graph fails the build), with code splitting,
 * each file gzipped. What the page loads first — the entry chunk and every chunk it imports
 * statically — must fit the budget whole; the knowledge base's records are a chunk of their
 * own, loaded through a dynamic `import()`, with a tripwire of their own.
 */
import { describe, expect, it } from 'vitest';
import { bundleSize, CODE_BUDGET_KB, DATA_BUDGET_KB, FACTCHECK_ENTRY, QUERY_ENTRY } from '../../bench/lib/bundle.js';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
/** A file of the records: dist/records/inline.js holds them (src/records/browser.ts imports it). */
const isRecords = (file: string): boolean => file.includes('dataset') || file.endsWith('dist/records/inline.js');

describe('browser bundles', () => {
  it(`the query API is at most ${CODE_BUDGET_KB.query} KB gzipped, with no zod, yaml, unified or records`, async () => {
    const size = await bundleSize(QUERY_ENTRY);
    console.log(`query API: ${kb(size.gzipped)} in ${size.files} files + ${kb(size.lazyGzipped)} records`);
    expect(size.gzipped).toBeLessThanOrEqual(CODE_BUDGET_KB.query * 1024);
    expect(size.inputs.filter((file) => file.includes('node_modules/'))).toEqual([]);
    expect(size.inputs.filter(isRecords)).toEqual([]);
    expect(size.lazyInputs.filter(isRecords)).not.toEqual([]);
  });

  it(`with the fact-check engine it is at most ${CODE_BUDGET_KB.factcheck} KB gzipped, records apart`, async () => {
    const size = await bundleSize(FACTCHECK_ENTRY);
    console.log(`with fact-check: ${kb(size.gzipped)} in ${size.files} files + ${kb(size.lazyGzipped)} records`);
    expect(size.gzipped).toBeLessThanOrEqual(CODE_BUDGET_KB.factcheck * 1024);
    expect(size.inputs.filter(isRecords)).toEqual([]);
  });

  it(`the knowledge base's records, loaded apart, are at most ${DATA_BUDGET_KB} KB gzipped`, async () => {
    const size = await bundleSize(QUERY_ENTRY);
    expect(size.lazyGzipped).toBeGreaterThan(10 * 1024);
    expect(size.lazyGzipped).toBeLessThanOrEqual(DATA_BUDGET_KB * 1024);
  });
});
