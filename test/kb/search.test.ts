import { describe, expect, it } from 'vitest';
import { foldText, knowledgeBase } from '../../src/index.js';
import { testKb } from './fixture.js';

const kb = testKb();
const top = (text: string, lang?: 'en' | 'nb') => knowledgeBase.search(text, lang ? { lang } : {})[0];

describe('search on the bundled data', () => {
  it.each([
    ['cellulitter', 'nb', 'indications', 'cellulite'],
    ['Hårtap', 'nb', 'indications', 'alopecia'],
    ['hartap', 'nb', 'indications', 'alopecia'],
    ['kybella', undefined, 'interventions', 'deoxycholic-acid'],
    ['Belkyra', 'nb', 'interventions', 'deoxycholic-acid'],
    ['double chins', 'en', 'indications', 'submental-fat'],
    ['dobbelthaken', 'nb', 'indications', 'submental-fat'],
    ['MESOTERAPI', 'nb', 'interventions', 'mesotherapy'],
    ['lipodissolve', 'en', 'interventions', 'injection-lipolysis'],
    ['wrinkles', 'en', 'indications', 'wrinkles'],
    ['rynkene', 'nb', 'indications', 'wrinkles'],
    ['Park 2008', undefined, 'studies', 'park-2008'],
  ] as const)('%s (%s) → %s %s', (text, lang, kind, id) => {
    const best = top(text, lang);
    expect(best?.kind).toBe(kind);
    expect(best?.id).toBe(id);
  });

  it('labels results in the query language', () => {
    expect(top('hair loss', 'en')?.label).toBe('hair loss');
    expect(top('hair loss', 'nb')?.label).toBe('hårtap');
  });
});

describe('search rules', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Hårtap ØKER Crème')).toBe('hartap oker creme');
  });

  it('ranks exact names first, scores in (0, 1], and is deterministic', () => {
    const results = kb.search('hair loss');
    expect(results[0]).toEqual({ kind: 'indications', id: 'hair', label: 'hair loss', score: 1 });
    for (const r of results) expect(r.score).toBeGreaterThan(0);
    for (let i = 1; i < results.length; i++)
      expect((results[i - 1] as { score: number }).score).toBeGreaterThanOrEqual(
        (results[i] as { score: number }).score,
      );
    expect(kb.search('hair loss')).toEqual(results);
  });

  it('matches compounds through * names', () => {
    expect(kb.search('hårtapbehandling', { lang: 'nb' })[0]?.id).toBe('hair');
    expect(kb.search('magefat')[0]?.id).toBe('fat');
  });

  it('strips inflection endings in both languages', () => {
    expect(kb.search('scar', { lang: 'en' })[0]?.id).toBe('scars');
    expect(kb.search('brandexes', { lang: 'en' })[0]?.id).toBe('alpha');
    expect(kb.search('cellulitten', { lang: 'nb' })[0]?.id).toBe('cellulite');
  });

  it('honours kinds and limit, and finds studies by author and year', () => {
    expect(kb.search('smith 2015', { kinds: ['studies'] })[0]?.id).toBe('smith-2015');
    expect(kb.search('hair', { kinds: ['interventions'] })).toEqual([]);
    expect(kb.search('smith', { limit: 1 })).toHaveLength(1);
    expect(kb.search('   ')).toEqual([]);
  });
});
