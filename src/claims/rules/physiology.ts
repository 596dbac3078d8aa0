/**
 * `physiology`: an effect word in a relative clause on a substance described as one of the
 * body's own ("deoxycholic acid, a bile acid that helps the body absorb fat", "en gallesyre
 * som kroppen selv lager for å bryte ned fett fra maten") tells what the substance does in
 * the body, not what a treatment achieves.
 *
 * @module
 */
import type { ClauseView, CueSuppressor } from './types.js';

/** How far after the relative pronoun an effect word is still in its clause. */
const RELATIVE_REACH = 8;

/** The source text between two tokens of the clause's sentence. */
function between(view: ClauseView, left: number, right: number): string {
  const { sentence } = view;
  const from = (sentence.tokens[left]?.end ?? sentence.start) - sentence.start;
  return sentence.text.slice(from, (sentence.tokens[right]?.start ?? sentence.start) - sentence.start);
}

export const physiology: CueSuppressor = {
  kind: 'cue',
  name: 'physiology',
  roles: ['efficacy', 'purpose'],
  drops: (view, match) =>
    view.cues('physiology').some(
      (substance) =>
        // "a substance your body uses to digest fat": the phrase itself leads into the body's use
        // (its "for å" is no purpose of a treatment), unless punctuation parts them ("a bile acid, destroys").
        (match.first >= substance.first && match.last <= substance.last) ||
        (match.first === substance.last + 1 && !/[,;:]/.test(between(view, substance.last, match.first))) ||
        view
          .cues('relative')
          .some(
            (relative) =>
              relative.first >= substance.first &&
              relative.first < match.first &&
              match.first - relative.first <= RELATIVE_REACH,
          ),
    ),
};
