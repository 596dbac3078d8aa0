/**
 * `narrowed-answer`: a short sentence right after a question in its paragraph, that names part of
 * what was asked and ends in a no after a comma ("Do they get rid of wrinkles? Deep ones, no.",
 * "Fjerner den rynker? De dype, nei."), denies what the question asked: the words before the no
 * narrow the answer, they do not change what it is about.
 *
 * @module
 */
import { textBetween } from '../tokenize.js';
import type { ClaimRule, PlacedClaim } from './types.js';

/** How many words may stand before the no ("Deep ones", "De dype rynkene"). */
const NARROWING_REACH = 3;

export const narrowedAnswer: ClaimRule = {
  kind: 'claim',
  name: 'narrowed-answer',
  read(view) {
    const asked = view.context.runAsked;
    if (!asked || asked.length === 0 || !view.opensSentence) return [];
    const { tokens, text, start } = view.sentence;
    // The no ends the sentence ("Deep ones, no." read with what follows it too, "no." being an abbreviation),
    // a comma before it, a few words before that and nothing else: no treatment or effect word.
    const no = view
      .cues('answer-no')
      .find(
        (m) =>
          m.first > 0 &&
          m.first <= NARROWING_REACH &&
          (m.last === tokens.length - 1 || /[.!]/.test(textBetween(text, start, tokens[m.last], tokens[m.last + 1]))),
      );
    if (!no || !textBetween(text, start, tokens[no.first - 1], tokens[no.first]).includes(',')) return [];
    if (view.named.some((id) => !asked.some((claim) => claim.subject === id))) return [];
    if (view.effects.some((m) => m.first < no.first)) return [];
    return asked
      .filter((claim) => claim.polarity === 'affirm')
      .map((claim): PlacedClaim => ({
        at: no.first,
        rule: 'narrowed-answer',
        claim: { ...claim, polarity: 'negate' },
      }));
  },
};
