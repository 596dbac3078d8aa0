/**
 * `publication-subject`: an effect word said, in the passive, of a text that opens the clause —
 * 'Posts asking "which salon does the cheapest fat jabs" will be removed', «Annonsene ble fjernet» —
 * is what is done to the posts or adverts, not what a treatment does.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

/** How far before the effect word the auxiliary may stand ("will be removed"). */
const PASSIVE_REACH = 2;

export const publicationSubject: CueSuppressor = {
  kind: 'cue',
  name: 'publication-subject',
  roles: ['efficacy'],
  drops(view, match) {
    if (!view.cues('publication').some((p) => p.first === view.clause.first)) return false;
    // The passive: an auxiliary just before the effect word ("will be removed", «ble fjernet»).
    return view.cues('auxiliary').some((a) => a.last < match.first && match.first - a.last <= PASSIVE_REACH);
  },
};
