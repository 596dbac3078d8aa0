/**
 * `indication-treatment`: a treatment said to be (or not to be) "a cellulite treatment", "en
 * cellulitt-behandling" — an indication right before a word for a treatment, after a linking verb —
 * is said to treat that indication: "Aqualyx is not a cellulite treatment" denies that it works on
 * cellulite.
 *
 * @module
 */
import type { ClaimRule, PlacedClaim } from './types.js';
import { idOf } from '../clause-view.js';

/** How far before the indication the linking verb may stand ("is not a", "er ikke en"). */
const LINK_REACH = 3;

export const indicationTreatment: ClaimRule = {
  kind: 'claim',
  name: 'indication-treatment',
  predicate: 'effective-for',
  read(view) {
    const nouns = view.cues('treatment-noun');
    const links = view.cues('auxiliary');
    // "There is one injectable fat treatment …": a treatment introduced, not one the subject is said to be.
    const introduced = view.cues('existential');
    const placed: PlacedClaim[] = [];
    for (const indication of view.indicationMatches) {
      const named = nouns.some((n) => n.first === indication.last + 1);
      const linked = links.some((l) => l.last < indication.first && indication.first - l.last <= LINK_REACH);
      if (!named || !linked) continue;
      if (introduced.some((e) => e.last < indication.first && indication.first - e.last <= LINK_REACH)) continue;
      for (const subject of view.subjects)
        placed.push({
          at: indication.first,
          rule: 'indication-treatment',
          claim: {
            subject,
            predicate: 'effective-for',
            object: idOf(indication),
            polarity: view.polarityAt(indication.first),
          },
        });
    }
    return placed;
  },
};
