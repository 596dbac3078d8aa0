/**
 * `technique`: "Injection technique for the chin, belly and thighs" names what a technique
 * is for — a course's syllabus, a price list's heading — not a claim that the treatment
 * works there.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const technique: ClaimSuppressor = {
  kind: 'suppress',
  name: 'technique',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.claim.polarity !== 'affirm') return false;
    if (view.effects.some((e) => e.first < placed.at)) return false;
    const techniques = view.cues('technique');
    return view.purposes.some((p) => p.last < placed.at && techniques.some((t) => t.last + 1 === p.first));
  },
};
