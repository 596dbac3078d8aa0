/**
 * `refuted-report`: a sentence right after one that reports what others claim, which names no
 * treatment or use of its own and calls it wrong ("Some clinics say that mesotherapy removes
 * cellulite. That is not true.", «Klinikkene sier at det fjerner cellulitter. Det stemmer ikke.»)
 * or doubts its evidence ("There is no good evidence for this."), denies the reported claims.
 *
 * @module
 */
import type { Claim, Polarity } from '../../evidence/claim.js';
import { evidenceDoubt } from './evidence-doubt.js';
import type { ClaimRule, PlacedClaim } from './types.js';

/**
 * The affirmed claims a sentence before reported, said with the polarity the sentence answering them
 * gives them, placed at its answering word.
 *
 * @param reported - The claims reported before.
 * @param at - The answering word's token index.
 * @param polarity - The polarity the answer gives them.
 * @param rule - The rule that reads the answer.
 * @returns The claims, placed.
 * @example
 * ```ts
 * import { denied } from './refuted-report.js';
 * const promise = { subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' } as const;
 * denied([promise], 2, 'negate', 'refuted-report')[0]?.claim.polarity; // 'negate'
 * ```
 */
export function denied(reported: readonly Claim[], at: number, polarity: Polarity, rule: string): PlacedClaim[] {
  return reported
    .filter((claim) => claim.polarity === 'affirm')
    .map((claim) => ({ at, rule, claim: { ...claim, polarity } }));
}

export const refutedReport: ClaimRule = {
  kind: 'claim',
  name: 'refuted-report',
  read(view) {
    const reported = view.context.reportedBefore;
    if (reported === undefined || !view.opensSentence || view.context.question) return [];
    if (view.named.length > 0 || view.indications.length > 0) return [];
    const refuting = view.cues('refuting')[0];
    if (refuting) return denied(reported, refuting.first, 'negate', 'refuted-report');
    // Doubted evidence: denied ("I have seen no good evidence of that") or hedged ("There is little
    // evidence for this"), not "Studies confirm this".
    const doubt = evidenceDoubt(view, ['evidence-topic', 'study']);
    return doubt ? denied(reported, doubt.at, doubt.polarity, 'refuted-report') : [];
  },
};
