import { describe, expect, it } from 'vitest';
import { KnowledgeBase, knowledgeBase } from '../../src/index.js';
import { DataError, createKnowledgeBase, RECORD_KINDS } from '../../src/schema/index.js';
import { records, testKb } from './fixture.js';

const kb = testKb();
const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

describe('lookups', () => {
  it('finds every record of every kind by id, in constant time through maps', () => {
    for (const kind of RECORD_KINDS)
      for (const record of kb.dataset[kind]) expect(kb.get(kind, record.id)).toBe(record);
    expect(kb.intervention('alpha')?.type).toBe('drug');
    expect(kb.indication('chin')?.parent).toBe('fat');
    expect(kb.study('smith-2010')?.citation.year).toBe(2010);
    expect(kb.source('src')?.title).toBe('Test source');
    expect(kb.assessmentById('alpha--hair')?.certainty).toBe('high');
    expect(kb.regulatory('fda-alpha-chin')?.status).toBe('approved');
    expect(kb.position('none')).toBeUndefined();
    expect(kb.cue('none')).toBeUndefined();
    expect(kb.ingredient('none')).toBeUndefined();
  });

  it('returns undefined, never throws, for unknown ids and wrong argument types', () => {
    for (const bad of [undefined, null, 42, {}, [], '__proto__', 'constructor', Symbol('x')]) {
      expect(kb.intervention(bad as never)).toBeUndefined();
      expect(kb.study(bad as never)).toBeUndefined();
      expect(kb.get('studies', bad as never)).toBeUndefined();
      // eslint-disable-next-line @typescript-eslint/no-confusing-void-expression -- a wrong kind is typed never, so the result type is void
      expect(kb.get(bad as never, 'alpha')).toBeUndefined();
      expect(kb.assessment(bad as never, 'hair')).toBeUndefined();
      expect(kb.assessment('alpha', bad as never)).toBeUndefined();
      expect(kb.assessmentsCiting(bad as never)).toEqual([]);
      expect(kb.descriptionsOf(bad as never)).toEqual([]);
      expect(kb.sourcesDescribing(bad as never)).toEqual([]);
      expect(kb.compare(bad as never, 'alpha')).toBeUndefined();
      expect(kb.search(bad as never)).toEqual([]);
      expect(() => kb.findStudies(bad as never)).not.toThrow();
      expect(() => kb.findRegulatory(bad as never)).not.toThrow();
      expect(() => kb.findIngredients(bad as never)).not.toThrow();
      expect(() => kb.findInterventions(bad as never)).not.toThrow();
    }
  });

  it('is immutable', () => {
    expect(Object.isFrozen(kb)).toBe(true);
    expect(Object.isFrozen(kb.dataset.studies)).toBe(true);
    expect(Object.isFrozen(kb.study('smith-2010')?.citation)).toBe(true);
    expect(Object.isFrozen(kb.findStudies({ intervention: 'alpha' }))).toBe(true);
  });
});

