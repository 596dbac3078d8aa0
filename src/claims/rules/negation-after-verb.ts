/**
 * `negation-after-verb`: in bokmål the negation follows the verb ("Behandlingen hjelper ikke",
 * "Mesoterapi virker i alle fall ikke bedre enn minoksidil"), and an English one may too ("It works
 * no better than minoxidil"). An effect claim about the indication named before in the paragraph,
 * read at an effect word with a negation a few words after it, is denied.
 *
 * @module
 */
import { textBetween } from '../tokenize.js';
import { denyingNegations } from './negations.js';
import type { ClaimQualifier } from './types.js';

/** How many words ("i alle fall", "heller") may stand between the effect word and the negation. */
const NEGATION_REACH = 3;

export const negationAfterVerb: ClaimQualifier = {
  kind: 'qualify',
  name: 'negation-after-verb',
  polarity(view, placed) {
    const { claim } = placed;
    // Only a claim about an indication the clause does not name: with one named, its own position reads the negation.
    if (claim.predicate !== 'effective-for' || claim.polarity !== 'affirm') return undefined;
    if (claim.object === undefined || view.indications.includes(claim.object)) return undefined;
    const { sentence } = view;
    const { tokens, text, start } = sentence;
    const negations = denyingNegations(view);
    const denied = view.effects.some((effect) =>
      negations.some((neg) => {
        if (neg.first <= effect.last || neg.first - effect.last - 1 > NEGATION_REACH) return false;
        // Nothing but words between: "virker, ikke …" parts them.
        for (let i = effect.last + 1; i <= neg.first; i++)
          if (/[,;:.–—]/.test(textBetween(text, start, tokens[i - 1], tokens[i]))) return false;
        // Another effect word or an indication between is what the negation belongs to.
        return (
          !view.effects.some((e) => e.first > effect.last && e.first < neg.first) &&
          !view.indicationMatches.some((m) => m.first > effect.last && m.first < neg.first)
        );
      }),
    );
    return denied ? 'negate' : undefined;
  },
};
