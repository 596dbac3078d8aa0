/**
 * `other-regulator`: an approval word in a clause that names another regulator's mark and not the
 * FDA ("The products we use are CE-marked or licensed medicines", "Skinbooster er godkjent og
 * CE-merket") speaks of that mark, not of the FDA named in the sentence or the section before.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const otherRegulator: ClaimSuppressor = {
  kind: 'suppress',
  name: 'other-regulator',
  drops: (view, placed) =>
    placed.claim.predicate === 'fda-approved' &&
    view.has('other-regulator') &&
    !view.has('fda') &&
    // read at an approval word of the clause, not given by an answer to a question ("No. Some carry a CE mark")
    view.cues('approval').some((a) => a.first === placed.at),
};
