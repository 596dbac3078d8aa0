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

/** Assessments written or re-graded by the skin cluster. */
const SKIN_ASSESSMENTS = [
  'mesotherapy--wrinkles',
  'mesotherapy--skin-rejuvenation',
  'mesotherapy--skin-hydration',
  'mesotherapy--skin-laxity',
  'mesotherapy--hyperpigmentation',
  'mesotherapy--melasma',
  'mesotherapy--scars',
  'mesotherapy--stretch-marks',
  'skin-booster--wrinkles',
  'skin-booster--skin-hydration',
  'skin-booster--skin-rejuvenation',
  'skin-booster--skin-laxity',
  'polynucleotides--wrinkles',
  'polynucleotides--scars',
  'exosomes--skin-rejuvenation',
  'tranexamic-acid--melasma',
  'intradermal-tranexamic-acid--melasma',
  'oral-tranexamic-acid--melasma',
];

const assessment = (id: string) => {
  const found = knowledgeBase.dataset.assessments.find((a) => a.id === id);
  if (!found) throw new Error(`no assessment ${id}`);
  return found;
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
  it('the hyperpigmentation and melasma assessments cite the tranexamic acid trials and the meta-analysis', () => {
    for (const id of ['mesotherapy--hyperpigmentation', 'mesotherapy--melasma']) {
      expect(assessment(id).studies, id).toEqual(expect.arrayContaining(['budamakuntla-2013', 'pazyar-2023', 'zhang-2018']));
      expect(assessment(id).sources, id).toContain('pmc10810386-txa-melasma-meta-analysis');
    }
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

  it('keeps GRADE arithmetic: certainty is the starting level minus one per serious concern, two per very serious', () => {
    const levels = ['very-low', 'low', 'moderate', 'high'];
    for (const a of SKIN_ASSESSMENTS.map(assessment)) {
      const g = a.grade;
      const down = [g.riskOfBias, g.inconsistency, g.indirectness, g.imprecision, g.publicationBias]
        .map((d) => (d.concern === 'very-serious' ? 2 : d.concern === 'serious' ? 1 : 0))
        .reduce((x: number, y) => x + y, 0);
      expect(a.certainty, a.id).toBe(levels[Math.max(0, levels.indexOf(g.startingLevel) - down)]);
      expect(a.lastReviewed, a.id).toBe('2026-11-30');
    }
  });

  it('names every controlled trial it cites in its rationale (author and year)', () => {
    for (const a of SKIN_ASSESSMENTS.map(assessment)) {
      for (const id of a.studies) {
        const study = knowledgeBase.study(id);
        if (!study?.controlled || study.design === 'meta-analysis' || study.design === 'systematic-review') continue;
        const first = study.citation.authors[0]?.family ?? '';
        expect(a.rationale.en, `${a.id} cites ${id}`).toContain(`${first} ${String(study.citation.year)}`);
      }
    }
  });

  it('no longer says that no controlled study of mesotherapy for skin exists', () => {
    for (const id of ['wrinkles', 'skin-rejuvenation', 'skin-hydration', 'hyperpigmentation']) {
      const a = assessment(`mesotherapy--${id}`);
      expect(a.rationale.en, a.id).not.toMatch(/^No controlled study/);
      expect(a.studies, a.id).toEqual(expect.arrayContaining(id === 'hyperpigmentation' ? ['budamakuntla-2013'] : ['duteil-2023']));
    }
  });

  it('says which formulations the mesotherapy skin assessments rest on', () => {
    expect(assessment('mesotherapy--wrinkles').formulations).toEqual(['skin-booster']);
    expect(assessment('mesotherapy--hyperpigmentation').formulations).toEqual(['tranexamic-acid']);
    expect(assessment('mesotherapy--melasma').formulations).toEqual(['tranexamic-acid']);
  });

  it('rates tranexamic acid for melasma by route: tablets benefit (low), injections insufficient (very low)', () => {
    const oral = judge('oral-tranexamic-acid', 'melasma').assessment;
    const intradermal = judge('intradermal-tranexamic-acid', 'melasma').assessment;
    expect([oral?.direction, oral?.certainty]).toEqual(['benefit', 'low']);
    expect([intradermal?.direction, intradermal?.certainty]).toEqual(['insufficient', 'very-low']);
  });
});

describe('fact-checking skin claims', () => {
  it('does not call "Mesotherapy reduces wrinkles" contradicted: saline-controlled HA trials exist', () => {
    const [finding] = factCheck('Mesotherapy reduces wrinkles.', { format: 'text' }).findings;
    expect(finding?.verdict).not.toBe('contradicted');
    expect(finding?.verdict).toBe('overstated');
    expect(finding?.citations).toContain('duteil-2023');
  });

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
    expect(verdictOf('Tranexamic acid mesotherapy clears melasma.')).toEqual([
      ['intradermal-tranexamic-acid', 'melasma', 'overstated'],
    ]);
    expect(verdictOf('Mesotherapy fades melasma.')).toEqual([['mesotherapy', 'melasma', 'overstated']]);
  });

  it('documents the harms of skin boosters, so "completely safe" is overstated and cites them', () => {
    const [finding] = factCheck('Skin boosters are completely safe.', { format: 'text', language: 'en' }).findings;
    expect([finding?.claim.subject, finding?.verdict]).toEqual(['skin-booster', 'overstated']);
    expect(finding?.citations).toEqual(expect.arrayContaining(['sparavigna-2016', 'salti-2025']));
  });

  it('gives skin boosters, tranexamic acid and exosomes an adverse-event profile', () => {
    const profiles = knowledgeBase.dataset['adverse-events'].map((p) => p.intervention);
    expect(profiles).toEqual(expect.arrayContaining(['skin-booster', 'tranexamic-acid', 'exosomes']));
  });

  it('cites the FDA notification that no exosome product is approved', () => {
    const findings = factCheck('Exosomes are FDA-approved.', { format: 'text', language: 'en' }).findings;
    expect(findings.map((f) => [f.claim.predicate, f.verdict])).toEqual([['fda-approved', 'contradicted']]);
    expect(findings[0]?.citations).toContain('fda-exosomes-safety-notification-2019');
  });
});
