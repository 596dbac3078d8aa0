/**
 * `usage-note`: a dictionary's note on what a word is said of ("(in cosmetic use) especially of such
 * injections for wrinkles and cellulite", «(i kosmetisk bruk) særlig om slike sprøyter mot rynker»)
 * names the uses the word covers, not a claim that the treatment works.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

/** How far into its clause the usage words may start: "(i kosmetisk bruk) særlig om" opens with three words. */
const USAGE_REACH = 4;

export const usageNote: ClaimSuppressor = {
  kind: 'suppress',
  name: 'usage-note',
  drops: (view, placed) =>
    placed.claim.predicate === 'effective-for' &&
    view.cues('usage-note').some((m) => m.first - view.clause.first <= USAGE_REACH && m.last < placed.at),
};
