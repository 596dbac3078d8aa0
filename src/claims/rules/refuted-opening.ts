/**
 * `refuted-opening`: a sentence that opens with a reported claim as its subject and then calls it
 * wrong ("That some call these injections safe is simply wrong", "At noen kaller slike sprøyter
 * trygge, er direkte feil") denies the claim it reports.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClaimQualifier } from './types.js';

/** How many words (a conjunction, "But") may stand before the claim-opening words. */
const OPENING = 1;

export const refutedOpening: ClaimQualifier = {
  kind: 'qualify',
  name: 'refuted-opening',
  polarity(view, placed) {
    if (placed.claim.polarity === 'negate') return undefined;
    const { cues } = view.sentence;
    const opening = cues.find((m) => isRole(m, 'claim-opening') && m.first <= OPENING && m.last < placed.at);
    if (!opening) return undefined;
    return cues.some((m) => isRole(m, 'refuting') && m.first > placed.at) ? 'negate' : undefined;
  },
};
