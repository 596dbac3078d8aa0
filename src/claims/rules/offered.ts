/**
 * `offered`: "Mesotherapy for hair thinning, cellulite and skin quality is offered as a cosmetic
 * treatment" says what is on offer, not that it works: an effect read only from a purpose word
 * ("for hair thinning", "mot hårtap") in a clause that says the treatment is offered is no claim.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const offered: ClaimSuppressor = {
  kind: 'suppress',
  name: 'offered',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.rule !== 'effective-for') return false;
    // An effect word or a hedge in the clause is read as it would be without the offer.
    if (view.effects.length > 0 || view.hedged || view.context.listItem) return false;
    return view.cues('offer').length > 0;
  },
};
