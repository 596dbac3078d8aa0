/**
 * `passing-symptom`: "Some notice more shedding at first; it is harmless and passes": what
 * is harmless and passes by itself is a symptom, not the treatment in context. A safety claim
 * about a treatment the clause does not name, joined by a conjunction to a word that says it
 * passes, is not read.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

/** The most words between the safety word and "passes" ("harmless and usually goes away"). */
const REACH = 3;

export const passingSymptom: ClaimSuppressor = {
  kind: 'suppress',
  name: 'passing-symptom',
  drops(view, placed) {
    if (placed.claim.predicate !== 'safe' || view.named.includes(placed.claim.subject)) return false;
    const safe = view.cues('safe').filter((m) => m.first <= placed.at && placed.at <= m.last + 1);
    const conjunctions = view.cues('conjunction');
    return view
      .cues('passing')
      .some((passing) =>
        safe.some(
          (m) =>
            passing.first > m.last &&
            passing.first - m.last - 1 <= REACH &&
            conjunctions.some((c) => c.first > m.last && c.last < passing.first),
        ),
      );
  },
};
