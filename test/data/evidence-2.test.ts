/**
 * Issue 12 (evidence base 2.0), schema and methodology: each defect the review found,
 * as a test that fails on the data and code before the fix.
 */
import { describe, expect, it } from 'vitest';
import { certaintyFromGrade, knowledgeBase } from '../../src/index.js';
import { factCheck } from '../../src/factcheck/index.js';
import { createKnowledgeBase, validateRecords, type RecordsInput } from '../../src/schema/index.js';
import { records as base } from '../kb/fixture.js';

const dataset = knowledgeBase.dataset;

const none = { concern: 'none', reason: { en: 'No concern.' } };
const serious = { concern: 'serious', reason: { en: 'A concern.' } };

/** The test fixture with some records replaced or added. */
function withRecords(changes: RecordsInput): RecordsInput {
  const out: Record<string, readonly unknown[] | undefined> = { ...base };
  for (const [kind, list] of Object.entries<readonly unknown[]>(changes as Record<string, readonly unknown[]>)) {
    const ids = new Set(list.map((r) => (r as { id: string }).id));
    out[kind] = [...(out[kind] ?? []).filter((r) => !ids.has((r as { id: string }).id)), ...list];
  }
  return out;
}

/** A copy of a record without one key. */
function without<T extends object>(record: T, key: keyof T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)) as Partial<T>;
}

function baseAssessment(id: string) {
  const found = base.assessments.find((a) => a.id === id);
  if (!found) throw new Error(`no fixture assessment ${id}`);
  return found;
}

describe('GRADE verdicts: no benefit at low or very low certainty is overstated, not contradicted', () => {
  it('"Mesotherapy reduces wrinkles" is not contradicted, and the message names the formulation the evidence rests on', () => {
    // Re-graded by the skin cluster from the saline-controlled HA trials (benefit, very low certainty).
    const finding = factCheck('Mesotherapy reduces wrinkles.', { format: 'text' }).findings.find(
      (f) => f.claim.object === 'wrinkles',
    );
    expect(finding?.verdict).toBe('overstated');
    expect(finding?.message).toContain('skin booster');
  });

  it('every bundled no-benefit or harm assessment below moderate certainty gives overstated for an affirm', () => {
    const low = dataset.assessments.filter(
      (a) => (a.direction === 'no-benefit' || a.direction === 'harm') && (a.certainty === 'low' || a.certainty === 'very-low'),
    );
    expect(low.length).toBeGreaterThan(0);
    for (const a of low) {
      const j = knowledgeBase.judge({ subject: a.subject, predicate: 'effective-for', object: a.indication, polarity: 'affirm' });
      expect([a.id, j.verdict, j.rule]).toEqual([a.id, 'overstated', 'effective-for/no-benefit-or-harm-low']);
    }
  });
});

describe('assessment schema: the five GRADE domains, lastReviewed, certainty that follows', () => {
  it('every bundled assessment has all five domains with a reason, and a lastReviewed date', () => {
    for (const a of dataset.assessments) {
      for (const domain of ['riskOfBias', 'inconsistency', 'indirectness', 'imprecision', 'publicationBias'] as const) {
        expect(a.grade[domain].reason.en.length, `${a.id} ${domain}`).toBeGreaterThan(10);
      }
      expect(a.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(certaintyFromGrade(a.grade).certainty, a.id).toBe(a.certainty);
    }
  });

  it('rejects an assessment missing a domain', () => {
    const grade = without(baseAssessment('alpha--hair').grade, 'publicationBias');
    const result = validateRecords(withRecords({ assessments: [{ ...baseAssessment('alpha--hair'), grade }] }));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'assessments/alpha--hair', path: ['grade', 'publicationBias'], rule: 'missing-field' }),
    ]);
  });

  it('rejects an assessment without lastReviewed', () => {
    const rest = without(baseAssessment('alpha--hair'), 'lastReviewed');
    const result = validateRecords(withRecords({ assessments: [rest] }));
    expect(result.problems.map((p) => [p.path, p.rule])).toEqual([[['lastReviewed'], 'missing-field']]);
  });

  it('rejects a certainty that does not follow from the rating, and says where it disagrees', () => {
    const assessment = {
      ...baseAssessment('alpha--hair'),
      grade: { ...baseAssessment('alpha--hair').grade, riskOfBias: serious, imprecision: { ...serious, concern: 'very-serious' } },
    };
    const result = validateRecords(withRecords({ assessments: [assessment] }));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: ['certainty'], rule: 'certainty-mismatch' });
    expect(result.problems[0]?.message).toContain('`high`');
    expect(result.problems[0]?.message).toContain('gives `very-low`');
    expect(result.problems[0]?.message).toContain('−1 riskOfBias, −2 imprecision');
  });

  it('counts upgrades up and stays within very-low and high', () => {
    const grade = (start: 'high' | 'low', extra: Record<string, unknown> = {}) =>
      ({
        startingLevel: start,
        riskOfBias: none,
        inconsistency: none,
        indirectness: none,
        imprecision: none,
        publicationBias: none,
        ...extra,
      }) as Parameters<typeof certaintyFromGrade>[0];
    expect(certaintyFromGrade(grade('low', { largeEffect: { reason: { en: 'Large.' } } })).certainty).toBe('moderate');
    expect(certaintyFromGrade(grade('low', { largeEffect: { levels: 2, reason: { en: 'Huge.' } } })).certainty).toBe('high');
    expect(certaintyFromGrade(grade('high', { doseResponse: { reason: { en: 'Gradient.' } } })).certainty).toBe('high');
    expect(
      certaintyFromGrade(grade('low', { riskOfBias: { ...serious, concern: 'very-serious' }, imprecision: serious })).certainty,
    ).toBe('very-low');
  });
});

