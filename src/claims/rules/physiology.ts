/**
 * `physiology`: an effect word in a relative clause on a substance described as one of the
 * body's own ("deoxycholic acid, a bile acid that helps the body absorb fat", "en gallesyre
 * som kroppen selv lager for å bryte ned fett fra maten") tells what the substance does in
 * the body, not what a treatment achieves.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

/** How far after the relative pronoun an effect word is still in its clause. */
const RELATIVE_REACH = 8;

export const physiology: CueSuppressor = {
  kind: 'cue',
  name: 'physiology',
  roles: ['efficacy'],
  description:
    'An effect word in a relative clause on a substance described as one of the body’s own ("a bile acid ' +
    'that helps the body absorb fat", "en gallesyre som kroppen selv lager for å bryte ned fett") tells what ' +
    'the substance does in the body, not what a treatment achieves. Without the relative clause ("Deoxycholic ' +
    'acid, a bile acid, destroys fat cells") or without the body’s own substance ("a treatment that helps the ' +
    'body burn fat") the effect is still claimed.',
  drops: (view, match) =>
    view
      .cues('physiology')
      .some((substance) =>
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
