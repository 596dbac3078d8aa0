/**
 * `excluded-use`: a use set apart by a comma and a negation after the claim ("approved for fat
 * under the chin, not for belly fat", "godkjent mot fett under haken, ikke på magen") is excluded:
 * the claim about it is denied.
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import { idOf } from '../clause-view.js';
import { textBetween } from '../tokenize.js';
import type { ClaimQualifier } from './types.js';

/** How many words may stand between the negation and the use it excludes ("not for the belly": for, the). */
const EXCLUSION_REACH = 3;

export const excludedUse: ClaimQualifier = {
  kind: 'qualify',
  name: 'excluded-use',
  polarity(view, placed) {
    const { claim } = placed;
    if (claim.polarity !== 'affirm' || claim.object === undefined) return undefined;
    const { sentence } = view;
    const negations = sentence.cues.filter((m) => isRole(m, 'negation') && m.first === m.last && m.first > placed.at);
    const excluded = view.indicationMatches.some((use) => {
      if (idOf(use) !== claim.object) return false;
      return negations.some((neg) => {
        if (neg.last >= use.first || use.first - neg.last - 1 > EXCLUSION_REACH) return false;
        // "…, not just fat", "…, ikke bare fett": a restriction widens the claim, it excludes nothing.
        if (sentence.cues.some((m) => isRole(m, 'restriction') && m.first === neg.last + 1)) return false;
        const { tokens, text, start } = sentence;
        return textBetween(text, start, tokens[neg.first - 1], tokens[neg.first]).includes(',');
      });
    });
    return excluded ? 'negate' : undefined;
  },
};
