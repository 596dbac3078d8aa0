/**
 * `harm-section`: the items of a list in a section headed "Side effects", "Bivirkninger" are
 * harms ("- pain and numbness"), not what the treatment treats.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const harmSection: ClaimSuppressor = {
  kind: 'suppress',
  name: 'harm-section',
  drops: (view, placed) =>
    placed.claim.predicate === 'effective-for' &&
    view.context.listItem &&
    view.context.harmSection &&
    view.effects.length === 0,
};
