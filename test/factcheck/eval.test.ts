import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  checkReport,
  describeFinding,
  languageGroups,
  rates,
  readGoldFolder,
  scoreDocument,
  sum,
  type DocumentScore,
} from '../../scripts/lib/evaluate.js';
import { readRecords, scoreRecord } from '../../scripts/lib/first-pass.js';

/**
 * The development set (test/fixtures/eval-dev, a copy of the project's shared set, kept
 * in the repository so a clone evaluates it too), held to the acceptance
 * figures, and our own held-out articles, written without looking at the engine. On those
 * a study mention with no year and no sample size ("two phase 3 trials with more than
 * 1,000 adults", "two large trials") is not resolved, by design — the resolver leaves a
 * mention that fits several studies unresolved rather than guess — so refersTo is held to
 * 0.8 there.
 */
const FOLDERS = [
  { folder: 'test/fixtures/eval-dev', refersTo: 1 },
  { folder: 'test/fixtures/articles', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-2', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-3', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-4', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-5', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-6', refersTo: 0.8 },
  { folder: 'test/fixtures/articles-7', refersTo: 0.8 },
];

for (const { folder, refersTo } of FOLDERS) {
  describe(`evaluation on ${folder}`, () => {
    // A missing folder fails here, loudly, instead of skipping its tests.
    const documents = existsSync(folder) ? readGoldFolder(folder) : [];
    it('is in the repository and has gold files', () => {
      expect(existsSync(folder), `${folder} is missing`).toBe(true);
      expect(documents.length).toBeGreaterThan(0);
    });
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
      for (const entry of documents) {
        expect(checkReport(entry).language, entry.gold.document).toBe(entry.gold.language);
      }
    });
  });
}

/**
 * Regression sets: batches scored once before anyone tuned on them (their first run is
 * recorded in docs/eval/), which the engine-core work has not yet been asked to meet.
 * Their precision, recall and verdict accuracy are recorded as test annotations, not
 * gated; their false alarms — overstated/contradicted findings on sentences that make no
 * such claim — may only go down from the first pass, per language and in total.
 */
