/**
 * `forbidden-claim`: a claim after words that tell someone not to make it ("We told the salon not
 * to state or imply that its injections were FDA-approved, safe or free of downtime", "Salongen må
 * ikke påstå at sprøytene er trygge") is an instruction about words: neither asserted nor denied.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const forbiddenClaim: ClaimSuppressor = {
  kind: 'suppress',
  name: 'forbidden-claim',
  drops: (view, placed) => view.cues('forbidding').some((m) => m.last < placed.at),
};
