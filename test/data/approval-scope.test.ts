/**
 * Issue 12: an FDA approval covers the indication and the population it names, not a
 * broader indication or another population. Propecia is approved for male pattern hair
 * loss in men only; before this, the approval was recorded for hair loss in general, so
 * "finasteride is FDA-approved for women" and "... for alopecia areata" came out supported.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { factCheck } from '../../src/factcheck/index.js';
import { createKnowledgeBase, validateRecords, type RecordsInput } from '../../src/schema/index.js';
import { records as base } from '../kb/fixture.js';

function fdaFinding(text: string) {
  return factCheck(text, { format: 'text' }).findings.find((f) => f.claim.predicate === 'fda-approved');
}

describe('FDA approval scope: population and subtype', () => {
  it('"Finasteride is FDA-approved for women with hair loss" is not supported, and says the approval is for men', () => {
    const finding = fdaFinding('Finasteride is FDA-approved for women with hair loss.');
    expect(finding?.claim).toMatchObject({ subject: 'finasteride', object: 'female-pattern-hair-loss' });
    expect(finding?.verdict).toBe('contradicted');
    expect(finding?.message).toContain('androgenetic alopecia in men');
  });

  it('the same claim in Norwegian is not supported either', () => {
    const finding = fdaFinding('Finasterid er godkjent av FDA mot hårtap hos kvinner.');
    expect(finding?.claim.object).toBe('female-pattern-hair-loss');
    expect(finding?.verdict).toBe('contradicted');
  });

  it('the male claim is still supported', () => {
    for (const text of [
      'Finasteride is FDA-approved for male pattern baldness.',
      'Finasteride is FDA-approved for hair loss in men.',
    ]) {
      const finding = fdaFinding(text);
      expect([text, finding?.verdict, finding?.claim.object]).toEqual([text, 'supported', 'androgenetic-alopecia']);
    }
  });

  it('an approval for one kind of hair loss does not cover alopecia areata, and hair loss in general only overstated', () => {
    // As with Kybella (submental fat only, not fat in general): a child's approval does not cover its
    // parent, but "approved for hair loss" says more than the approval rather than something false.
    const judge = (object: string, polarity: 'affirm' | 'negate' = 'affirm') =>
      knowledgeBase.judge({ subject: 'finasteride', predicate: 'fda-approved', object, polarity });
    expect(judge('alopecia-areata').verdict).toBe('contradicted');
    expect(judge('alopecia').verdict).toBe('overstated');
    expect(judge('alopecia').rule).toBe('fda-approved/narrower');
    expect(judge('alopecia', 'negate').verdict).toBe('supported');
    expect(judge('alopecia').explanation.en).toContain('androgenetic alopecia in men, a narrower use than hair loss');
  });

  it('"Finasteride works for women with hair loss" is judged on the female pattern hair loss assessment', () => {
    const finding = factCheck('Finasteride works for women with hair loss.', { format: 'text' }).findings[0];
    expect(finding?.claim.object).toBe('female-pattern-hair-loss');
    expect(finding?.verdict).not.toBe('supported');
  });

  it('"Finasteride cures alopecia areata" is not supported', () => {
    const finding = factCheck('Finasteride cures alopecia areata.', { format: 'text' }).findings[0];
    expect(finding?.claim.object).toBe('alopecia-areata');
    expect(finding?.verdict).not.toBe('supported');
  });

  it('minoxidil, approved over the counter for men and women alike, stays supported for women', () => {
    expect(fdaFinding('Minoxidil is FDA-approved for women with hair loss.')?.verdict).toBe('supported');
  });

  it('the bundled records say whom they are limited to', () => {
    expect(knowledgeBase.indication('female-pattern-hair-loss')?.population).toEqual({ sex: 'female' });
    const propecia = knowledgeBase.dataset.regulatory.find((r) => r.id === 'fda-finasteride-1997');
    expect(propecia?.population).toEqual({ sex: 'male' });
    expect(propecia?.indications).toEqual(['androgenetic-alopecia']);
  });

  it('rejects a population the schema does not know, naming the field', () => {
    const input: RecordsInput = {
      ...base,
      indications: [...base.indications, { id: 'odd', names: { en: ['odd'], nb: ['odd'] }, description: { en: 'Odd.', nb: 'Odd.' }, population: { sex: 'men' } }],
    };
    const result = validateRecords(input);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result.problems)).toContain('population');
    expect(() => createKnowledgeBase(input)).toThrow();
  });
});

/**
 * Minoxidil's approvals were recorded for hair loss of any kind, so "minoxidil is FDA-approved for
 * alopecia areata" came out supported. The labels say hereditary hair loss (the 2% solution and the
 * 1996 over-the-counter approval: men and women; the 5% solution: men only; a 5% foam for women, 2014);
 * they exclude sudden or patchy hair loss.
 */
describe('FDA approval scope: minoxidil', () => {
  const judge = (object?: string) =>
    knowledgeBase.judge({
      subject: 'minoxidil',
      predicate: 'fda-approved',
      ...(object === undefined ? {} : { object }),
      polarity: 'affirm',
    });

  it('"Minoxidil is FDA-approved for alopecia areata" is contradicted, in English and Norwegian', () => {
    for (const text of [
      'Minoxidil is FDA-approved for alopecia areata.',
      'Minoksidil er godkjent av FDA mot flekkvis hårtap.',
    ]) {
      const finding = fdaFinding(text);
      expect([text, finding?.claim.object, finding?.verdict]).toEqual([text, 'alopecia-areata', 'contradicted']);
    }
  });

  it('hereditary hair loss, in men and in women, stays supported', () => {
    expect(judge('androgenetic-alopecia').verdict).toBe('supported');
    expect(judge('female-pattern-hair-loss').verdict).toBe('supported');
    expect(fdaFinding('Minoxidil is FDA-approved for hereditary hair loss.')?.verdict).toBe('supported');
  });

  it('hair loss in general is judged as for finasteride: an approval for one kind overstates the parent', () => {
    expect(judge('alopecia').verdict).toBe('overstated');
    expect(judge('alopecia').verdict).toBe(
      knowledgeBase.judge({ subject: 'finasteride', predicate: 'fda-approved', object: 'alopecia', polarity: 'affirm' })
        .verdict,
    );
    expect(judge('alopecia').explanation.en).toContain('androgenetic alopecia');
  });

  it('names a population once: "female pattern hair loss", not "female pattern hair loss in women"', () => {
    const { explanation } = judge('alopecia');
    expect(explanation.en).not.toContain('hair loss in women');
    expect(explanation.nb).not.toContain('hos kvinner hos kvinner');
  });

  it('the bundled records are for androgenetic alopecia, with the women’s approvals recorded', () => {
    const approvals = knowledgeBase.dataset.regulatory.filter(
      (r) => r.interventions.includes('minoxidil') && r.status === 'approved',
    );
    expect(approvals.map((r) => [r.id, r.indications, r.population?.sex ?? 'any']).sort()).toEqual([
      ['fda-minoxidil-foam-women-2014', ['female-pattern-hair-loss'], 'female'],
      ['fda-minoxidil-otc-1996', ['androgenetic-alopecia'], 'any'],
      ['fda-minoxidil-topical-1988', ['androgenetic-alopecia'], 'male'],
    ]);
  });
});
