/**
 * `answered-no`: a short sentence that says a claim and ends in a no after a comma ("Is it safe
 * if a doctor does it? Safer, yes. Risk-free, no.", «Tryggere, ja. Helt uten risiko, nei.») answers
 * its own words: the claim is denied, not asserted. After a question that asked something else, the no
 * answers that ("Does it reduce cellulite? It reduces fat, no.").
 *
 * @module
 */
import { commaNoAtEnd } from './narrowed-answer.js';
import type { ClaimQualifier } from './types.js';

/** How many words may stand before the no ("Risk-free", "Completely free of side effects"). */
const ANSWERED_REACH = 5;

export const answeredNo: ClaimQualifier = {
  kind: 'qualify',
  name: 'answered-no',
  polarity(view, placed) {
    if (placed.claim.polarity !== 'affirm' || !view.opensSentence) return undefined;
    // After a question that asked something else, the no answers it ("Does it reduce cellulite? It
    // reduces fat, no."), not the words before it.
    const asked = view.context.runAsked;
    const { subject, predicate, object } = placed.claim;
    if (
      asked &&
      asked.length > 0 &&
      !asked.some((c) => c.subject === subject && c.predicate === predicate && c.object === object)
    )
      return undefined;
    // The no ends the sentence, a comma before it, and the claim's words before that.
    return commaNoAtEnd(view.sentence, view.cues('answer-no'), placed.at, ANSWERED_REACH) ? 'negate' : undefined;
  },
};
