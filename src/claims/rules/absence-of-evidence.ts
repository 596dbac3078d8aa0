/**
 * `absence-of-evidence`: "its safety and effectiveness have not been proven", "the
 * long-term safety is unknown", "sikkerheten er ikke dokumentert" doubt that the treatment
 * is safe — absence of evidence is not silence.
 *
 * @module
 */
import { subjectsOrContext } from './in-context.js';
import type { ClaimRule, PlacedClaim } from './types.js';

export const absenceOfEvidence: ClaimRule = {
  kind: 'claim',
  name: 'absence-of-evidence',
  predicate: 'safe',
  read(view) {
    // "evaluated for safety": safety as what something is tested for is no doubt about a treatment.
    const topic = view.cues('safety-topic').find((m) => !view.cues('purpose').some((p) => p.last === m.first - 1));
    if (!topic || view.predicatePhrases.length > 0) return [];
    // Negated or hedged anywhere in the clause; otherwise nothing is claimed.
    const polarity = view.polarityAt(view.clause.last + 1);
    if (polarity === 'affirm') return [];
    const subjects = subjectsOrContext(view);
    return subjects.map((subject): PlacedClaim => ({
      at: topic.first,
      rule: 'absence-of-evidence',
      claim: { subject, predicate: 'safe', polarity },
    }));
  },
};