describe('ids are unique across kinds', () => {
  it('rejects a source and a position with the same id', () => {
    const position = {
      id: 'src',
      body: 'ASX',
      bodyName: 'A society',
      jurisdiction: 'US',
      stance: 'warns-against',
      proponent: false,
      interventions: ['alpha'],
      indications: [],
      summary: { en: 'Warns.' },
      sources: ['src'],
      verification: 'verified',
    };
    const result = validateRecords(withRecords({ positions: [position] }));
    expect(result.problems).toEqual([
      expect.objectContaining({
        file: 'positions/src',
        rule: 'duplicate-id',
      }),
    ]);
    expect(result.problems[0]?.message).toContain('(a source); ids must be unique across all kinds');
  });

  it('the bundled data no longer uses asaps-2007-warning for both a source and a position', () => {
    const kinds = Object.entries(dataset)
      .filter(([, list]) => (list as readonly { id: string }[]).some((r) => r.id === 'asaps-2007-warning'))
      .map(([kind]) => kind);
    expect(kinds).toEqual(['positions']);
    expect(knowledgeBase.dataset.sources.some((s) => s.id === 'asaps-2007-press-release')).toBe(true);
  });
});

describe('"verified" needs a source with a URL or identifier', () => {
  it('rejects a verified source without url or identifiers', () => {
    const source = { id: 'bare', type: 'web-page', title: 'Bare', language: 'en', verification: 'verified' };
    const result = validateRecords(withRecords({ sources: [source] }));
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'sources/bare', path: ['verification'], rule: 'verified-without-identifier' }),
    ]);
    const backed = { ...source, identifiers: { lovdata: 'LOV-1999-07-02-64' } };
    expect(validateRecords(withRecords({ sources: [backed] })).ok).toBe(true);
  });

  it('rejects a verified fact whose only source cannot be found again', () => {
    const source = { id: 'bare', type: 'web-page', title: 'Bare', language: 'en', verification: 'secondary' };
    const intervention = { ...base.interventions.find((i) => i.id === 'beta'), sources: ['bare'] };
    const result = validateRecords(withRecords({ sources: [source], interventions: [intervention] }));
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'interventions/beta', path: ['verification'], rule: 'verified-without-identifier' }),
    ]);
  });

  it('the bundled data marks no source or study verified without a URL or identifier', () => {
    for (const s of dataset.sources.filter((x) => x.verification === 'verified'))
      expect(s.url ?? s.identifiers, s.id).toBeDefined();
    for (const s of dataset.studies.filter((x) => x.verification === 'verified'))
      expect(s.citation.doi ?? s.citation.pmid ?? s.citation.url, s.id).toBeDefined();
  });
});

describe('lastReviewed older than two years is a warning, with today injectable', () => {
  const stale = { ...baseAssessment('alpha--hair'), lastReviewed: '2024-11-29' };

  it('warns, and the data stays valid', () => {
    const result = validateRecords(withRecords({ assessments: [stale] }), { today: '2026-11-30' });
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      expect.objectContaining({ file: 'assessments/alpha--hair', rule: 'stale-review', severity: 'warning' }),
    ]);
  });

  it('does not warn on the day two years have passed', () => {
    expect(validateRecords(withRecords({ assessments: [stale] }), { today: '2026-11-29' }).warnings).toEqual([]);
  });
});

