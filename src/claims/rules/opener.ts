/**
 * Where a clause's own words start: after the conjunction or "but" that opens it ("…, and
 * they improve", "…, men de …"), and whether a word there has a verb after it. Shared by
 * the carry rules that look at a clause's subject.
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

/** Cue roles that stand for the verb of a clause whose subject is a word referring back. */
const SUBJECT_VERBS: readonly CueRole[] = [
  'efficacy',
  'auxiliary',
  'modal',
  'approval',
  'safe',
  'side-effect-free',
  'no-downtime',
];

/**
 * Whether a verb stands right after a word, as after a subject ("they also reduce", "both
 * are", "ingen av dem er").
 *
 * @param word - The word (a pronoun, "both", …).
 * @param cues - The clause's cue phrases by role.
 * @param reach - How many words after the word the verb may start (1: right after it).
 * @returns True when a verb cue starts within `reach` words after the word.
 */
export function verbFollows(
  word: LexiconMatch,
  cues: (role: CueRole) => readonly LexiconMatch[],
  reach: number,
): boolean {
  return SUBJECT_VERBS.some((role) => cues(role).some((v) => v.first > word.last && v.first - word.last <= reach));
}
