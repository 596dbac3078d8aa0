/**
 * Hair loss (issue 12): the alopecia split, oral against injected dutasteride, and
 * the sourcing of the hair studies. Each test fails on the data before the split.
 */
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { knowledgeBase } from '../../src/index.js';

const effectiveFor = (subject: string, object: string) =>
  knowledgeBase.judge({ subject, predicate: 'effective-for', object, polarity: 'affirm' });

const verdictsOf = (text: string) => factCheck(text).findings.map((f) => [f.claim.subject, f.claim.object, f.verdict]);

/** The study records the hair-evidence work added or rewrote. */
const HAIR_STUDIES = [
  'abdallah-2009',
  'abdallah-2020',
  'adil-2017',
  'aledani-2024',
  'borges-do-nascimento-2020',
  'chen-2018',
  'gajjar-2019',
  'gressenberger-2020',
  'gubelin-harcha-2014',
  'gupta-2019',
  'gupta-2023',
  'herz-ruelas-2020',
  'kaufman-1998',
  'marzban-2017',
  'mateos-haro-2023',
  'meznerics-2022',
  'moftah-2013',
  'olsen-2002',
  'price-2000',
  'saceda-corralo-2022',
  'shanshanwal-2017',
  'tang-2022',
  'trink-2013',
  'van-zuuren-2016',
  'zhou-2021',
];

/**
 * Studies with neither PMID nor DOI, and why: docs/evidence-search/hair.md records
 * the searches. Each is marked below its verified level or carries a URL instead.
 */
const NO_IDENTIFIER: Record<string, string> = {
  'abdallah-2009': 'J Pan Arab League Dermatol is not indexed in PubMed and gives no DOI',
  'price-2000': 'no PMID or DOI could be confirmed; the abstract is read at the authors’ repository (citation.url)',
};

describe('alopecia is split into the diseases claims are about', () => {
  it('does not support "Finasteride cures alopecia areata."', () => {
    const findings = verdictsOf('Finasteride cures alopecia areata.');
    expect(findings).toContainEqual(['finasteride', 'alopecia-areata', expect.any(String)]);
    for (const [, , verdict] of findings) expect(verdict).not.toBe('supported');
  });

  it('reads the Norwegian name: "Finasterid kurerer flekkvis hårtap." is not supported', () => {
    const findings = verdictsOf('Finasterid kurerer flekkvis hårtap.');
    expect(findings.map(([, object]) => object)).toContain('alopecia-areata');
    for (const [, , verdict] of findings) expect(verdict).not.toBe('supported');
  });

  it('does not support finasteride for women, and cites the trial in women', () => {
    const judgement = effectiveFor('finasteride', 'female-pattern-hair-loss');
    expect(judgement.verdict).not.toBe('supported');
    expect(judgement.assessment?.id).toBe('finasteride--female-pattern-hair-loss');
    expect(judgement.citations).toContain('price-2000');
    expect(verdictsOf('Finasteride treats hair loss in women.')).toContainEqual([
      'finasteride',
      'female-pattern-hair-loss',
      judgement.verdict,
    ]);
  });

  it('still supports finasteride and minoxidil for male pattern baldness, on trials', () => {
    for (const subject of ['finasteride', 'minoxidil']) {
      const judgement = effectiveFor(subject, 'androgenetic-alopecia');
      expect(judgement.verdict, subject).toBe('supported');
      expect(judgement.assessment?.id, subject).toBe(`${subject}--androgenetic-alopecia`);
    }
    expect(effectiveFor('finasteride', 'androgenetic-alopecia').citations).toContain('kaufman-1998');
    expect(effectiveFor('minoxidil', 'androgenetic-alopecia').citations).toContain('olsen-2002');
  });

  it.each([
    ['male pattern baldness', 'en', 'androgenetic-alopecia'],
    ['receding hairline', 'en', 'androgenetic-alopecia'],
    ['arvelig hårtap', 'nb', 'androgenetic-alopecia'],
    ['mannlig skallethet', 'nb', 'androgenetic-alopecia'],
    ['female pattern hair loss', 'en', 'female-pattern-hair-loss'],
    ['hårtap hos kvinner', 'nb', 'female-pattern-hair-loss'],
    ['alopecia areata', 'en', 'alopecia-areata'],
    ['flekkvis hårtap', 'nb', 'alopecia-areata'],
    ['hair loss', 'en', 'alopecia'],
    ['hårtap', 'nb', 'alopecia'],
  ] as const)('"%s" (%s) names %s', (text, lang, id) => {
    const best = knowledgeBase.search(text, { lang, kinds: ['indications'] })[0];
    expect(best?.id).toBe(id);
  });

  it('puts each child under the right parent', () => {
    expect(knowledgeBase.indication('androgenetic-alopecia')?.parent).toBe('alopecia');
    expect(knowledgeBase.indication('female-pattern-hair-loss')?.parent).toBe('androgenetic-alopecia');
    expect(knowledgeBase.indication('alopecia-areata')?.parent).toBe('alopecia');
  });
});

