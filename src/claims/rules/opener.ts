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

/**
 * Whether a word stands right after a word of one of the roles, as the subject of a reported clause
 * does after its verb of speaking or "that" ("says they soften", «sier at ingen av dem er»).
 *
 * @param word - The word (a pronoun, "neither of them", …).
 * @param cues - The clause's cue phrases by role.
 * @param roles - The roles of the word before it ("speech", "claim-opening").
 * @returns True when a cue of one of the roles ends right before the word.
 */
export function reportedAfter(
  word: LexiconMatch,
  cues: (role: CueRole) => readonly LexiconMatch[],
  roles: readonly CueRole[],
): boolean {
  return roles.some((role) => cues(role).some((m) => m.last === word.first - 1));
}
