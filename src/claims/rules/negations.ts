/**
 * The negation words of a clause that deny something: not those inside a phrase that only looks
 * negative ("ikke bare", "not only", "ikke kirurgisk") or belong to a report ("does not mean that"). Shared by the qualifiers that read a
 * negation after the effect word.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import type { ClauseView } from './types.js';

/**
 * The clause's `negation` cues outside every `not-negation` and `claimed` phrase.
 *
 * @param view - The clause.
 * @returns The negations, in order.
 */
export function denyingNegations(view: ClauseView): LexiconMatch[] {
  // "does not mean that", «betyr ikke at»: the report's negation refuses an inference, not the claim.
  const exceptions = [...view.cues('not-negation'), ...view.cues('claimed')];
  return view.cues('negation').filter((m) => !exceptions.some((e) => e.first <= m.first && m.last <= e.last));
}
