/**
 * Browser bundle budgets of issue 17: esbuild bundles of the built dist/, minified, for the
 * browser platform (a Node built-in in the graph fails the build), with code splitting,
 * each file gzipped. What the page loads first — the entry chunk and every chunk it imports
 * statically — must fit the budget whole; the knowledge base's records and the fact-check
 * engine's cue vocabulary are chunks of their own, loaded through a dynamic `import()`, each
 * with a tripwire of its own.
 */
import { describe, expect, it } from 'vitest';
import {
  bundleSize,
  CODE_BUDGET_KB,
  DATA_BUDGET_KB,
  FACTCHECK_ENTRY,
  isRecordsInput,
  isVocabularyInput,
  QUERY_ENTRY,
  VOCABULARY_BUDGET_KB,
} from '../../bench/lib/bundle.js';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe('browser bundles', () => {
  it(`the query API is at most ${CODE_BUDGET_KB.query} KB gzipped, with no zod, yaml, unified, records or vocabulary`, async () => {
    const size = await bundleSize(QUERY_ENTRY);
    console.log(`query API: ${kb(size.gzipped)} in ${size.files} files + ${kb(size.lazyGzipped)} records`);
    expect(size.gzipped).toBeLessThanOrEqual(CODE_BUDGET_KB.query * 1024);
    expect(size.inputs.filter((file) => file.includes('node_modules/'))).toEqual([]);
    expect(size.inputs.filter(isRecordsInput)).toEqual([]);
    expect(size.lazyInputs.filter(isRecordsInput)).not.toEqual([]);
    // The query API reads no cue: it fetches no vocabulary, not even lazily.
    expect([...size.inputs, ...size.lazyInputs].filter(isVocabularyInput)).toEqual([]);
  });

  it(`with the fact-check engine it is at most ${CODE_BUDGET_KB.factcheck} KB gzipped, records and vocabulary apart`, async () => {
    const size = await bundleSize(FACTCHECK_ENTRY);
    console.log(
      `with fact-check: ${kb(size.gzipped)} in ${size.files} files + ${kb(size.recordsGzipped)} records + ${kb(size.vocabularyGzipped)} vocabulary`,
    );
    expect(size.gzipped).toBeLessThanOrEqual(CODE_BUDGET_KB.factcheck * 1024);
    expect(size.inputs.filter(isRecordsInput)).toEqual([]);
    // Inlined into the code (src/vocabulary/browser.ts, `#vocabulary` in package.json), the cues
    // were some 22 KB of the 80: every phrase the engine learned came out of the code's budget.
    expect(size.inputs.filter(isVocabularyInput)).toEqual([]);
    expect(size.lazyInputs.filter(isVocabularyInput)).not.toEqual([]);
  });

  it(`the knowledge base's records, loaded apart, are at most ${DATA_BUDGET_KB} KB gzipped`, async () => {
    const size = await bundleSize(QUERY_ENTRY);
    expect(size.recordsGzipped).toBeGreaterThan(10 * 1024);
    expect(size.recordsGzipped).toBe(size.lazyGzipped);
    expect(size.recordsGzipped).toBeLessThanOrEqual(DATA_BUDGET_KB * 1024);
  });

  it(`the cue vocabulary, loaded apart, is at most ${VOCABULARY_BUDGET_KB} KB gzipped, in a file without the records`, async () => {
    const size = await bundleSize(FACTCHECK_ENTRY);
    expect(size.vocabularyGzipped).toBeGreaterThan(5 * 1024);
    expect(size.vocabularyGzipped).toBeLessThanOrEqual(VOCABULARY_BUDGET_KB * 1024);
    // Two data files, one each: the vocabulary is not fetched with the records, nor they with it.
    expect(size.recordsGzipped + size.vocabularyGzipped).toBe(size.lazyGzipped);
  });
});
