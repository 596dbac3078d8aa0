import { describe, expect, it } from 'vitest';
import { formatReference, knowledgeBase, toCslItem } from '../../src/index.js';
import { testKb } from './fixture.js';

const kb = testKb();

describe('compare', () => {
  it('compares invasiveness, procedure facts and evidence per indication', () => {
    const c = kb.compare('alpha', 'beta');
    expect(c?.a.id).toBe('alpha');
    expect(c?.lessInvasive).toBe('alpha');
    expect(c?.evidence.map((row) => row.indication)).toEqual(['cellulite', 'fat', 'hair', 'pain', 'scars', 'skin']);
    expect(c?.evidence.find((row) => row.indication === 'hair')).toEqual({
      indication: 'hair',
      a: { assessment: 'alpha--hair', direction: 'benefit', certainty: 'high', chain: ['hair'] },
      b: { assessment: 'beta--hair', direction: 'no-benefit', certainty: 'low', chain: ['hair'] },
    });
    expect(kb.compare('zero-down', 'alpha')?.a.sessions?.max).toBe(3);
    expect(kb.compare('alpha', 'nobody')).toBeUndefined();
  });

  it('compares mesotherapy and liposuction on the bundled data', () => {
    const c = knowledgeBase.compare('mesotherapy', 'liposuction');
    expect(c?.lessInvasive).toBe('mesotherapy');
    const fat = c?.evidence.find((row) => row.indication === 'localized-fat');
    expect(fat?.a?.direction).toBe('no-benefit');
    expect(fat?.b?.direction).toBe('benefit');
  });
});

describe('references', () => {
  it('formats Vancouver references with six authors, et al., DOI and PMID', () => {
    const park = knowledgeBase.study('park-2008');
    expect(park && formatReference(park)).toBe(
      'Park SH, Kim DW, Lee MA, Yoo SC, Rhee SC, Koo SH, et al. Effectiveness of mesotherapy on body contouring. Plast Reconstr Surg. 2008;121(4):179e-185e. doi:10.1097/01.prs.0000304611.71480.0a. PMID: 18349597',
    );
  });

  it('marks unverified fields', () => {
    const jones = kb.study('jones-2020');
    expect(jones && formatReference(jones)).toBe(
      'Jones D. Beta for fat? Fat J. 2020;3 [unverified](2):10-19. doi:10.1000/xyz. PMID: 123456 [unverified]',
    );
    expect(jones && formatReference(jones, { unverifiedMark: '*', maxAuthors: 1 })).toContain('PMID: 123456*');
    const smith = kb.study('smith-2010');
    expect(smith && formatReference(smith, { maxAuthors: 1 })).toBe('Smith AB, et al. Study smith-2010. J Test. 2010.');
  });

  it('converts studies to CSL-JSON', () => {
    const jones = kb.study('jones-2020');
    expect(jones && toCslItem(jones)).toEqual({
      id: 'jones-2020',
      type: 'article-journal',
      title: 'Beta for fat?',
      author: [{ family: 'Jones', given: 'D' }],
      issued: { 'date-parts': [[2020]] },
      'container-title': 'Fat J',
      'container-title-short': 'Fat J',
      volume: '3',
      issue: '2',
      page: '10-19',
      DOI: '10.1000/xyz',
      PMID: '123456',
      URL: 'https://doi.org/10.1000/xyz',
      note: 'Unverified: citation.volume, citation.pmid',
    });
  });
});
