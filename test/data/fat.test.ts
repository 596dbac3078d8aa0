/**
 * The fat, cellulite and mesotherapy-safety cluster (issue 12): the studies and
 * regulatory facts added for it, the record fixes the review asked for, and the
 * safety verdicts they feed. See docs/evidence-search/fat.md.
 */
import { describe, expect, it } from 'vitest';
import { factCheck } from '../../src/factcheck/fact-check.js';
import { knowledgeBase } from '../../src/index.js';

const dataset = knowledgeBase.dataset;

/** Studies this cluster added. */
const FAT_STUDIES = [
  'kaufman-janette-2021',
  'bass-2022',
  'sadick-2019',
  'salti-2008',
  'kopera-2008',
  'inocencio-2023',
  'munayco-2008',
  'ivan-2013',
  'galmes-truyols-2011',
  'cdc-2005',
  'regnier-2009',
  'pinto-2014',
  'rzany-2014',
  'plachouri-2019',
  'salvador-2021',
] as const;

/** Added studies with no PMID or DOI, and why (they may not be marked verified). */
const NO_IDENTIFIER: Readonly<Record<string, string>> = {
  'regnier-2009': 'known only from citing sources; no stored copy of the article or its PubMed record was found',
  'pinto-2014': 'the publisher page shows no DOI and no PubMed record was found; it carries the publisher URL',
};

/** Outbreak and case-series reports of infection after mesotherapy. */
const OUTBREAK_REPORTS = ['singsing-2022', 'galmes-truyols-2011', 'munayco-2008', 'cdc-2005', 'ivan-2013'];

const study = (id: string) => {
  const found = knowledgeBase.study(id);
  if (!found) throw new Error(`no study ${id}`);
  return found;
};

describe('fat cluster: studies', () => {
  it.each(FAT_STUDIES)('%s exists with a PMID or DOI, or a stated reason and no "verified" mark', (id) => {
    const { citation, verification } = study(id);
    const identified = citation.pmid !== undefined || citation.doi !== undefined;
    if (!identified) {
      expect(NO_IDENTIFIER[id], `${id} has no PMID or DOI and no stated reason`).toBeDefined();
      expect(verification).not.toBe('verified');
    }
  });

  it('Kaufman-Janette 2021: the two RELEASE trials, 843 women, PMID 33840781, modest 2-level responses', () => {
    const s = study('kaufman-janette-2021');
    expect(s.citation.pmid).toBe('33840781');
    expect(s.sampleSize?.participants).toBe(843);
    expect(s.design).toBe('randomized-controlled-trial');
    expect(s.outcomes.map((o) => o.summary).join(' ')).toMatch(/7\.6% vs 1\.9%.*5\.6% vs 0\.5%/s);
  });

  it('Bass 2022 pools the same RELEASE women and says so, so they are not counted twice', () => {
    const s = study('bass-2022');
    expect(s.sampleSize?.participants).toBe(study('kaufman-janette-2021').sampleSize?.participants);
    expect(s.summary.en).toMatch(/same 843 women/);
  });

  it('Salti 2008: double-blind, 37 women, PC/DC vs deoxycholate, no difference, PMID 18053049', () => {
    const s = study('salti-2008');
    expect(s.citation.pmid).toBe('18053049');
    expect(s.sampleSize?.participants).toBe(37);
    expect(s.comparator).toMatch(/deoxycholate alone.*no placebo/is);
    expect(s.result).toBe('null');
  });

  it('Inocêncio 2023 records the industry-bias finding and the low-to-moderate GRADE rating', () => {
    const s = study('inocencio-2023');
    expect(s.citation.doi).toBe('10.1016/j.clinsp.2023.100220');
    const text = s.outcomes.map((o) => o.summary).join(' ');
    expect(text).toMatch(/industry/);
    expect(text).toMatch(/low to moderate/);
  });
});

