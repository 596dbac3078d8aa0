/**
 * `idiom`: an effect word inside an idiom that says something else — how often ("less often",
 * "mindre ofte"), or advice ("would do better to ask", "du gjør best i å") — is no effect claim:
 * "may cause swelling and, less often, scarring" lists a rarer harm.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import type { CueSuppressor } from './types.js';

/**
 * Whether a phrase stands inside one of the idioms: the one test for effect words (this suppressor),
 * predicate phrases ("safe to say", «sikker på») and whether a sentence asserts an effect.
 *
 * @param idioms - The `idiom` cues of the clause or sentence.
 * @param match - The phrase.
 * @returns True when an idiom holds the whole phrase.
 * @example
 * ```ts
 * import { inIdiom } from './idiom.js';
 * inIdiom([{ first: 2, last: 3 }], { first: 3, last: 3 }); // true
 * ```
 */
export function inIdiom(
  idioms: readonly Pick<LexiconMatch, 'first' | 'last'>[],
  match: Pick<LexiconMatch, 'first' | 'last'>,
): boolean {
  return idioms.some((i) => i.first <= match.first && match.last <= i.last);
}

export const idiom: CueSuppressor = {
  kind: 'cue',
  name: 'idiom',
  roles: ['efficacy'],
  drops: (view, match) => inIdiom(view.cues('idiom'), match),
};
