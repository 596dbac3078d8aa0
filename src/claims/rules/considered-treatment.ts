/**
 * `considered-treatment`: a treatment named right after a word for weighing it up ("She is considering
 * mesotherapy for hair loss", «Hun vurderer mesoterapi i hodebunnen mot hårtap») is what someone
 * considers: an `effective-for` claim read from the use named with it, by a purpose word, is no claim.
 * An effect word says what it does ("She is considering mesotherapy, which regrows hair") and is read.
 *
 * @module
 */
import { idOf, endsInPurpose } from '../clause-view.js';
import type { ClaimSuppressor } from './types.js';

/** How many words may stand between the word for considering and the treatment ("vurderer nå mesoterapi"). */
const CONSIDER_REACH = 2;

export const consideredTreatment: ClaimSuppressor = {
  kind: 'suppress',
  name: 'considered-treatment',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for') return false;
    if (view.effects.some((e) => !endsInPurpose(view, e))) return false;
    const words = view.cues('considering');
    return view.interventions.some(
      (i) =>
        idOf(i) === placed.claim.subject &&
        words.some((w) => i.first > w.last && i.first - w.last - 1 <= CONSIDER_REACH),
    );
  },
};
