/**
 * `offered`: "Mesotherapy for hair thinning, cellulite and skin quality is offered as a cosmetic
 * treatment" says what is on offer, not that it works: an effect read only from a purpose word
 * ("for hair thinning", "mot hårtap") in a clause that says the treatment is offered is no claim,
 * nor is the offer's aim ("is offered to improve skin hydration").
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

/** How far after the offer words the infinitive of its aim may come ("is offered to", "tilbys for å"). */
const AIM_REACH = 2;

export const offered: ClaimSuppressor = {
  kind: 'suppress',
  name: 'offered',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.rule !== 'effective-for') return false;
    const offers = view.cues('offer');
    if (offers.length === 0 || view.hedged || view.context.listItem) return false;
    // An effect word is read as it would be without the offer, unless it is the offer's aim, an
    // infinitive right after it ("is offered to improve skin hydration", «tilbys for å bedre»).
    const infinitives = view.cues('infinitive');
    const aim = (effect: { first: number }): boolean =>
      infinitives.some(
        (i) => i.last + 1 === effect.first && offers.some((o) => o.last < i.first && i.first - o.last <= AIM_REACH),
      );
    return view.effects.every(aim);
  },
};
