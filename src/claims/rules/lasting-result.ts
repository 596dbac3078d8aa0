/**
 * `lasting-result`: "The fat cells destroyed by the solution do not come back, so the result
 * is permanent", «Resultatet er derfor varig»: a clause that says how long a result lasts, or
 * that what was removed does not come back, speaks of an effect the text has already claimed.
 * About the treatment in context it makes no new effect claim; a clause that names its
 * treatment ("Mesotherapy removes fat for good, and it does not come back") still claims.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const lastingResult: ClaimSuppressor = {
  kind: 'suppress',
  name: 'lasting-result',
  drops(view, placed) {
    return (
      placed.claim.predicate === 'effective-for' &&
      !view.named.includes(placed.claim.subject) &&
      view.cues('lasting').length > 0
    );
  },
};
