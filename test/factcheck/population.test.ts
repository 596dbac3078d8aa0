/**
 * Issue 12: a claim limited to a population ("FDA-approved for women", "virker hos kvinner").
 * Before the `population` qualifier, the reader dropped the words, so "Finasteride is FDA-approved
 * for women" was judged as "finasteride is FDA-approved" and came out supported, though Propecia's
 * approval is for men only.
 */
import { describe, expect, it } from 'vitest';
import { knowledgeBase } from '../../src/index.js';
import { factCheck } from '../../src/factcheck/index.js';
import { InvalidClaimError } from '../../src/evidence/errors.js';

const findings = (text: string, language: 'en' | 'nb' = 'en') => factCheck(text, { format: 'text', language }).findings;

describe('approval claims for a population', () => {
  it('"Finasteride is FDA-approved for women" is contradicted, in English and Norwegian', () => {
    for (const [text, language] of [
      ['Finasteride is FDA-approved for women.', 'en'],
      ['Finasterid er godkjent av FDA for kvinner.', 'nb'],
      ['Finasteride er FDA-godkjent hos kvinner.', 'nb'],
    ] as const) {
      const [finding] = findings(text, language);
      expect([text, finding?.claim.population, finding?.verdict]).toEqual([text, { sex: 'female' }, 'contradicted']);
      expect(finding?.citations).toContain('fda-finasteride-1997');
    }
  });

  it('says whom the approval is for and whom the claim names', () => {
    const [finding] = findings('Finasteride is FDA-approved for women.');
    expect(finding?.message).toContain('only for androgenetic alopecia in men');
    expect(finding?.message).toContain('not for use in women');
    expect(findings('Finasterid er godkjent av FDA for kvinner.', 'nb')[0]?.message).toContain('bruk hos kvinner');
  });

  it('the approved population stays supported: finasteride for men, minoxidil for women and for men', () => {
    for (const text of [
      'Finasteride is FDA-approved for men.',
      'Minoxidil is FDA-approved for women.',
      'Minoxidil is FDA-approved for men.',
      'Minoxidil is FDA-approved for men and women.',
    ])
      expect([text, findings(text)[0]?.verdict]).toEqual([text, 'supported']);
  });

  it('men and women named together limit nothing', () => {
    expect(findings('Minoxidil is FDA-approved for men and women.')[0]?.claim.population).toBeUndefined();
    expect(findings('Minoksidil er godkjent av FDA for både menn og kvinner.', 'nb')[0]?.claim.population).toBe(
      undefined,
    );
  });

  it('the verdict reads the claim’s population through the public judge too', () => {
    const judge = (sex?: 'female' | 'male') =>
      knowledgeBase.judge({
        subject: 'finasteride',
        predicate: 'fda-approved',
        polarity: 'affirm',
        ...(sex ? { population: { sex } } : {}),
      }).verdict;
    expect([judge(), judge('male'), judge('female')]).toEqual(['supported', 'supported', 'contradicted']);
    expect(
      knowledgeBase.judge({
        subject: 'finasteride',
        predicate: 'fda-approved',
        polarity: 'negate',
        population: { sex: 'female' },
      }).verdict,
    ).toBe('supported');
  });

  it('rejects a population that is not one, naming the field', () => {
    expect(() =>
      knowledgeBase.judge({
        subject: 'finasteride',
        predicate: 'fda-approved',
        polarity: 'affirm',
        population: { sex: 'women' },
      } as never),
    ).toThrow(InvalidClaimError);
    expect(() =>
      knowledgeBase.judge({
        subject: 'finasteride',
        predicate: 'fda-approved',
        polarity: 'affirm',
        population: 'female',
      } as never),
    ).toThrow(/population/);
  });
});

describe('effect claims for a population', () => {
  it('"Finasteride regrows hair in women" is judged on female pattern hair loss, and is not supported', () => {
    for (const [text, language] of [
      ['Finasteride regrows hair in women.', 'en'],
      ['Finasterid gir tykkere hår hos kvinner.', 'nb'],
    ] as const) {
      const [finding] = findings(text, language);
      expect([text, finding?.claim.object, finding?.claim.population]).toEqual([text, 'alopecia', { sex: 'female' }]);
      expect(finding?.verdict).not.toBe('supported');
      expect(finding?.citations).toContain('price-2000');
    }
    const judged = knowledgeBase.judge({
      subject: 'finasteride',
      predicate: 'effective-for',
      object: 'alopecia',
      polarity: 'affirm',
      population: { sex: 'female' },
    });
    expect(judged.assessment?.id).toBe('finasteride--female-pattern-hair-loss');
  });

  it('"Finasteride works for women" after a sentence on hair loss is not supported; alone it is no finding', () => {
    const [general, women] = findings('Finasteride treats hair loss. It also works for women.');
    expect(general?.verdict).toBe('supported');
    expect(women?.claim.population).toEqual({ sex: 'female' });
    expect(women?.verdict).toBe('overstated');
    // No indication anywhere: the reader reads no effect claim (a known gap), and so never a supported one.
    expect(findings('Finasteride works for women.').filter((f) => f.verdict === 'supported')).toEqual([]);
  });

  it('a population with no indication of its own leaves the judgement as it was', () => {
    expect(findings('Finasteride regrows hair in men.')[0]?.verdict).toBe('supported');
    const [cellulite] = findings('Mesotherapy reduces cellulite in women.');
    expect(cellulite?.verdict).toBe(findings('Mesotherapy reduces cellulite.')[0]?.verdict);
  });

  it('minoxidil, which works in women, stays supported for them', () => {
    expect(findings('Minoxidil regrows hair in women.')[0]?.verdict).toBe('supported');
  });
});

describe('the claim in the CLI’s JSON', () => {
  it('has `population` only when the text names one (an added optional field; the others are unchanged)', () => {
    const [plain] = findings('Finasteride is FDA-approved for hair loss.');
    expect(Object.keys(plain?.claim ?? {}).sort()).toEqual(['object', 'polarity', 'predicate', 'subject']);
    const [limited] = findings('Finasteride is FDA-approved for women.');
    expect(Object.keys(limited?.claim ?? {}).sort()).toEqual(['polarity', 'population', 'predicate', 'subject']);
  });

  it('keeps "approved for men" and "approved for women" on one line as two findings', () => {
    const both = findings('Finasteride is FDA-approved for men. Finasteride is FDA-approved for women.');
    expect(both.map((f) => [f.claim.population?.sex, f.verdict])).toEqual([
      ['male', 'supported'],
      ['female', 'contradicted'],
    ]);
  });
});
