/**
 * `negated-example`: a treatment named as an example after a comma, in a clause negated before the
 * example ("The voucher cannot be used for prescription treatments, such as deoxycholic acid injections
 * for the double chin", «Gavekortet kan ikke brukes på reseptbelagte behandlinger, som sprøyter med
 * deoksykolsyre mot dobbelthake»), is an instance of what the clause excludes: the negation is about
 * something else, and the treatment and its use are mentioned, not claimed. A negation after the
 * example word is the example's own ("…, such as mesotherapy, which does not work").
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { LexiconMatch } from '../lexicon.js';
import { textBetween } from '../tokenize.js';
import type { ClaimSuppressor, ClauseView } from './types.js';

export const negatedExample: ClaimSuppressor = {
  kind: 'suppress',
  name: 'negated-example',
  drops(view, placed) {
    if (placed.claim.polarity !== 'negate') return false;
    const negations = view.cues('negation');
    return view
      .cues('example')
      .some(
        (example) =>
          afterComma(view, example) &&
          negations.some((n) => n.last < example.first) &&
          !negations.some((n) => n.first > example.last) &&
          view.interventions.some((i) => i.first > example.last && idOf(i) === placed.claim.subject),
      );
  },
};

/** Whether a comma stands right before the word. */
function afterComma(view: ClauseView, match: LexiconMatch): boolean {
  const { tokens, text, start } = view.sentence;
  const before = tokens[match.first - 1];
  return before !== undefined && textBetween(text, start, before, tokens[match.first]).includes(',');
}
