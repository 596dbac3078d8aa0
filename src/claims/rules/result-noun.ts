/**
 * What `effective-for` and `answered-effect` share: whether an effect word is only a noun for the
 * result ("a result you are unhappy with", "to see results"), which says there is one, not what it is.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import type { ClauseView } from './types.js';

/**
 * A test of whether an effect word of the clause lies inside one of its `effect-noun` phrases.
 *
 * @param view - The clause.
 * @returns The test, for the clause's effect words.
 * @example
 * ```ts
 * import { resultNounOnly } from './result-noun.js';
 * const view = { cues: () => [{ first: 4, last: 4 }] } as never;
 * resultNounOnly(view)({ first: 4, last: 4 } as never); // true
 * ```
 */
export function resultNounOnly(view: Pick<ClauseView, 'cues'>): (match: LexiconMatch) => boolean {
  const nouns = view.cues('effect-noun');
  return (match) => nouns.some((n) => n.first <= match.first && match.last <= n.last);
}