const REGRESSION_SETS = [
  { folder: 'test/fixtures/articles-8', record: 'docs/eval/articles-8.first-pass.json' },
  { folder: 'test/fixtures/articles-9', record: 'docs/eval/articles-9.first-pass.json' },
  { folder: 'test/fixtures/articles-10', record: 'docs/eval/articles-10.first-pass.json' },
  { folder: 'test/fixtures/articles-11', record: 'docs/eval/articles-11.first-pass.json' },
  { folder: 'test/fixtures/articles-12', record: 'docs/eval/articles-12.first-pass.json' },
  { folder: 'test/fixtures/articles-13', record: 'docs/eval/articles-13.first-pass.json' },
  { folder: 'test/fixtures/articles-14', record: 'docs/eval/articles-14.first-pass.json' },
  { folder: 'test/fixtures/articles-15', record: 'docs/eval/articles-15.first-pass.json' },
  { folder: 'test/fixtures/articles-16', record: 'docs/eval/articles-16.first-pass.json' },
  { folder: 'test/fixtures/articles-17', record: 'docs/eval/articles-17.first-pass.json' },
  { folder: 'test/fixtures/articles-18', record: 'docs/eval/articles-18.first-pass.json' },
  { folder: 'test/fixtures/articles-19', record: 'docs/eval/articles-19.first-pass.json' },
  { folder: 'test/fixtures/articles-20', record: 'docs/eval/articles-20.first-pass.json' },
  { folder: 'test/fixtures/articles-21', record: 'docs/eval/articles-21.first-pass.json' },
  { folder: 'test/fixtures/articles-22', record: 'docs/eval/articles-22.first-pass.json' },
  { folder: 'test/fixtures/articles-23', record: 'docs/eval/articles-23.first-pass.json' },
  { folder: 'test/fixtures/articles-24', record: 'docs/eval/articles-24.first-pass.json' },
  { folder: 'test/fixtures/articles-25', record: 'docs/eval/articles-25.first-pass.json' },
  { folder: 'test/fixtures/articles-26', record: 'docs/eval/articles-26.first-pass.json' },
  { folder: 'test/fixtures/articles-27', record: 'docs/eval/articles-27.first-pass.json' },
  { folder: 'test/fixtures/articles-28', record: 'docs/eval/articles-28.first-pass.json' },
  { folder: 'test/fixtures/articles-29', record: 'docs/eval/articles-29.first-pass.json' },
  { folder: 'test/fixtures/articles-30', record: 'docs/eval/articles-30.first-pass.json' },
  { folder: 'test/fixtures/articles-31', record: 'docs/eval/articles-31.first-pass.json' },
  { folder: 'test/fixtures/articles-32', record: 'docs/eval/articles-32.first-pass.json' },
  { folder: 'test/fixtures/articles-33', record: 'docs/eval/articles-33.first-pass.json' },
  { folder: 'test/fixtures/articles-34', record: 'docs/eval/articles-34.first-pass.json' },
  { folder: 'test/fixtures/articles-35', record: 'docs/eval/articles-35.first-pass.json' },
  { folder: 'test/fixtures/articles-36', record: 'docs/eval/articles-36.first-pass.json' },
  { folder: 'test/fixtures/articles-37', record: 'docs/eval/articles-37.first-pass.json' },
  { folder: 'test/fixtures/articles-38', record: 'docs/eval/articles-38.first-pass.json' },
  { folder: 'test/fixtures/articles-39', record: 'docs/eval/articles-39.first-pass.json' },
  { folder: 'test/fixtures/articles-40', record: 'docs/eval/articles-40.first-pass.json' },
  { folder: 'test/fixtures/articles-41', record: 'docs/eval/articles-41.first-pass.json' },
  { folder: 'test/fixtures/articles-42', record: 'docs/eval/articles-42.first-pass.json' },
  { folder: 'test/fixtures/articles-43', record: 'docs/eval/articles-43.first-pass.json' },
  { folder: 'test/fixtures/articles-44', record: 'docs/eval/articles-44.first-pass.json' },
  { folder: 'test/fixtures/articles-45', record: 'docs/eval/articles-45.first-pass.json' },
  { folder: 'test/fixtures/articles-46', record: 'docs/eval/articles-46.first-pass.json' },
  { folder: 'test/fixtures/articles-47', record: 'docs/eval/articles-47.first-pass.json' },
  { folder: 'test/fixtures/articles-48', record: 'docs/eval/articles-48.first-pass.json' },
  { folder: 'test/fixtures/articles-49', record: 'docs/eval/articles-49.first-pass.json' },
  { folder: 'test/fixtures/articles-50', record: 'docs/eval/articles-50.first-pass.json' },
  { folder: 'test/fixtures/articles-51', record: 'docs/eval/articles-51.first-pass.json' },
  { folder: 'test/fixtures/articles-52', record: 'docs/eval/articles-52.first-pass.json' },
  { folder: 'test/fixtures/articles-53', record: 'docs/eval/articles-53.first-pass.json' },
  { folder: 'test/fixtures/articles-54', record: 'docs/eval/articles-54.first-pass.json' },
  { folder: 'test/fixtures/articles-55', record: 'docs/eval/articles-55.first-pass.json' },
  { folder: 'test/fixtures/articles-56', record: 'docs/eval/articles-56.first-pass.json' },
  { folder: 'test/fixtures/articles-57', record: 'docs/eval/articles-57.first-pass.json' },
  { folder: 'test/fixtures/articles-58', record: 'docs/eval/articles-58.first-pass.json' },
  { folder: 'test/fixtures/articles-59', record: 'docs/eval/articles-59.first-pass.json' },
  { folder: 'test/fixtures/articles-60', record: 'docs/eval/articles-60.first-pass.json' },
  { folder: 'test/fixtures/articles-61', record: 'docs/eval/articles-61.first-pass.json' },
  { folder: 'test/fixtures/articles-62', record: 'docs/eval/articles-62.first-pass.json' },
  { folder: 'test/fixtures/articles-63', record: 'docs/eval/articles-63.first-pass.json' },
];

