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
  description:
    'An indication after a word for how a treatment is given or taught ("injection technique", "dosing", ' +
    '"anatomi", "dosering") and a purpose word right after it ("Injection technique for the chin and belly", ' +
    '"Injeksjonsteknikk for hake, mage og lår"), with no effect word before the indication in the clause, ' +
    'is what the technique is for, not an affirmed `effective-for` claim. An effect word ("our technique ' +
    'for the chin dissolves fat") makes a claim.',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.claim.polarity !== 'affirm') return false;
    if (view.effects.some((e) => e.first < placed.at)) return false;
    const techniques = view.cues('technique');
    return view.purposes.some((p) => p.last < placed.at && techniques.some((t) => t.last + 1 === p.first));
  },
};
