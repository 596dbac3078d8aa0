/**
 * `compared-treatments`: two treatments set against each other before a use, with no effect word —
 * a trial's or a review's title ("Scalp mesotherapy versus minoxidil for male pattern hair loss",
 * «Mesoterapi i hodebunnen mot minoksidil ved arvelig hårtap») — name a comparison to be made, not
 * a use either treatment is said to work for.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const comparedTreatments: ClaimSuppressor = {
  kind: 'suppress',
  name: 'compared-treatments',
  drops(view, placed) {
    if (placed.claim.predicate !== 'effective-for' || view.effects.length > 0 || view.hedged) return false;
    // A treatment right after a word of comparison or of purpose ("versus minoxidil", «mot minoksidil»),
    // after another treatment and before the use.
    const joining = [...view.cues('comparator'), ...view.purposes];
    const first = view.interventions[0];
    return view.interventions.some(
      (m) =>
        first !== undefined &&
        m.first > first.last &&
        m.last < placed.at &&
        joining.some((c) => c.last === m.first - 1 && c.first > first.last),
    );
  },
};
