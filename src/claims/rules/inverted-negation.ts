/**
 * `inverted-negation`: when a clause opens with what it is about, the verb comes before its
 * subject and the negation after it ("Mot cellulitter virker mesoterapi ikke"): an effect word, then
 * the treatment's name, then a negation, denies the effect — the negation stands after the claim's
 * own words, where a negation otherwise denies nothing. (With a pronoun for the subject, "men dype
 * rynker fjerner den ikke", `fronted-indication` reads it.)
 *
 * @module
 */
import { denyingNegations } from './negations.js';
import type { ClaimQualifier } from './types.js';

export const invertedNegation: ClaimQualifier = {
  kind: 'qualify',
  name: 'inverted-negation',
  polarity(view, placed) {
    const { claim } = placed;
    if (claim.predicate !== 'effective-for' || claim.polarity !== 'affirm') return undefined;
    const negations = denyingNegations(view);
    const denied = view.effects.some((effect) =>
      view.interventions.some(
        (subject) => subject.first === effect.last + 1 && negations.some((neg) => neg.first === subject.last + 1),
      ),
    );
    return denied ? 'negate' : undefined;
  },
};