describe('fat cluster: fixes to existing records', () => {
  it('rotunda-2009 is an exploratory trial with no placebo, 32 of 42 assessed, minimal change 0.8 vs 0.6', () => {
    const s = study('rotunda-2009');
    expect(s.comparator).toMatch(/no placebo/i);
    expect(s.outcomes[0]?.measure).toMatch(/32 of 42/);
    expect(s.outcomes[0]?.summary).toMatch(/0\.8.*0\.6/s);
    expect(s.citation.doi).toBe('10.1111/j.1524-4725.2009.01130.x');
  });

  it('paolucci-2019 is not described as rating certainty, and is flagged as overlapping Faetani 2021', () => {
    const s = study('paolucci-2019');
    expect(s.summary.en).not.toMatch(/with low certainty/);
    expect(s.summary.en).toMatch(/no GRADE/);
    expect(s.summary.en).toMatch(/Faetani 2021/);
  });

  it('mesotherapy--pain does not count Paolucci 2019 as a graded, independent second source', () => {
    const rationale = dataset.assessments.find((a) => a.id === 'mesotherapy--pain')?.rationale.en ?? '';
    expect(rationale).toMatch(/Paolucci 2019/);
    expect(rationale).not.toMatch(/Paolucci 2019\) points\s+the same way with low certainty/);
    expect(rationale).toMatch(/not\s+counted as independent support/);
  });

  it('matarasso-2005 and mesotherapy’s history give Pistor’s 1952 aim as vascular and lymphatic disorders', () => {
    expect(study('matarasso-2005').summary.en).toMatch(/1952 for the treatment of vascular and lymphatic/);
    const history = knowledgeBase.intervention('mesotherapy')?.procedure?.history;
    expect(history?.text.en).toMatch(/vascular and\s+lymphatic disorders/);
    expect(history?.text.en).not.toMatch(/first used for pain relief/);
  });
});

