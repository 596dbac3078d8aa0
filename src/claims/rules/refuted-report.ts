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

/** The reported claims, said with the polarity the answer gives them. */
function denied(reported: readonly Claim[], at: number, polarity: Polarity): PlacedClaim[] {
  return reported
    .filter((claim) => claim.polarity === 'affirm')
    .map((claim) => ({ at, rule: 'refuted-report', claim: { ...claim, polarity } }));
}

export const refutedReport: ClaimRule = {
  kind: 'claim',
  name: 'refuted-report',
  read(view) {
    const reported = view.context.reportedBefore;
    if (reported === undefined || !view.opensSentence || view.context.question) return [];
    if (view.named.length > 0 || view.indications.length > 0) return [];
    const refuting = view.cues('refuting')[0];
    if (refuting) return denied(reported, refuting.first, 'negate');
    // Doubted evidence: denied ("I have seen no good evidence of that") or hedged ("There is little
    // evidence for this"), not "Studies confirm this".
    const doubt = evidenceDoubt(view, ['evidence-topic', 'study']);
    return doubt ? denied(reported, doubt.at, doubt.polarity) : [];
  },
};
