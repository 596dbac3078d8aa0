/**
 * `place`: "sagging skin along the jawline" names one thing treated, sagging skin, and
 * where it is; the jawline after "along the" is not a second indication claimed.
 *
 * @module
 */
import type { EntityRef } from '../lexicon.js';
import type { ClaimSuppressor } from './types.js';

export const place: ClaimSuppressor = {
  kind: 'suppress',
  name: 'place',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    const where = view.cues('place').find((m) => m.last === placed.at - 1);
    if (!where) return false;
    const between = (first: number, last: number) => (m: { first: number; last: number }) =>
      m.first > first && m.last < last;
    const own = view.indicationMatches.find((m) => m.first === placed.at)?.ref as EntityRef | undefined;
    // "fat along the jawline": a broad indication and a narrower one name one thing (narrower-indication).
    const related = (ref: EntityRef): boolean =>
      ref.id === placed.claim.object || ref.parent === placed.claim.object || ref.id === own?.parent;
    return view.indicationMatches.some(
      (m) =>
        m.last < where.first &&
        !related(m.ref as EntityRef) &&
        !view.effects.some(between(m.last, where.first)) &&
        !view.cues('conjunction').some(between(m.last, where.first)),
    );
  },
};