for (const { folder, record: recordFile } of REGRESSION_SETS) {
  describe(`regression set ${folder}`, () => {
    const record = readRecords().find((r) => r.folder === folder);
    const documents = readGoldFolder(folder);
    const scores: DocumentScore[] = documents.map((entry) => scoreDocument(entry.gold, checkDocument(entry)));
    const firstPass = record ? languageGroups(scoreRecord(record)) : [];

    it(`records precision, recall and verdict accuracy per language (not gated yet)`, ({ annotate }) => {
      expect(record, recordFile).toBeDefined();
      for (const { name, counts } of languageGroups(scores)) {
        const r = rates(counts);
        const line = `${name}: precision ${r.precision.toFixed(2)}, recall ${r.recall.toFixed(2)}, verdicts ${r.verdictAccuracy.toFixed(2)}, false positives ${counts.fp}, false alarms ${counts.falseAlarms}`;
        void annotate(line);
        // A page in a language the engine does not read has no claims to find: nothing to count there.
        if (name !== 'unsupported') expect(counts.tp + counts.fp + counts.fn, name).toBeGreaterThan(0);
      }
    });

    it('has no more false alarms than at its first pass, per language and in total', () => {
      expect(firstPass.length).toBeGreaterThan(0);
      const now = languageGroups(scores);
      for (const { name, counts } of firstPass) {
        const current = now.find((g) => g.name === name)?.counts.falseAlarms ?? 0;
        const alarms = scores
          .filter((s) => (name === 'unsupported' ? !['en', 'nb'].includes(s.language) : s.language === name))
          .flatMap((s) => s.falseAlarmFindings.map((f) => describeFinding(s.document, f)));
        expect(current, `${name} false alarms now:\n${alarms.join('\n')}`).toBeLessThanOrEqual(counts.falseAlarms);
      }
      expect(sum(scores).falseAlarms).toBeLessThanOrEqual(firstPass.reduce((n, g) => n + g.counts.falseAlarms, 0));
    });
  });
}

describe('checkDocument', () => {
  it('reads a bokmål paragraph of an English page in bokmål, as a user’s file is read', () => {
    const text = [
      '# Our clinic',
      '',
      'Mesoterapi gir tykkere hår og stopper håravfall etter få behandlinger.',
      '',
      'Hair mesotherapy at our clinic is carried out by a registered nurse with ten years of experience.',
      '',
      'We are happy to discuss the options at a free consultation in our clinic.',
      '',
    ].join('\n');
    const gold = { document: 'page.md', language: 'en', claims: [] };
    const findings = checkDocument({ gold, text, format: 'markdown' });
    expect(findings.map((f) => `${f.position.start.line} ${f.claim.subject} ${f.claim.object ?? ''}`)).toContain(
      '3 mesotherapy alopecia',
    );
  });

  it('reads a .html gold document as a web page, with lines into its source', () => {
    const text = [
      '<!doctype html>',
      '<html lang="en"><head><title>Clinic</title></head><body>',
      '<nav><a href="/">Mesotherapy is FDA-approved</a></nav>',
      '<main>',
      '<p>Mesotherapy melts belly fat in three sessions.</p>',
      '</main></body></html>',
      '',
    ].join('\n');
    const gold = { document: 'page.html', language: 'en', claims: [] };
    const findings = checkDocument({ gold, text, format: 'html' });
    expect(findings.map((f) => `${f.position.start.line} ${f.claim.subject} ${f.claim.predicate}`)).toEqual([
      '5 mesotherapy effective-for',
    ]);
    expect(checkReport({ gold, text, format: 'html' }).language).toBe('en');
  });
});
