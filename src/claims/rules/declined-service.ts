/**
 * `declined-service`: a clinic that says in its own voice that it does not treat something ("Vi
 * behandler ikke flekkvis hårtap", "We do not treat alopecia areata") declines a service; it does
 * not say that the treatment in context fails for it.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const declinedService: ClaimSuppressor = {
  kind: 'suppress',
  name: 'declined-service',
  drops: (view, placed) =>
    placed.claim.predicate === 'effective-for' &&
    placed.claim.polarity === 'negate' &&
    view.named.length === 0 &&
    view.carriedBy === 'clinic-voice',
};