describe('dutasteride by mouth and by injection are rated separately', () => {
  it('has its own assessment for each route, each citing its own trials', () => {
    const oral = effectiveFor('dutasteride', 'androgenetic-alopecia');
    const injected = effectiveFor('intradermal-dutasteride', 'androgenetic-alopecia');
    expect(oral.assessment?.id).toBe('dutasteride--androgenetic-alopecia');
    expect(injected.assessment?.id).toBe('intradermal-dutasteride--androgenetic-alopecia');
    expect(oral.citations).toContain('gubelin-harcha-2014');
    expect(oral.citations).not.toContain('moftah-2013');
    expect(injected.citations).toEqual(expect.arrayContaining(['abdallah-2009', 'moftah-2013']));
    expect(injected.citations).not.toContain('gubelin-harcha-2014');
    expect(oral.assessment?.certainty).not.toBe(injected.assessment?.certainty);
  });

  it('reads "dutasteride injections" as the injected form', () => {
    const findings = verdictsOf('Dutasteride injections regrow hair.');
    expect(findings.map(([subject]) => subject)).toContain('intradermal-dutasteride');
    expect(findings.map(([subject]) => subject)).not.toContain('dutasteride');
  });
});

describe('minoxidil by mouth is not minoxidil on the scalp', () => {
  it('judges oral minoxidil on its own evidence and approval', () => {
    expect(effectiveFor('oral-minoxidil', 'alopecia').assessment?.id).toBe('oral-minoxidil--alopecia');
    expect(effectiveFor('oral-minoxidil', 'alopecia').verdict).not.toBe('supported');
    expect(effectiveFor('minoxidil', 'alopecia').verdict).toBe('supported');
    expect(verdictsOf('Oral minoxidil is FDA-approved for hair loss.')).toContainEqual([
      'oral-minoxidil',
      'alopecia',
      'contradicted',
    ]);
  });
});

describe('hair study records', () => {
  it('every study has a PMID or DOI, or a stated reason it has none', () => {
    for (const id of HAIR_STUDIES) {
      const study = knowledgeBase.study(id);
      expect(study, id).toBeDefined();
      const identified = study?.citation.pmid !== undefined || study?.citation.doi !== undefined;
      if (!identified) expect(NO_IDENTIFIER[id], `${id} has neither PMID nor DOI`).toBeDefined();
    }
    for (const id of Object.keys(NO_IDENTIFIER)) {
      const study = knowledgeBase.study(id);
      expect(study?.verification === 'verified' ? study.citation.url : study?.verification, id).toBeDefined();
    }
  });

  it('gajjar-2019 supports nothing for minoxidil and records the microneedling', () => {
    const study = knowledgeBase.study('gajjar-2019');
    expect(study?.intervention).toMatch(/microneedling/i);
    for (const assessment of knowledgeBase.dataset.assessments.filter((a) => a.subject === 'minoxidil')) {
      expect(assessment.studies, assessment.id).not.toContain('gajjar-2019');
    }
  });

  it('herz-ruelas-2020 has its DOI and says only one injection trial counted hairs', () => {
    const study = knowledgeBase.study('herz-ruelas-2020');
    expect(study?.citation.doi).toBe('10.1159/000510697');
    expect(study?.summary.en).toMatch(/3 of dutasteride injected/);
    expect(study?.summary.en).toMatch(/only one trial reported hair\s+counts/);
  });

  it('gupta-2023 is inconclusive, not positive', () => {
    expect(knowledgeBase.study('gupta-2023')?.result).toBe('inconclusive');
  });
});
