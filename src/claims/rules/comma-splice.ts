/**
 * `comma-splice`: two main clauses joined by a comma alone ("It does not hurt, it reduces
 * cellulite", "Den gjør ikke vondt, den reduserer cellulitter") are two clauses, each with its own
 * subject and polarity.
 *
 * @module
 */
import type { CueRole } from '../../schema/cue.js';
import { isRole, type LexiconMatch } from '../lexicon.js';
import { textBetween, type Token } from '../tokenize.js';
import type { ClauseSplit } from './types.js';

export const commaSplice: ClauseSplit = {
  kind: 'split',
  name: 'comma-splice',
};

/** Roles of the words that may follow the pronoun as its verb. */
const VERB_ROLES: readonly CueRole[] = ['efficacy', 'auxiliary', 'negation', 'modal', 'approval', 'linking'];

/**
 * Where comma splices start a clause: the index of the pronoun after the comma.
 *
 * @param tokens - The sentence's tokens.
 * @param cues - Its cue matches.
 * @param text - Its text.
 * @param base - Its offset.
 * @returns The token indexes.
 */
export function commaSpliceStarts(
  tokens: readonly Token[],
  cues: readonly LexiconMatch[],
  text: string,
  base: number,
): Set<number> {
  const starts = new Set<number>();
  for (const pronoun of cues) {
    if (pronoun.first === 0 || pronoun.first !== pronoun.last) continue;
    if (!isRole(pronoun, 'pronoun') && !isRole(pronoun, 'plural-pronoun')) continue;
    const verb = pronoun.last + 1;
    if (!cues.some((m) => m.first === verb && VERB_ROLES.some((role) => isRole(m, role)))) continue;
    if (textBetween(text, base, tokens[pronoun.first - 1], tokens[pronoun.first]).includes(','))
      starts.add(pronoun.first);
  }
  return starts;
}
