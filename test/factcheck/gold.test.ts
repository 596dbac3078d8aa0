import { describe, expect, it } from 'vitest';
import { readGoldFolder, isSupported } from '../../scripts/lib/evaluate.js';
import { knowledgeBase } from '../../src/index.js';
import type { Claim } from '../../src/evidence/claim.js';

/**
 * The gold files of articles-8 to articles-14 and articles-17 and later name known records and carry the knowledge base's own
 * verdicts, under the GRADE row as the evidence team revises it: affirm + no-benefit or
 * harm at low or very-low certainty is `overstated` ("may have little or no effect"),
 * never `contradicted`. The mapping below gives the same answer before and after that
 * change lands.
 */
/** Each batch, its English and bokmål page counts, and how many unsupported-language pages it holds at least. */
const FOLDERS = [
  { folder: 'test/fixtures/articles-8', en: 8, nb: 8, unsupported: 2 },
  { folder: 'test/fixtures/articles-9', en: 8, nb: 8, unsupported: 0 },
  { folder: 'test/fixtures/articles-10', en: 6, nb: 6, unsupported: 0 },
  { folder: 'test/fixtures/articles-11', en: 5, nb: 5, unsupported: 0 },
  { folder: 'test/fixtures/articles-12', en: 5, nb: 5, unsupported: 0 },
  { folder: 'test/fixtures/articles-13', en: 5, nb: 5, unsupported: 0 },
  { folder: 'test/fixtures/articles-14', en: 5, nb: 5, unsupported: 0 },
  { folder: 'test/fixtures/articles-17', en: 6, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-18', en: 6, nb: 5, unsupported: 1 },
  { folder: 'test/fixtures/articles-19', en: 6, nb: 5, unsupported: 1 },
  { folder: 'test/fixtures/articles-20', en: 6, nb: 5, unsupported: 1 },
  { folder: 'test/fixtures/articles-21', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-22', en: 5, nb: 6, unsupported: 1 },
  { folder: 'test/fixtures/articles-23', en: 5, nb: 6, unsupported: 1 },
  { folder: 'test/fixtures/articles-24', en: 5, nb: 6, unsupported: 1 },
  { folder: 'test/fixtures/articles-25', en: 6, nb: 5, unsupported: 1 },
  { folder: 'test/fixtures/articles-26', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-27', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-28', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-29', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-30', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-31', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-32', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-33', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-34', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-35', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-36', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-37', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-38', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-39', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-40', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-41', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-42', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-43', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-44', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-45', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-46', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-47', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-48', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-49', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-50', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-51', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-52', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-53', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-54', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-55', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-56', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-57', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-58', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-59', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-60', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-61', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-62', en: 5, nb: 4, unsupported: 1 },
  { folder: 'test/fixtures/articles-63', en: 5, nb: 4, unsupported: 1 },
];

function expectedVerdict(claim: Claim): string {
  const judgement = knowledgeBase.judge(claim);
  const a = judgement.assessment;
  const lowCertaintyNoEffect =
    claim.polarity === 'affirm' &&
    a !== undefined &&
    (a.direction === 'no-benefit' || a.direction === 'harm') &&
    (a.certainty === 'low' || a.certainty === 'very-low');
  return lowCertaintyNoEffect ? 'overstated' : judgement.verdict;
}

describe.each(FOLDERS)('gold files of $folder', ({ folder, en, nb, unsupported }) => {
  const entries = readGoldFolder(folder);
  const ids = new Set([...knowledgeBase.dataset.interventions, ...knowledgeBase.dataset.indications].map((r) => r.id));
  const studies = new Set(knowledgeBase.dataset.studies.map((s) => s.id));

  it('has $en English and $nb bokmål pages, and the unsupported-language pages it was written with', () => {
    const count = (p: (l: string) => boolean): number => entries.filter((e) => p(e.gold.language)).length;
    expect([count((l) => l === 'en'), count((l) => l === 'nb')]).toEqual([en, nb]);
    expect(count((l) => !isSupported(l))).toBeGreaterThanOrEqual(unsupported);
  });

  it('expects no claims on unsupported-language pages', () => {
    for (const { gold } of entries.filter((e) => !isSupported(e.gold.language))) {
      expect(gold.claims, gold.document).toEqual([]);
    }
  });

  it('names known records on non-empty lines', () => {
    for (const { gold, text } of entries) {
      const lines = text.split('\n');
      for (const c of gold.claims) {
        const where = `${gold.document}:${c.line}`;
        expect(ids.has(c.subject), `${where} subject ${c.subject}`).toBe(true);
        if (c.object) expect(ids.has(c.object), `${where} object ${c.object}`).toBe(true);
        for (const study of c.refersTo ?? []) expect(studies.has(study), `${where} study ${study}`).toBe(true);
        expect(lines[c.line - 1]?.trim(), where).toBeTruthy();
      }
    }
  });

  it('gives each claim the knowledge base’s verdict (revised GRADE row)', () => {
    for (const { gold } of entries) {
      for (const c of gold.claims.filter((claim) => claim.verdict !== undefined)) {
        const claim = { subject: c.subject, predicate: c.predicate, object: c.object, polarity: c.polarity } as Claim;
        expect(c.verdict, `${gold.document}:${c.line} ${c.subject} ${c.predicate} ${c.object ?? ''}`).toBe(
          expectedVerdict(claim),
        );
      }
    }
  });
});