describe('listings', () => {
  it('filters studies by every condition, alone and together', () => {
    expect(ids(kb.findStudies())).toEqual(['jones-2020', 'smith-2010', 'smith-2015']);
    expect(ids(kb.findStudies({ intervention: 'beta' }))).toEqual(['jones-2020', 'smith-2015']);
    expect(ids(kb.findStudies({ indication: 'hair' }))).toEqual(['smith-2010', 'smith-2015']);
    expect(ids(kb.findStudies({ design: 'meta-analysis' }))).toEqual(['smith-2015']);
    expect(ids(kb.findStudies({ design: ['meta-analysis', 'case-series'] }))).toEqual(['jones-2020', 'smith-2015']);
    expect(ids(kb.findStudies({ yearFrom: 2012 }))).toEqual(['jones-2020', 'smith-2015']);
    expect(ids(kb.findStudies({ yearTo: 2015 }))).toEqual(['smith-2010', 'smith-2015']);
    expect(ids(kb.findStudies({ yearFrom: 2011, yearTo: 2019 }))).toEqual(['smith-2015']);
    expect(ids(kb.findStudies({ yearFrom: 2030 }))).toEqual([]);
    expect(ids(kb.findStudies({ minParticipants: 200 }))).toEqual(['smith-2015']);
    expect(ids(kb.findStudies({ result: 'null' }))).toEqual(['smith-2015']);
    expect(ids(kb.findStudies({ result: ['null', 'mixed'], intervention: 'beta', yearFrom: 2016 }))).toEqual([
      'jones-2020',
    ]);
    expect(ids(kb.findStudies({ intervention: 'nobody' }))).toEqual([]);
  });

  it('lists interventions by indication (assessments and studies)', () => {
    expect(ids(kb.findInterventions({ indication: 'hair' }))).toEqual(['alpha', 'beta']);
    expect(ids(kb.findInterventions({ indication: 'pain' }))).toEqual(['alpha', 'harmful']);
    expect(kb.findInterventions()).toHaveLength(records.interventions.length);
  });

  it('lists regulatory records by subject, authority, jurisdiction, indication and status', () => {
    expect(ids(kb.findRegulatory({ subject: 'beta' }))).toEqual(['ema-beta', 'fda-beta-not']);
    expect(ids(kb.findRegulatory({ subject: 'beta', authority: 'FDA' }))).toEqual(['fda-beta-not']);
    expect(ids(kb.findRegulatory({ jurisdiction: 'NO' }))).toEqual(['no-warned']);
    expect(ids(kb.findRegulatory({ indication: 'fat' }))).toEqual(['fda-warned', 'no-warned']);
    expect(ids(kb.findRegulatory({ status: 'approved', authority: 'FDA' }))).toEqual([
      'fda-alpha-chin',
      'fda-zero-down',
    ]);
  });

  it('lists ingredients by class and status on the bundled data', () => {
    const vitamins = knowledgeBase.findIngredients({ class: 'vitamin' });
    expect(vitamins.every((i) => i.class === 'vitamin')).toBe(true);
    const approved = knowledgeBase.findIngredients({ regulatoryStatus: 'approved' });
    expect(approved.every((i) => i.regulatoryStatus === 'approved')).toBe(true);
    expect(knowledgeBase.findIngredients()).toBe(knowledgeBase.dataset.ingredients);
  });
});

describe('reverse links and assessments', () => {
  it('finds the assessments that cite a study and the sources that describe it', () => {
    expect(ids(kb.assessmentsCiting('smith-2010'))).toEqual(['alpha--hair', 'beta--hair']);
    expect(kb.descriptionsOf('smith-2010').map((d) => d.description.text)).toEqual(['a 2010 study']);
    expect(ids(kb.sourcesDescribing('smith-2010'))).toEqual(['blog']);
    expect(kb.sourcesDescribing('smith-2015')).toEqual([]);
  });

  it('falls back to parent indications and reports the chain walked', () => {
    expect(kb.indicationChain('jowl')).toEqual(['jowl', 'chin', 'fat']);
    const match = kb.assessment('alpha', 'jowl');
    expect(match?.assessment.id).toBe('alpha--fat');
    expect(match?.chain).toEqual(['jowl', 'chin', 'fat']);
    expect(kb.assessment('alpha', 'hair')?.chain).toEqual(['hair']);
    expect(kb.assessment('harmful', 'jowl')).toBeUndefined();
  });

  it('labels records in both languages', () => {
    expect(kb.label('hair', 'nb')).toBe('hårtap');
    expect(kb.label('hair')).toBe('hair loss');
    expect(kb.label('unknown-id', 'nb')).toBe('unknown-id');
  });
});

describe('building knowledge bases', () => {
  it('rejects bad records with a DataError listing every problem', () => {
    const bad = {
      ...records,
      studies: [{ id: 'Bad Id' }],
      indications: [
        ...records.indications,
        { id: 'loop', parent: 'loop', names: { en: ['x'], nb: ['x'] }, description: { en: 'x' } },
      ],
    };
    let error: unknown;
    try {
      createKnowledgeBase(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems.length).toBeGreaterThan(1);
  });

  it('accepts an empty dataset', () => {
    const empty = createKnowledgeBase({});
    expect(empty.findStudies()).toEqual([]);
    expect(empty.judge({ subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' }).verdict).toBe('unverifiable');
    expect(new KnowledgeBase({} as never).dataset.studies).toEqual([]);
  });

  it('the bundled knowledge base holds the canonical ids', () => {
    for (const id of [
      'mesotherapy',
      'injection-lipolysis',
      'liposuction',
      'deoxycholic-acid',
      'minoxidil',
      'finasteride',
      'dutasteride',
      'microneedling',
      'phosphatidylcholine',
    ]) {
      expect(knowledgeBase.intervention(id), id).toBeDefined();
    }
    expect(knowledgeBase.assessment('mesotherapy', 'submental-fat')?.chain).toEqual(['submental-fat', 'localized-fat']);
  });
});
