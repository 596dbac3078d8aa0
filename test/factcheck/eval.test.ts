import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import {
  checkDocument,
  rates,
  readGoldFolder,
  scoreDocument,
  sum,
  type DocumentScore,
} from '../../scripts/lib/evaluate.js';

/**
 * The shared development set (beside the clone in CI), held to the acceptance
 * figures, and our own held-out articles, written without looking at the engine. On those
 * a study mention with no year and no sample size ("two phase 3 trials with more than
 * 1,000 adults", "two large trials") is not resolved, by design — the resolver leaves a
 * mention that fits several studies unresolved rather than guess — so refersTo is held to
 * 0.8 there.
 */
const FOLDERS = [
  { folder: '../shared/eval/dev', refersTo: 1 },
  { folder: 'test/fixtures/articles', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-2', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-3', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-4', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-5', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-6', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-7', refersTo: 0.8 },
];

for (const { folder, refersTo } of FOLDERS) {
  describe.skipIf(!existsSync(folder))(`evaluation on ${folder}`, () => {
    // The body runs to collect even when skipped: read nothing then.
    const documents = existsSync(folder) ? readGoldFolder(folder) : [];
    const scores: DocumentScore[] = documents.map((entry) => scoreDocument(entry.gold, checkDocument(entry)));

    for (const language of ['en', 'nb']) {
      it(`meets precision and recall ≥ 0.90 in ${language}`, () => {
        const r = rates(sum(scores.filter((s) => s.language === language)));
        expect(r.precision, 'precision').toBeGreaterThanOrEqual(0.9);
        expect(r.recall, 'recall').toBeGreaterThanOrEqual(0.9);
      });
    }

    it(`gets verdicts right (≥ 0.95) and study references right (≥ ${refersTo})`, () => {
      const r = rates(sum(scores));
      expect(r.verdictAccuracy).toBeGreaterThanOrEqual(0.95);
      expect(r.refersToAccuracy).toBeGreaterThanOrEqual(refersTo);
    });

    it('detects each document’s language', () => {
      for (const { gold, text, format } of documents) {
        expect(factCheck(text, { format }).language, gold.document).toBe(gold.language);
      }
    });
  });
}
