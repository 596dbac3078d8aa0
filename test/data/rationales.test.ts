/**
 * Issue 12: every assessment's rationale names its trials, and each GRADE domain says
 * why in terms of the studies, not in words that fit any assessment.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';

const dataset = knowledgeBase.dataset;
const studies = new Map(dataset.studies.map((s) => [s.id, s]));
const DOMAINS = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const;

/** Lower case without accents, so "Inocêncio" matches "Inocencio". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** "Family year" of a study, as a rationale names it ("Faetani 2021", "Gubelin Harcha 2014"). */
function label(id: string): string | undefined {
  const s = studies.get(id);
  const family = s?.citation.authors[0]?.family;
  return s && family ? fold(`${family} ${s.citation.year}`).replace(/-/g, ' ') : undefined;
}

/** The family names of the studies an assessment cites. */
function families(ids: readonly string[]): string[] {
  return ids
    .map((id) => studies.get(id)?.citation.authors[0]?.family)
    .filter((f): f is string => f !== undefined)
    .map((f) => fold(f).replace(/-/g, ' '));
}

describe('assessment rationales name their trials', () => {
  it('every assessment cites at least one study, and its rationale names one of them (author and year)', () => {
    const missing: string[] = [];
    for (const a of dataset.assessments) {
      const text = fold(a.rationale.en).replace(/-/g, ' ');
      const labels = a.studies.map(label).filter((l): l is string => l !== undefined);
      if (labels.length === 0 || !labels.some((l) => text.includes(l))) missing.push(a.id);
    }
    expect(missing).toEqual([]);
  });

  it('no GRADE domain reason is a bare formula of a few words', () => {
    const bare: string[] = [];
    for (const a of dataset.assessments) {
      for (const d of DOMAINS) {
        const reason = a.grade[d].reason.en;
        if (reason.trim().split(/\s+/).length < 6) bare.push(`${a.id} ${d}: ${reason}`);
      }
    }
    expect(bare).toEqual([]);
  });

  it('no domain reason is the migration placeholder that refers to the rationale instead of the studies', () => {
    for (const a of dataset.assessments)
      for (const d of DOMAINS) expect(a.grade[d].reason.en, `${a.id} ${d}`).not.toMatch(/the rationale records/i);
  });

  it('the pain, psoriasis and liposuction assessments name a cited study in every domain', () => {
    for (const id of ['mesotherapy--pain', 'mesotherapy--psoriasis', 'liposuction--localized-fat']) {
      const a = dataset.assessments.find((x) => x.id === id);
      expect(a, id).toBeDefined();
      if (!a) continue;
      const names = families(a.studies);
      for (const d of DOMAINS) {
        const reason = fold(a.grade[d].reason.en).replace(/-/g, ' ');
        expect(
          names.some((n) => reason.includes(n)),
          `${id} ${d}`,
        ).toBe(true);
      }
    }
  });

  it('the pain assessment rests on the randomised trial of mesotherapy against systemic drugs as well as the meta-analysis', () => {
    const pain = dataset.assessments.find((a) => a.id === 'mesotherapy--pain');
    expect(pain?.studies).toEqual(expect.arrayContaining(['faetani-2021', 'costantino-2011']));
    const trial = studies.get('costantino-2011');
    expect([trial?.citation.pmid, trial?.citation.doi, trial?.sampleSize?.participants]).toEqual([
      '20953425',
      '10.1155/2011/317183',
      84,
    ]);
  });
});
