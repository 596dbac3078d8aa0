/**
 * The bundled knowledge base against the domain brief's headline facts, and the
 * sourcing rules every record must keep.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { loadCues } from '../../src/generated/cues.js';

const dataset = knowledgeBase.dataset;

describe('headline facts', () => {
  it('el-domyati-2012: six participants, uncontrolled, null, PMID unverified', () => {
    const study = knowledgeBase.study('el-domyati-2012');
    expect(study?.sampleSize?.participants).toBe(6);
    expect(study?.controlled).toBe(false);
    expect(study?.design).toBe('uncontrolled-before-after');
    expect(study?.result).toBe('null');
    expect(study?.unverifiedFields).toContain('citation.pmid');
    expect(study?.describedAs?.find((d) => d.source === 'healthline-mesotherapy')?.accurate).toBe(false);
  });

  it('park-2008: 20 women, untreated other thigh, null, PMID 18349597', () => {
    const study = knowledgeBase.study('park-2008');
    expect(study?.sampleSize?.participants).toBe(20);
    expect(study?.population).toMatch(/women/i);
    expect(study?.comparator).toMatch(/other thigh.*untreated/i);
    expect(study?.result).toBe('null');
    expect(study?.citation.pmid).toBe('18349597');
    expect(study?.citation.doi).toBe('10.1097/01.prs.0000304611.71480.0a');
  });

  it('deoxycholic acid: FDA approval on 2015-04-29 for submental fat only', () => {
    const approvals = knowledgeBase.findRegulatory({ subject: 'deoxycholic-acid', authority: 'FDA' }).filter((r) => r.status === 'approved');
    expect(approvals.map((r) => [r.date, r.indications])).toEqual([['2015-04-29', ['submental-fat']]]);
    expect(knowledgeBase.judge({ subject: 'deoxycholic-acid', predicate: 'fda-approved', object: 'submental-fat', polarity: 'affirm' }).verdict).toBe('supported');
    expect(knowledgeBase.judge({ subject: 'deoxycholic-acid', predicate: 'fda-approved', object: 'localized-fat', polarity: 'affirm' }).verdict).toBe('overstated');
  });

  it('keeps the assessments of the brief', () => {
    const rows = Object.fromEntries(dataset.assessments.map((a) => [a.id, `${a.direction}/${a.certainty}`]));
    expect(rows).toMatchObject({
      'mesotherapy--localized-fat': 'no-benefit/very-low',
      'mesotherapy--cellulite': 'insufficient/very-low',
      'mesotherapy--wrinkles': 'benefit/very-low',
      'mesotherapy--skin-rejuvenation': 'benefit/very-low',
      'mesotherapy--skin-hydration': 'benefit/very-low',
      'mesotherapy--alopecia': 'insufficient/very-low',
      'mesotherapy--pain': 'benefit/low',
      'injection-lipolysis--localized-fat': 'insufficient/very-low',
      'phosphatidylcholine--localized-fat': 'no-benefit/very-low',
      'deoxycholic-acid--submental-fat': 'benefit/moderate',
      'deoxycholic-acid--localized-fat': 'insufficient/very-low',
      'liposuction--localized-fat': 'benefit/moderate',
      'minoxidil--alopecia': 'benefit/moderate',
      'finasteride--alopecia': 'benefit/moderate',
      'dutasteride--alopecia': 'benefit/moderate',
    });
    for (const indication of ['skin-laxity', 'hyperpigmentation', 'melasma', 'scars', 'stretch-marks', 'psoriasis']) {
      expect(rows[`mesotherapy--${indication}`], indication).toBe('insufficient/very-low');
    }
  });

  it('puts a double chin under localized fat', () => {
    expect(knowledgeBase.indication('submental-fat')?.parent).toBe('localized-fat');
    expect(knowledgeBase.assessment('mesotherapy', 'submental-fat')?.assessment.id).toBe('mesotherapy--localized-fat');
  });

  it('records Pistor, 1952', () => {
    const history = knowledgeBase.intervention('mesotherapy')?.procedure?.history;
    expect([history?.by, history?.year, history?.country]).toEqual(['Michel Pistor', 1952, 'FR']);
  });
});

describe('sourcing rules', () => {
  it('every assessment cites at least one record, and every cited id exists', () => {
    for (const assessment of dataset.assessments) {
      const cited = [...assessment.studies, ...assessment.statements, ...(assessment.sources ?? [])];
      expect(cited.length, assessment.id).toBeGreaterThan(0);
      for (const id of cited) {
        const found = knowledgeBase.study(id) ?? knowledgeBase.regulatory(id) ?? knowledgeBase.position(id) ?? knowledgeBase.source(id);
        expect(found, `${assessment.id} cites ${id}`).toBeDefined();
      }
    }
  });

  it('nothing resting only on unverified sources is marked verified', () => {
    const unverified = new Set([...dataset.sources, ...dataset.studies].filter((r) => r.verification === 'unverified').map((r) => r.id));
    const offenders: string[] = [];
    const visit = (value: unknown, path: string): void => {
      if (value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) { value.forEach((item, i) => { visit(item, `${path}[${i}]`); }); return; }
      const record = value as Record<string, unknown>;
      const sources = record.sources;
      if (record.verification === 'verified' && Array.isArray(sources) && sources.length > 0 && sources.every((id) => unverified.has(id as string))) {
        offenders.push(path);
      }
      for (const [key, child] of Object.entries(record)) visit(child, `${path}.${key}`);
    };
    for (const kind of ['interventions', 'ingredients', 'regulatory', 'positions'] as const) {
      for (const record of dataset[kind]) visit(record, `${kind}/${record.id}`);
    }
    expect(offenders).toEqual([]);
  });

  it('an assessment resting only on unverified studies is not marked verified', () => {
    const unverified = new Set(dataset.studies.filter((s) => s.verification === 'unverified').map((s) => s.id));
    const offenders = dataset.assessments.filter(
      (a) => a.verification === 'verified' && a.statements.length === 0 && (a.sources ?? []).length === 0 && a.studies.every((id) => unverified.has(id)),
    );
    expect(offenders.map((a) => a.id)).toEqual([]);
  });

  it('every fact-bearing record names a source', () => {
    for (const kind of ['interventions', 'ingredients', 'regulatory', 'positions'] as const) {
      for (const record of dataset[kind]) expect(record.sources.length, `${kind}/${record.id}`).toBeGreaterThan(0);
    }
  });

  it('ships the fact-check vocabulary separately', () => {
    expect(dataset.cues).toEqual([]);
    expect(loadCues().some((cue) => cue.id === 'negation')).toBe(true);
  });
});
