/**
 * `history`: a clause of history ("invented in 1952, originally to relieve pain") tells
 * what a treatment was for, not what it does now.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const history: ClaimSuppressor = {
  kind: 'suppress',
  name: 'history',
  drops: (view, placed) => placed.claim.predicate === 'effective-for' && view.has('history'),
};
