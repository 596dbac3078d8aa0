/**
 * `undergone`: "Tok mesoterapi for hårtap i fjor", "I had mesotherapy for hair loss" tells what a
 * speaker had the treatment for, not that it works: an effect read only from a purpose word in a
 * clause that says the treatment was taken or tried is no claim.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const undergone: ClaimSuppressor = {
  kind: 'suppress',
  name: 'undergone',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.rule !== 'effective-for') return false;
    // An effect word or a hedge in the clause is read as it would be without the report of use.
    if (view.effects.length > 0 || view.hedged || view.context.listItem) return false;
    return view.cues('undergo').some((m) => m.last < placed.at);
  },
};
