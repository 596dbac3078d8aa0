import { describe, expect, it } from 'vitest';
import {
  InvalidClaimError,
  knowledgeBase,
  judgeClaim,
  VERDICT_TABLE,
  verdictFor,
  effectiveForRule,
  type Claim,
  type Polarity,
  type Predicate,
  type Verdict,
  type VerdictRuleId,
} from '../../src/index.js';
import { testKb } from './fixture.js';

const kb = testKb();
const used = new Set<VerdictRuleId>();

interface Case {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object?: string;
  readonly rule: VerdictRuleId;
  /** Expected verdicts for affirm and for negate (uncertain must equal negate). */
  readonly affirm: Verdict;
  readonly negate: Verdict;
  readonly citations?: readonly string[];
  readonly chain?: readonly string[];
}

const cases: readonly Case[] = [
  // effective-for, by assessment
  {
    subject: 'alpha',
    predicate: 'effective-for',
    object: 'hair',
    rule: 'effective-for/benefit-high',
    affirm: 'supported',
    negate: 'contradicted',
    citations: ['smith-2010', 'src'],
    chain: ['hair'],
  },
  {
    subject: 'alpha',
    predicate: 'effective-for',
    object: 'skin',
    rule: 'effective-for/benefit-high',
    affirm: 'supported',
    negate: 'contradicted',
  },
  {
    subject: 'alpha',
    predicate: 'effective-for',
    object: 'pain',
    rule: 'effective-for/benefit-low',
    affirm: 'overstated',
    negate: 'supported',
  },
  {
    subject: 'alpha',
    predicate: 'effective-for',
    object: 'scars',
    rule: 'effective-for/benefit-low',
    affirm: 'overstated',
    negate: 'supported',
  },
  {
    subject: 'alpha',
    predicate: 'effective-for',
    object: 'fat',
    rule: 'effective-for/insufficient',
    affirm: 'overstated',
    negate: 'supported',
  },
  {
    subject: 'alpha',
    predicate: 'effective-for',
    object: 'cellulite',
    rule: 'effective-for/insufficient',
    affirm: 'overstated',
    negate: 'supported',
  },
  // GRADE: low-certainty evidence of no benefit cannot show a claim false (issue 12).
  {
    subject: 'beta',
    predicate: 'effective-for',
    object: 'hair',
    rule: 'effective-for/no-benefit-or-harm-low',
    affirm: 'overstated',
    negate: 'supported',
  },
  {
    subject: 'beta',
    predicate: 'effective-for',
    object: 'skin',
    rule: 'effective-for/no-benefit-or-harm',
    affirm: 'contradicted',
    negate: 'supported',
  },
  {
    subject: 'alpha',
    predicate: 'effective-for',
    object: 'chin',
    rule: 'effective-for/insufficient',
    affirm: 'overstated',
    negate: 'supported',
    chain: ['chin', 'fat'],
  },
  {
    subject: 'beta',
    predicate: 'effective-for',
    object: 'jowl',
    rule: 'effective-for/benefit-high',
    affirm: 'supported',
    negate: 'contradicted',
    chain: ['jowl', 'chin', 'fat'],
  },
  {
    subject: 'beta',
    predicate: 'effective-for',
    object: 'pain',
    rule: 'effective-for/no-assessment',
    affirm: 'unverifiable',
    negate: 'unverifiable',
    citations: [],
  },
  {
    subject: 'nobody',
    predicate: 'effective-for',
    object: 'hair',
    rule: 'effective-for/no-assessment',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  {
    subject: 'alpha',
    predicate: 'effective-for',
    object: 'no-such-indication',
    rule: 'effective-for/no-assessment',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  {
    subject: 'alpha',
    predicate: 'effective-for',
    rule: 'effective-for/no-assessment',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  // fda-approved
  {
    subject: 'alpha',
    predicate: 'fda-approved',
    object: 'chin',
    rule: 'fda-approved/approved',
    affirm: 'supported',
    negate: 'contradicted',
    citations: ['fda-alpha-chin'],
  },
  {
    subject: 'alpha',
    predicate: 'fda-approved',
    object: 'jowl',
    rule: 'fda-approved/approved',
    affirm: 'supported',
    negate: 'contradicted',
  },
  {
    subject: 'alpha',
    predicate: 'fda-approved',
    rule: 'fda-approved/approved',
    affirm: 'supported',
    negate: 'contradicted',
  },
  {
    // Approved only for the chin, a child of fat: "approved for fat" says more than the approval.
    subject: 'alpha',
    predicate: 'fda-approved',
    object: 'fat',
    rule: 'fda-approved/narrower',
    affirm: 'overstated',
    negate: 'supported',
    citations: ['fda-alpha-chin'],
  },
  {
    // The chin approval is for men; an indication defined for women is not covered.
    subject: 'alpha',
    predicate: 'fda-approved',
    object: 'chin-women',
    rule: 'fda-approved/not-approved',
    affirm: 'contradicted',
    negate: 'supported',
    citations: ['fda-alpha-chin'],
  },
  {
    subject: 'zero-down',
    predicate: 'fda-approved',
    object: 'hair',
    rule: 'fda-approved/approved',
    affirm: 'supported',
    negate: 'contradicted',
  },
  {
    subject: 'beta',
    predicate: 'fda-approved',
    rule: 'fda-approved/not-approved',
    affirm: 'contradicted',
    negate: 'supported',
    citations: ['fda-beta-not'],
  },
  {
    subject: 'mesotherapy',
    predicate: 'fda-approved',
    rule: 'fda-approved/not-approved',
    affirm: 'contradicted',
    negate: 'supported',
    citations: [],
  },
  {
    subject: 'nobody',
    predicate: 'fda-approved',
    rule: 'fda-approved/unknown',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  {
    subject: 'alpha',
    predicate: 'fda-approved',
    object: 'no-such-indication',
    rule: 'fda-approved/unknown',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  // safe
  {
    subject: 'mesotherapy',
    predicate: 'safe',
    rule: 'safe/harms-documented',
    affirm: 'overstated',
    negate: 'supported',
  },
  {
    subject: 'injection-lipolysis',
    predicate: 'safe',
    rule: 'safe/harms-documented',
    affirm: 'overstated',
    negate: 'supported',
  },
  {
    subject: 'harmful',
    predicate: 'safe',
    rule: 'safe/harms-documented',
    affirm: 'overstated',
    negate: 'supported',
    citations: ['harmful--adverse-events', 'blog', 'harmful--pain'],
  },
  {
    subject: 'warned',
    predicate: 'safe',
    rule: 'safe/harms-documented',
    affirm: 'overstated',
    negate: 'supported',
    citations: ['fda-warned'],
  },
  {
    subject: 'alpha',
    predicate: 'safe',
    rule: 'safe/nothing-documented',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  {
    subject: 'nobody',
    predicate: 'safe',
    rule: 'safe/nothing-documented',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  // side-effect-free
  {
    subject: 'harmful',
    predicate: 'side-effect-free',
    rule: 'side-effect-free/harms-documented',
    affirm: 'contradicted',
    negate: 'supported',
    citations: ['harmful--adverse-events', 'blog', 'harmful--pain'],
  },
  {
    subject: 'warned',
    predicate: 'side-effect-free',
    rule: 'side-effect-free/harms-documented',
    affirm: 'contradicted',
    negate: 'supported',
  },
  {
    subject: 'alpha',
    predicate: 'side-effect-free',
    rule: 'side-effect-free/nothing-documented',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  {
    subject: 'nobody',
    predicate: 'side-effect-free',
    rule: 'side-effect-free/nothing-documented',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  // no-downtime
  {
    subject: 'mesotherapy',
    predicate: 'no-downtime',
    rule: 'no-downtime/usually-none',
    affirm: 'supported',
    negate: 'overstated',
  },
  {
    subject: 'zero-down',
    predicate: 'no-downtime',
    rule: 'no-downtime/none',
    affirm: 'supported',
    negate: 'contradicted',
    citations: ['src'],
  },
  {
    subject: 'usual-down',
    predicate: 'no-downtime',
    rule: 'no-downtime/usually-none',
    affirm: 'supported',
    negate: 'overstated',
  },
  {
    subject: 'some-down',
    predicate: 'no-downtime',
    rule: 'no-downtime/some',
    affirm: 'contradicted',
    negate: 'supported',
  },
  {
    subject: 'alpha',
    predicate: 'no-downtime',
    rule: 'no-downtime/nothing-documented',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
  {
    subject: 'nobody',
    predicate: 'no-downtime',
    rule: 'no-downtime/nothing-documented',
    affirm: 'unverifiable',
    negate: 'unverifiable',
  },
];

describe('the verdict table, cell by cell', () => {
  for (const c of cases) {
    for (const polarity of ['affirm', 'negate', 'uncertain'] as const satisfies readonly Polarity[]) {
      const expected = polarity === 'affirm' ? c.affirm : c.negate;
      it(`${c.subject} ${c.predicate}${c.object ? ` ${c.object}` : ''} (${polarity}) → ${expected}`, () => {
        const claim: Claim = {
          subject: c.subject,
          predicate: c.predicate,
          ...(c.object ? { object: c.object } : {}),
          polarity,
        };
        const judgement = kb.judge(claim);
        used.add(judgement.rule);
        expect(judgement.rule).toBe(c.rule);
        expect(judgement.verdict).toBe(expected);
        expect(verdictFor(c.rule, polarity)).toBe(expected);
        if (c.citations) expect(judgement.citations).toEqual(c.citations);
        if (c.chain) expect(judgement.assessment?.chain).toEqual(c.chain);
        expect(judgement.explanation.en).toMatch(/^[A-Z][^\n]*\.$/);
        expect(judgement.explanation.nb).toMatch(/^[A-ZÆØÅ][^\n]*\.$/);
        expect(judgement.explanation.nb).not.toBe(judgement.explanation.en);
        expect(judgeClaim(kb, claim)).toEqual(judgement);
      });
    }
  }

  it('exercises every row of VERDICT_TABLE', () => {
    expect([...used].sort()).toEqual(VERDICT_TABLE.map((r) => r.id).sort());
  });

  it('matches the design table for effective-for, direction by certainty', () => {
    const expected: Record<string, [Verdict, Verdict]> = {
      'benefit/high': ['supported', 'contradicted'],
      'benefit/moderate': ['supported', 'contradicted'],
      'benefit/low': ['overstated', 'supported'],
      'benefit/very-low': ['overstated', 'supported'],
      'no-benefit/low': ['overstated', 'supported'],
      'no-benefit/very-low': ['overstated', 'supported'],
      'harm/low': ['overstated', 'supported'],
      'harm/very-low': ['overstated', 'supported'],
    };
    for (const direction of ['benefit', 'no-benefit', 'harm', 'insufficient'] as const) {
      for (const certainty of ['high', 'moderate', 'low', 'very-low'] as const) {
        const rule = effectiveForRule(direction, certainty);
        const [affirm, negate] =
          expected[`${direction}/${certainty}`] ??
          (direction === 'insufficient' ? ['overstated', 'supported'] : ['contradicted', 'supported']);
        expect([verdictFor(rule, 'affirm'), verdictFor(rule, 'negate'), verdictFor(rule, 'uncertain')]).toEqual([
          affirm,
          negate,
          negate,
        ]);
      }
    }
  });

  it('says a low-certainty no-benefit affirm is overstated because the little evidence there is found no benefit', () => {
    const j = kb.judge({ subject: 'beta', predicate: 'effective-for', object: 'hair', polarity: 'affirm' });
    expect(j.verdict).toBe('overstated');
    expect(j.explanation.en).toBe(
      'Overstated: the little evidence there is found no benefit of beta for hair loss (low certainty).',
    );
    expect(j.explanation.nb).toContain('den lille dokumentasjonen som finnes, fant ingen nytte');
    const harm = kb.judge({ subject: 'harmful', predicate: 'effective-for', object: 'pain', polarity: 'affirm' });
    expect(harm.verdict).toBe('overstated');
    expect(harm.explanation.en).toContain('found no benefit of harmful for pain and suggests harm');
  });

  it('reports the assessment used', () => {
    const j = kb.judge({ subject: 'beta', predicate: 'effective-for', object: 'chin', polarity: 'affirm' });
    expect(j.assessment).toEqual({
      id: 'beta--fat',
      direction: 'benefit',
      certainty: 'moderate',
      chain: ['chin', 'fat'],
    });
    expect(j.explanation.en).toBe(
      'Supported: evidence of moderate certainty shows that beta helps against double chin, judged by its assessment for localized fat.',
    );
  });

  it('throws InvalidClaimError, and only that, for values that are not claims', () => {
    for (const bad of [
      undefined,
      null,
      42,
      'mesotherapy',
      {},
      { subject: 'alpha', predicate: 'cures', polarity: 'affirm' },
      { subject: 'alpha', predicate: 'safe', polarity: 'maybe' },
      { subject: 1, predicate: 'safe', polarity: 'affirm' },
      { subject: 'alpha', predicate: 'effective-for', object: 3, polarity: 'affirm' },
    ]) {
      expect(() => kb.judge(bad as never)).toThrow(InvalidClaimError);
    }
  });

  it('is deterministic and returns frozen judgements', () => {
    const claim: Claim = { subject: 'alpha', predicate: 'effective-for', object: 'hair', polarity: 'affirm' };
    expect(kb.judge(claim)).toEqual(kb.judge(claim));
    expect(Object.isFrozen(kb.judge(claim))).toBe(true);
  });
});

describe('explanations of denied claims', () => {
  it('do not say that low-certainty evidence shows the benefit a supported denial denies', () => {
    const claim = { subject: 'mesotherapy', predicate: 'effective-for', object: 'wrinkles' } as const;
    const j = knowledgeBase.judge({ ...claim, polarity: 'negate' });
    expect(j.verdict).toBe('supported');
    expect(j.assessment?.direction).toBe('benefit');
    expect(j.explanation.en).toMatch(/^Supported: it is not established that mesotherapy helps against wrinkles: /);
    expect(j.explanation.nb).toMatch(/: det er ikke fastslått at mesoterapi hjelper mot rynker: /);
    expect(j.explanation.en).not.toContain('shows that');
    expect(j.explanation.nb).not.toContain('viser at');
    // The affirmed claim is still told what the evidence shows, and why it is overstated.
    const affirmed = knowledgeBase.judge({ ...claim, polarity: 'affirm' });
    expect(affirmed.verdict).toBe('overstated');
    expect(affirmed.explanation.en).toContain('shows that mesotherapy helps against wrinkles');
  });
});
