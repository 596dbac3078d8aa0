/**
 * `negation-after-verb`: in bokmål the negation follows the verb ("Behandlingen hjelper ikke",
 * "Mesoterapi virker i alle fall ikke bedre enn minoksidil"), and an English one may too ("It works
 * no better than minoxidil"). An effect claim about the indication named before in the paragraph,
 * read at an effect word with a negation a few words after it, is denied. So is one about an indication
 * the clause names after its treatment and before the effect word ("Mesoterapi mot fett virker heller
 * ikke", "Mesoterapi mot fett virker for eksempel ikke"), whose own position has no negation before it.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
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
    if (claim.predicate !== 'effective-for' || claim.polarity !== 'affirm') return undefined;
    if (claim.object === undefined) return undefined;
    const { sentence } = view;
    const { tokens, text, start } = sentence;
    const negations = denyingNegations(view);
    // An indication named after the effect word reads the negation at its own position ("does not remove fat").
    const namedAfter = (at: number): boolean =>
      view.indicationMatches.some((m) => m.first > at && idOf(m) === claim.object);
    // With the indication named in the clause, it must come before every effect word ("Mesoterapi mot fett
    // virker ikke"), and only the first effect word after it counts: in "løser opp fettceller … og former
    // kroppen der trening ikke hjelper" the claim's own effect word comes first and has no negation.
    const named = view.indications.includes(claim.object);
    const use = named ? view.indicationMatches.find((m) => idOf(m) === claim.object) : undefined;
    const own = use && view.effects.find((e) => e.first > use.last);
    // The treatment is named before the use ("Mesoterapi mot fett …"); a use put first in its clause is
    // `fronted-indication`'s and `inverted-negation`'s ("Mot cellulitter virker mesoterapi ikke").
    const treatmentFirst = use !== undefined && view.interventions.some((i) => i.last < use.first);
    if (use && (own === undefined || !treatmentFirst || view.effects.some((e) => e.first < use.first)))
      return undefined;
    const restrictions = view.cues('restriction');
    const denied = view.effects.some(
      (effect) =>
        !namedAfter(effect.last) &&
        (!named || effect === own) &&
        negations.some((neg) => {
          if (neg.first <= effect.last || neg.first - effect.last - 1 > NEGATION_REACH) return false;
          // Nothing but words between: "virker, ikke …" parts them.
          for (let i = effect.last + 1; i <= neg.first; i++)
            if (/[,;:.–—]/.test(textBetween(text, start, tokens[i - 1], tokens[i]))) return false;
          // "virker ikke bare på magen": a restriction after the negation widens the claim.
          if (restrictions.some((m) => m.first === neg.last + 1)) return false;
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
