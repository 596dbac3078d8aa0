/**
 * `without`: an indication right after "without", "uten" ("uten kniv, uten narkose og uten
 * arr") is something the treatment spares you, not what it treats.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const without: ClaimSuppressor = {
  kind: 'suppress',
  name: 'without',
  drops: (view, placed) =>
    placed.claim.predicate === 'effective-for' && view.cues('without').some((m) => m.last === placed.at - 1),
};
