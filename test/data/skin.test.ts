/**
 * The skin cluster of the evidence base (issue 12): skin boosters, polynucleotides,
 * exosomes, tranexamic acid for melasma, and mesotherapy for skin. Each test names a
 * fact an evidence reviewer checked against the published trials.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { factCheck } from '../../src/factcheck/fact-check.js';

/** Study records added by the skin cluster. */
const SKIN_STUDIES = [
  'baspeyras-2013',
  'duteil-2023',
  'ghatge-2023',
  'pak-2014',
  'araco-2023',
  'araco-2021',
  'budamakuntla-2013',
  'pazyar-2023',
  'zhang-2018',
  'estupinan-2025',
  'liang-2022',
  'fasola-2024',
  'sparavigna-2016',
  'salti-2025',
];

/**
 * Studies with neither PMID nor DOI, and why (see docs/evidence-search/skin.md). They are
 * identified by a URL where the article or its abstract can be read.
 */
const NO_IDENTIFIER: Record<string, string> = {
  'duteil-2023': 'J Clin Aesthet Dermatol assigns no DOI; PMID not found in the searched copies',
  'pazyar-2023': 'J Clin Aesthet Dermatol assigns no DOI; PMID not found in the searched copies',
  'araco-2021': 'neither DOI nor PMID was shown by the copies searched (library catalogue and index records)',
};

const judge = (subject: string, object: string) =>
  knowledgeBase.judge({ subject, predicate: 'effective-for', object, polarity: 'affirm' });

describe('skin studies', () => {
  it.each(SKIN_STUDIES)('%s has a PMID or DOI, or a journal URL and a stated reason', (id) => {
    const study = knowledgeBase.study(id);
    if (!study) throw new Error(`no study ${id}`);
    const { pmid, doi, url } = study.citation;
    if (pmid === undefined && doi === undefined) {
      expect(NO_IDENTIFIER[id], `${id} has no PMID or DOI and no stated reason`).toBeDefined();
      expect(url, `${id} has no PMID, DOI or URL`).toMatch(/^https:\/\//);
    }
  });

  it('records the HA mesotherapy trials as saline-controlled, with their sizes', () => {
    const baspeyras = knowledgeBase.study('baspeyras-2013');
    const duteil = knowledgeBase.study('duteil-2023');
    expect([baspeyras?.citation.pmid, baspeyras?.sampleSize?.participants, baspeyras?.controlled]).toEqual(['23715889', 55, true]);
    expect([duteil?.sampleSize?.participants, duteil?.controlled]).toEqual([30, true]);
    expect(baspeyras?.comparator).toMatch(/saline/i);
    expect(duteil?.comparator).toMatch(/saline/i);
  });

  it('records Budamakuntla 2013 as an open-label trial of 60 with no placebo arm', () => {
    const study = knowledgeBase.study('budamakuntla-2013');
    expect([study?.citation.pmid, study?.sampleSize?.participants]).toEqual(['24163529', 60]);
    expect(study?.comparator).toMatch(/no placebo/i);
  });

  it('records Pak 2014 as an active-controlled trial with no difference', () => {
    const study = knowledgeBase.study('pak-2014');
    expect([study?.sampleSize?.participants, study?.result]).toEqual([72, 'null']);
    expect(study?.comparator).toMatch(/hyaluronic acid filler/i);
  });
});

describe('skin assessments', () => {
  it('the melasma assessment cites the tranexamic acid trials and the meta-analysis', () => {
    const assessment = knowledgeBase.dataset.assessments.find((a) => a.id === 'mesotherapy--melasma');
    expect(assessment?.studies).toEqual(expect.arrayContaining(['budamakuntla-2013', 'pazyar-2023']));
    expect(assessment?.sources).toContain('pmc10810386-txa-melasma-meta-analysis');
  });

  it('judges melasma claims on the melasma assessment, not only on hyperpigmentation', () => {
    expect(judge('mesotherapy', 'melasma').assessment?.id).toBe('mesotherapy--melasma');
    expect(judge('tranexamic-acid', 'melasma').assessment?.id).toBe('tranexamic-acid--melasma');
  });

  it('rates tranexamic acid for melasma from the route that shows a benefit (tablets), low certainty', () => {
    const row = judge('tranexamic-acid', 'melasma').assessment;
    expect([row?.direction, row?.certainty]).toEqual(['benefit', 'low']);
    expect(judge('tranexamic-acid', 'melasma').verdict).toBe('overstated');
  });

  it('keeps GRADE arithmetic: certainty is high minus one level per serious concern', () => {
    const levels = ['very-low', 'low', 'moderate', 'high'];
    const ids = [
      'skin-booster--wrinkles',
      'skin-booster--skin-hydration',
      'skin-booster--skin-rejuvenation',
      'skin-booster--skin-laxity',
      'polynucleotides--wrinkles',
      'polynucleotides--scars',
      'exosomes--skin-rejuvenation',
      'tranexamic-acid--melasma',
      'mesotherapy--melasma',
    ];
    for (const id of ids) {
      const a = knowledgeBase.dataset.assessments.find((x) => x.id === id);
      if (!a) throw new Error(`no assessment ${id}`);
      const g = a.grade ?? {};
      const down = [g.riskOfBias, g.inconsistency, g.indirectness, g.imprecision, g.publicationBias]
        .map((c) => (c === 'very-serious' ? 2 : c === 'serious' ? 1 : 0))
        .reduce((x, y) => x + y, 0);
      expect(a.certainty, id).toBe(levels[Math.max(0, 3 - down)]);
    }
  });
});

describe('fact-checking skin claims', () => {
  const verdictOf = (text: string, language: 'en' | 'nb' = 'en') =>
    factCheck(text, { format: 'text', language }).findings.map((f) => [f.claim.subject, f.claim.object, f.verdict]);

  it('knows skin boosters by their brand and Norwegian names', () => {
    expect(verdictOf('Profhilo improves skin hydration.')).toEqual([['skin-booster', 'skin-hydration', 'overstated']]);
    expect(verdictOf('Skinboostere gir økt fuktighet i huden.', 'nb')).toEqual([['skin-booster', 'skin-hydration', 'overstated']]);
  });

  it('knows polynucleotides and exosomes', () => {
    expect(verdictOf('Polynucleotides reduce wrinkles.')).toEqual([['polynucleotides', 'wrinkles', 'overstated']]);
    expect(verdictOf('Exosome treatments rejuvenate the skin.')).toEqual([['exosomes', 'skin-rejuvenation', 'overstated']]);
  });

  it('does not call tranexamic acid mesotherapy for melasma proven', () => {
    expect(verdictOf('Tranexamic acid mesotherapy clears melasma.')).toEqual([['tranexamic-acid', 'melasma', 'overstated']]);
  });

  it('documents the harms of skin boosters, so "completely safe" is overstated', () => {
    expect(verdictOf('Skin boosters are completely safe.')).toEqual([['skin-booster', undefined, 'overstated']]);
  });

  it('cites the FDA notification that no exosome product is approved', () => {
    const findings = factCheck('Exosomes are FDA-approved.', { format: 'text', language: 'en' }).findings;
    expect(findings.map((f) => [f.claim.predicate, f.verdict])).toEqual([['fda-approved', 'contradicted']]);
    expect(findings[0]?.citations).toContain('fda-exosomes-safety-notification-2019');
  });
});
