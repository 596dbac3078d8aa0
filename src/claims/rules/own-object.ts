/**
 * `own-object`: "Patients can get scars. That will not change the verdict.": an effect word
 * with an object of its own that is no indication ("the verdict", «vurderingen») acts on
 * that object. An effect claim whose indication the clause does not name (the paragraph's
 * last) is not read from it.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { ClaimSuppressor } from './types.js';

/** The most words between the effect word and its object ("will not change our view"). */
const REACH = 1;

export const ownObject: ClaimSuppressor = {
  kind: 'suppress',
  name: 'own-object',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    if (view.indicationMatches.some((m) => idOf(m) === placed.claim.object)) return false;
    const objects = view.cues('own-object');
    return view.effects.some((effect) =>
      objects.some((o) => o.first > effect.last && o.first - effect.last - 1 <= REACH),
    );
  },
};
