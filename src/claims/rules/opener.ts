/**
 * Where a clause's own words start: after the conjunction or "but" that opens it ("…, and
 * they improve", "…, men de …"). Shared by the carry rules that look at a clause's subject.
 *
 * @module
 */
import type { CueRole } from '../../schema/cue.js';
import type { LexiconMatch } from '../lexicon.js';

/**
 * The token index of a clause's first own word.
 *
 * @param first - The clause's first token.
 * @param cues - The clause's cue phrases by role.
 * @returns The index of the word after an opening conjunction, else `first`.
 */
export function openerOf(first: number, cues: (role: CueRole) => readonly LexiconMatch[]): number {
  const opens = (m: LexiconMatch): boolean => m.first === first;
  return cues('clause-break').some(opens) || cues('conjunction').some(opens) ? first + 1 : first;
}