describe('submental fat does not take jowls or the jawline', () => {
  it('"Kybella removes jowls" is not judged on submental fat', () => {
    const finding = factCheck('Kybella removes jowls.', { format: 'text' }).findings[0];
    expect(finding?.claim).toMatchObject({ subject: 'deoxycholic-acid', object: 'jowls' });
    const used = finding && knowledgeBase.judge(finding.claim).assessment;
    expect(used?.id).toBe('deoxycholic-acid--localized-fat');
    expect(used?.chain).toEqual(['jowls', 'localized-fat']);
    expect(finding?.verdict).not.toBe('supported');
  });

  it('the names moved to a jowls indication under localized fat', () => {
    const submental = knowledgeBase.indication('submental-fat');
    for (const name of ['jowls', 'under the jaw']) expect(submental?.names.en).not.toContain(name);
    expect(knowledgeBase.indication('jowls')?.parent).toBe('localized-fat');
    expect(
      knowledgeBase.judge({ subject: 'deoxycholic-acid', predicate: 'fda-approved', object: 'jowls', polarity: 'affirm' })
        .verdict,
    ).toBe('contradicted');
  });
});

describe('adverse-event profiles', () => {
  it('safe and side-effect-free verdicts cite the profile and the studies behind its serious events', () => {
    for (const predicate of ['safe', 'side-effect-free'] as const) {
      const j = knowledgeBase.judge({ subject: 'mesotherapy', predicate, polarity: 'affirm' });
      expect(j.citations.slice(0, 2)).toEqual(['mesotherapy--adverse-events', 'singsing-2022']);
      expect(j.explanation.en).toContain('non-tuberculous mycobacterial skin infection');
    }
    const dca = knowledgeBase.judge({ subject: 'deoxycholic-acid', predicate: 'side-effect-free', polarity: 'affirm' });
    expect(dca.verdict).toBe('contradicted');
    expect(dca.citations).toContain('deoxycholic-acid--adverse-events');
    expect(dca.explanation.en).toContain('trouble swallowing');
  });

  it('are looked up by intervention', () => {
    const profile = knowledgeBase.adverseEvents('deoxycholic-acid');
    expect(profile?.id).toBe('deoxycholic-acid--adverse-events');
    expect(profile?.events.map((e) => e.seriousness)).toContain('severe');
    expect(knowledgeBase.adverseEvents('dutasteride')).toBeUndefined();
  });

  it('rejects a profile whose id does not name its intervention', () => {
    const profile = {
      id: 'beta--adverse-events',
      intervention: 'alpha',
      lastReviewed: '2026-11-30',
      events: [
        { id: 'x', name: { en: 'x' }, frequency: { category: 'rare' }, seriousness: 'mild', sources: ['src'], verification: 'verified' },
      ],
    };
    const result = validateRecords(withRecords({ 'adverse-events': [profile] }));
    expect(result.problems.map((p) => p.rule)).toEqual(['id-mismatch']);
  });
});

describe('routes and formulations', () => {
  const formulation: Record<string, unknown> = {
    ...base.interventions.find((i) => i.id === 'beta'),
    id: 'beta-booster',
    names: { en: ['beta booster'], nb: ['beta-booster'] },
    formulationOf: 'mesotherapy',
    parent: 'beta',
    route: 'intradermal',
  };

  it('a claim about the general procedure names the formulations its assessment rests on', () => {
    const kb = createKnowledgeBase(
      withRecords({
        interventions: [formulation],
        assessments: [{ ...baseAssessment('beta--fat'), id: 'mesotherapy--fat', subject: 'mesotherapy', formulations: ['beta-booster'] }],
      }),
    );
    const j = kb.judge({ subject: 'mesotherapy', predicate: 'effective-for', object: 'fat', polarity: 'affirm' });
    expect(j.explanation.en).toContain('the evidence rests on beta booster');
  });

  it('a formulation without its own assessment does not silently take the general one', () => {
    const kb = createKnowledgeBase(withRecords({ interventions: [formulation] }));
    const j = kb.judge({ subject: 'beta-booster', predicate: 'effective-for', object: 'fat', polarity: 'affirm' });
    expect(j.verdict).toBe('unverifiable');
    expect(j.explanation.en).toContain('the assessment of beta in general is not applied');
  });

  it('rejects an intervention that is its own parent', () => {
    const result = validateRecords(withRecords({ interventions: [{ ...formulation, parent: 'beta-booster' }] }));
    expect(result.problems.map((p) => [p.path, p.rule])).toEqual([[['parent'], 'parent-cycle']]);
  });
});
