/**
 * `denied-cure`: a cure denied is not an effect denied — "neither is a cure, and the benefit fades
 * once you stop" (of minoxidil and finasteride, which work), «minoksidil kurerer ikke hårtap». A
 * negated effect claim whose clause has no effect word but a word for a cure is dropped.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const deniedCure: ClaimSuppressor = {
  kind: 'suppress',
  name: 'denied-cure',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.claim.polarity !== 'negate') return false;
    const cures = view.cues('cure');
    return (
      cures.length > 0 &&
      view.effects.length > 0 &&
      view.effects.every((e) => cures.some((c) => c.first <= e.first && e.last <= c.last))
    );
  },
};
