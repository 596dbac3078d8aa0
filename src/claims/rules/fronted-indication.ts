/**
 * `fronted-indication`: a clause that opens with the indication, before its effect word and its
 * subject ("men dype rynker fjerner den ikke", "Hair loss it treats no better than minoxidil"), puts
 * its negation after the effect word, as bokmål's word order does: an effect claim about that
 * indication, with a negation a few words after the effect word, is denied.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import { textBetween } from '../tokenize.js';
import { denyingNegations } from './negations.js';
import type { ClaimQualifier } from './types.js';

/** How many words ("men", "dype") may open the clause before the indication. */
const OPENING_REACH = 2;

/** How many words (the subject, "den", "it") may stand between the effect word and the negation. */
const NEGATION_REACH = 3;

export const frontedIndication: ClaimQualifier = {
  kind: 'qualify',
  name: 'fronted-indication',
  polarity(view, placed) {
    const { claim } = placed;
    if (claim.predicate !== 'effective-for' || claim.polarity !== 'affirm' || claim.object === undefined)
      return undefined;
    const { clause, sentence } = view;
    const { tokens, text, start } = sentence;
    const fronted = view.indicationMatches.find((m) => idOf(m) === claim.object);
    if (!fronted || fronted.first - clause.first > OPENING_REACH) return undefined;
    // Nothing but the indication's words opens the clause: no treatment or effect word before it.
    if (view.effects.some((e) => e.first < fronted.first)) return undefined;
    if (view.interventions.some((m) => m.first < fronted.first)) return undefined;
    const effect = view.effects.find((e) => e.first > fronted.last);
    if (!effect) return undefined;
    // The effect word follows the indication directly: "dype rynker fjerner", "Hair loss it treats".
    if (effect.first - fronted.last - 1 > 1) return undefined;
    const negation = denyingNegations(view).find(
      (m) => m.first > effect.last && m.first - effect.last - 1 <= NEGATION_REACH,
    );
    if (!negation) return undefined;
    // The subject between is a pronoun: a treatment there ("treated with mesotherapy does not") is what the negation is about.
    if (view.interventions.some((m) => m.first > effect.last && m.first < negation.first)) return undefined;
    // Nothing but words between: "fjerner den, ikke …" parts them.
    for (let i = fronted.first + 1; i <= negation.first; i++)
      if (/[,;:.–—]/.test(textBetween(text, start, tokens[i - 1], tokens[i]))) return undefined;
    return 'negate';
  },
};
