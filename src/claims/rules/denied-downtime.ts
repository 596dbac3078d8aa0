/**
 * `denied-downtime`: a negation right before a word for recovery time — "it does not cause
 * downtime", «Mesoterapi gir ikke nedetid» — says there is none: an affirmed no-downtime claim,
 * as "no downtime" is. A hedge in the clause makes it uncertain.
 *
 * @module
 */
import type { ClaimRule, PlacedClaim } from './types.js';

/** How many words may stand between the negation and the word for recovery time ("does not cause downtime"). */
const NEGATION_REACH = 1;

export const deniedDowntime: ClaimRule = {
  kind: 'claim',
  name: 'denied-downtime',
  predicate: 'no-downtime',
  read(view) {
    // A phrase of its own ("no downtime") is `no-downtime`'s.
    if (view.has('no-downtime')) return [];
    const negations = view.cues('negation');
    const topic = view
      .cues('downtime-topic')
      .find((t) => negations.some((n) => n.last < t.first && t.first - n.last - 1 <= NEGATION_REACH));
    if (topic === undefined) return [];
    const polarity = view.hedged ? 'uncertain' : 'affirm';
    return view.subjects.map((subject): PlacedClaim => ({
      at: topic.first,
      rule: 'denied-downtime',
      claim: { subject, predicate: 'no-downtime', polarity },
    }));
  },
};
