/**
 * `treatment-range`: a range of treatments ("the most popular treatments, from skin boosters to
 * fat-dissolving injections and mesotherapy for hair loss", «fra skinbooster til fettløsende sprøyter
 * og mesoterapi mot håravfall») lists the topics of a talk or a page: a use named in it only by a
 * purpose word is no claim that the treatment works.
 *
 * @module
 */
import { endsInPurpose } from '../clause-view.js';
import type { ClaimSuppressor } from './types.js';

export const treatmentRange: ClaimSuppressor = {
  kind: 'suppress',
  name: 'treatment-range',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || placed.rule !== 'effective-for') return false;
    // An effect word other than a purpose word says what a treatment does ("from skin boosters to X, all of them work").
    if (view.effects.some((e) => !endsInPurpose(view, e))) return false;
    const words = view.cues('range');
    const treatmentAt = (at: number) => view.interventions.find((i) => i.first === at);
    // "from <treatment> to <treatment>": a word of range, a treatment, a word of range, a treatment.
    return words.some((from) => {
      const first = from.last < placed.at ? treatmentAt(from.last + 1) : undefined;
      return (
        first !== undefined && words.some((to) => to.first === first.last + 1 && treatmentAt(to.last + 1) !== undefined)
      );
    });
  },
};