describe('fat cluster: regulatory facts', () => {
  it('Qwo: FDA approval on 2020-07-06 for buttock cellulite, with its 2022 market withdrawal sourced', () => {
    const approvals = knowledgeBase
      .findRegulatory({ subject: 'collagenase', authority: 'FDA' })
      .filter((r) => r.status === 'approved');
    expect(approvals.map((r) => [r.date, r.indications, r.product])).toEqual([['2020-07-06', ['cellulite'], 'Qwo']]);
    expect(approvals[0]?.sources).toContain('endo-qwo-discontinuation-2022');
    const withdrawal = dataset.sources.find((s) => s.id === 'endo-qwo-discontinuation-2022');
    expect(withdrawal?.date).toBe('2022-12-06');
    expect(withdrawal?.url).toMatch(/^https:\/\/www\.sec\.gov\//);
  });

  it('"Qwo is FDA-approved for cellulite" is supported; the same claim for mesotherapy is not', () => {
    const qwo = knowledgeBase.judge({ subject: 'collagenase', predicate: 'fda-approved', object: 'cellulite', polarity: 'affirm' });
    expect(qwo.verdict).toBe('supported');
    expect(qwo.citations).toContain('fda-qwo-approval-2020');
    const meso = knowledgeBase.judge({ subject: 'mesotherapy', predicate: 'fda-approved', object: 'cellulite', polarity: 'affirm' });
    expect(meso.verdict).not.toBe('supported');
  });

  it('the Norwegian agency (DMP) necrosis warning for Belkyra is recorded with its own page', () => {
    const record = dataset.regulatory.find((r) => r.id === 'no-dmp-belkyra-necrosis-warning');
    expect(record?.product).toBe('Belkyra');
    expect(record?.action).toBe('warning');
    const page = dataset.sources.find((s) => s.id === record?.sources[0]);
    expect(page?.url).toMatch(/^https:\/\/www\.dmp\.no\//);
  });
});

describe('fat cluster: safety claims cite the harms', () => {
  it('"Mesotherapy is completely safe." is not supported and cites the outbreak reports', () => {
    const [finding] = factCheck('Mesotherapy is completely safe.').findings;
    expect(finding?.claim).toMatchObject({ subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' });
    expect(finding?.verdict).not.toBe('supported');
    expect(finding?.citations).toEqual(expect.arrayContaining(OUTBREAK_REPORTS));
  });

  it('"Kybella is completely safe." cites the nerve-injury and necrosis sources', () => {
    const judgement = knowledgeBase.judge({ subject: 'deoxycholic-acid', predicate: 'safe', polarity: 'affirm' });
    expect(judgement.verdict).not.toBe('supported');
    expect(judgement.citations).toEqual(expect.arrayContaining(['kybella-hcp-safety', 'dmp-belkyra-nekrose']));
  });

  it('Qwo and Aqualyx are recognised by name, in English and Norwegian', () => {
    const en = factCheck('Qwo is completely safe. Aqualyx has no side effects.').findings.map((f) => f.claim.subject);
    expect(en).toEqual(['collagenase', 'lipolytic-cocktail']);
    const nb = factCheck('Fettforbrenningssprøyter er helt trygge.', { language: 'nb' }).findings.map((f) => f.claim.subject);
    expect(nb).toEqual(['lipolytic-cocktail']);
  });
});

/** The assessments this cluster writes or re-grades. */
const FAT_ASSESSMENTS = [
  'collagenase--cellulite',
  'mesotherapy--cellulite',
  'mesotherapy--localized-fat',
  'injection-lipolysis--localized-fat',
  'phosphatidylcholine--localized-fat',
  'deoxycholic-acid--submental-fat',
  'deoxycholic-acid--localized-fat',
  'lipolytic-cocktail--localized-fat',
  'lipolytic-cocktail--cellulite',
] as const;

const DOMAINS = ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const;

const assessment = (id: string) => {
  const found = dataset.assessments.find((a) => a.id === id);
  if (!found) throw new Error(`no assessment ${id}`);
  return found;
};

/** "Author Year" labels of an assessment's studies, as a rationale writes them. */
const studyLabels = (ids: readonly string[]) =>
  ids.flatMap((id) => {
    const s = dataset.studies.find((x) => x.id === id);
    return s ? [`${s.citation.authors[0]?.family ?? ''} ${String(s.citation.year)}`] : [];
  });

describe('fat cluster: GRADE assessments', () => {
  it.each(FAT_ASSESSMENTS)('%s: five domains with reasons, reviewed 2026-11-30, rationale names its trials', (id) => {
    const a = assessment(id);
    expect(a.lastReviewed).toBe('2026-11-30');
    for (const domain of DOMAINS) expect(a.grade[domain].reason.en.length, `${id} ${domain}`).toBeGreaterThan(20);
    const named = studyLabels(a.studies).filter((label) => a.rationale.en.includes(label));
    expect(named.length, `${id} rationale names none of its studies`).toBeGreaterThan(0);
  });

  it('the cellulite assessments cite the RELEASE trials', () => {
    expect(assessment('collagenase--cellulite').studies).toContain('kaufman-janette-2021');
    expect(assessment('mesotherapy--cellulite').studies).toContain('kaufman-janette-2021');
    expect(assessment('mesotherapy--cellulite').rationale.en).toMatch(/RELEASE-1 and RELEASE-2/);
  });

  it('collagenase helps buttock cellulite with moderate certainty; mesotherapy borrows none of it', () => {
    expect(assessment('collagenase--cellulite')).toMatchObject({ direction: 'benefit', certainty: 'moderate' });
    const meso = assessment('mesotherapy--cellulite');
    expect(meso).toMatchObject({ direction: 'insufficient', certainty: 'very-low' });
    expect(meso.grade.indirectness.concern).toBe('very-serious');
    expect(meso.grade.indirectness.reason.en).toMatch(/collagenase/);
  });

  it('injection lipolysis rests on Salti 2008 and Rotunda 2009, and is not rated above very low', () => {
    const a = assessment('injection-lipolysis--localized-fat');
    expect(a.studies).toEqual(expect.arrayContaining(['salti-2008', 'rotunda-2009', 'kopera-2008']));
    expect(a.certainty).toBe('very-low');
  });

  it('one unblinded 20-woman study of one mixture is rated down for indirectness', () => {
    const a = assessment('mesotherapy--localized-fat');
    expect(a.grade.indirectness.concern).not.toBe('none');
    expect(a.certainty).toBe('very-low');
  });

  it('deoxycholic acid under the chin: industry-run trials rated down, Inocêncio 2023 and the DMP warning cited', () => {
    const a = assessment('deoxycholic-acid--submental-fat');
    expect(a).toMatchObject({ direction: 'benefit', certainty: 'moderate' });
    expect(a.grade.riskOfBias.concern).toBe('serious');
    expect(a.grade.riskOfBias.reason.en).toMatch(/Inocêncio 2023/);
    expect(a.studies).toContain('inocencio-2023');
    expect(a.statements).toContain('no-dmp-belkyra-necrosis-warning');
  });

  it('Bass 2022 is not counted as a third collagenase trial', () => {
    expect(assessment('collagenase--cellulite').rationale.en).toMatch(/Bass 2022 pools the same RELEASE women/);
  });
});

describe('fat cluster: verdicts', () => {
  const verdict = (text: string, language?: 'en' | 'nb') =>
    factCheck(text, language ? { language } : {}).findings.map((f) => [f.claim.subject, f.verdict]);

  it('judges the headline claims from the re-graded evidence', () => {
    expect(verdict('Qwo reduces cellulite.')).toEqual([['collagenase', 'supported']]);
    expect(verdict('Kybella removes a double chin.')).toEqual([['deoxycholic-acid', 'supported']]);
    expect(verdict('Mesotherapy removes cellulite.')).toEqual([['mesotherapy', 'overstated']]);
    expect(verdict('Aqualyx dissolves belly fat.')).toEqual([['lipolytic-cocktail', 'overstated']]);
    expect(verdict('Phosphatidylcholine injections dissolve fat.')).toEqual([['phosphatidylcholine', 'overstated']]);
  });
});

describe('fat cluster: adverse-event profiles', () => {
  const profile = (intervention: string) => {
    const found = dataset['adverse-events'].find((p) => p.intervention === intervention);
    if (!found) throw new Error(`no adverse-event profile for ${intervention}`);
    return found;
  };

  it.each(['mesotherapy', 'injection-lipolysis', 'lipolytic-cocktail', 'deoxycholic-acid', 'collagenase'])(
    '%s has a profile whose every event rests on a study, source or statement',
    (intervention) => {
      const p = profile(intervention);
      expect(p.lastReviewed).toBe('2026-11-30');
      for (const e of p.events)
        expect([...(e.studies ?? []), ...(e.sources ?? []), ...(e.statements ?? [])].length, e.id).toBeGreaterThan(0);
    },
  );

  it('mesotherapy: mycobacterial infection is serious and rests on the outbreak reports, with the one counted attack rate', () => {
    const infection = profile('mesotherapy').events.find((e) => e.id === 'mycobacterial-infection');
    expect(infection?.seriousness).toBe('serious');
    expect(infection?.studies).toEqual(expect.arrayContaining(OUTBREAK_REPORTS));
    expect([infection?.frequency.events, infection?.frequency.denominator]).toEqual([17, 77]);
  });

  it('deoxycholic acid: nerve injury 4%, dysphagia 2%, necrosis from the DMP warning', () => {
    const events = profile('deoxycholic-acid').events;
    expect(events.find((e) => e.id === 'marginal-mandibular-nerve-injury')?.frequency.text?.en).toMatch(/^4%/);
    expect(events.find((e) => e.id === 'dysphagia')?.frequency.text?.en).toMatch(/^2%/);
    expect(events.find((e) => e.id === 'necrosis')?.statements).toContain('no-dmp-belkyra-necrosis-warning');
  });

  it('collagenase: bruising in 84%, the reason Qwo was withdrawn', () => {
    const bruising = profile('collagenase').events.find((e) => e.id === 'bruising');
    expect(bruising?.frequency.text?.en).toMatch(/84%/);
    expect(bruising?.sources).toContain('endo-qwo-discontinuation-2022');
  });
});
