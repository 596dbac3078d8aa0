/**
 * `relative-split`: a relative clause set off by a comma on something that is no treatment ("It is
 * not approved by the FDA, which has approved only Kybella", "…av FDA, som har godkjent …") is a
 * clause of its own: the negation of the main clause does not deny what the relative clause says,
 * and the relative clause speaks of its antecedent, not of the main clause's subject: of the
 * treatment right before it, if there is one and the clause says it works (`relative-antecedent`).
 *
 * @module
 */
import type { CueRole } from '../../schema/cue.js';
import { isRole, type LexiconMatch } from '../lexicon.js';
import { textBetween, type Token } from '../tokenize.js';
import type { ClauseSplit } from './types.js';

export const relativeSplit: ClauseSplit = {
  kind: 'split',
  name: 'relative-split',
};

/** Roles of the words that may follow the relative pronoun as its verb. */
const VERB_ROLES: readonly CueRole[] = ['auxiliary', 'approval', 'efficacy', 'negation', 'modal'];

/** How far after the relative pronoun its verb may stand. */
const VERB_REACH = 2;

/**
 * Where relative clauses set off by a comma start: the index of the relative pronoun.
 *
 * @param tokens - The sentence's tokens.
 * @param cues - Its cue matches.
 * @param entities - Its intervention and indication names.
 * @param text - Its text.
 * @param base - Its offset.
 * @returns The token indexes.
 */
export function relativeStarts(
  tokens: readonly Token[],
  cues: readonly LexiconMatch[],
  entities: readonly LexiconMatch[],
  text: string,
  base: number,
): ReadonlySet<number> {
  let starts: Set<number> | undefined;
  // Only a negation can leak across the comma; without one, the relative clause reads as before.
  if (!cues.some((m) => isRole(m, 'negation'))) return NO_STARTS;
  for (const relative of cues) {
    if (relative.first === 0 || relative.first !== relative.last || !isRole(relative, 'relative')) continue;
    // One word may stand before the verb ("som bare har godkjent", "which has only").
    const verb = (m: LexiconMatch): boolean =>
      m.first > relative.last && m.first - relative.last <= VERB_REACH && VERB_ROLES.some((role) => isRole(m, role));
    if (!cues.some(verb)) continue;
    if (!textBetween(text, base, tokens[relative.first - 1], tokens[relative.first]).includes(',')) continue;
    // "…than minoxidil, which is FDA-approved for hair loss": a relative clause on a treatment that says it is
    // approved stays in its clause (an approval's negation reaches no further than its comma, and the use it
    // names is the main clause's too); one that says it works ("nobody has shown it beats minoxidil, which does
    // regrow hair") is split off, and speaks of it (`relative-antecedent`).
    const after = (role: CueRole): boolean => cues.some((m) => m.first > relative.last && isRole(m, role));
    if (antecedentIsTreatment(relative.first, entities) && (after('approval') || !after('efficacy'))) continue;
    (starts ??= new Set()).add(relative.first);
  }
  return starts ?? NO_STARTS;
}
/** What {@link relativeStarts} finds in most sentences: no start (one set, shared). */
const NO_STARTS: ReadonlySet<number> = new Set();

/** How far before the relative pronoun a treatment is its antecedent ("finasteride tablets, which"). */
export const ANTECEDENT_REACH = 2;

/** Whether a treatment stands right before the relative pronoun at `at` ("minoxidil, which"). */
function antecedentIsTreatment(at: number, entities: readonly LexiconMatch[]): boolean {
  return entities.some((m) => m.ref.type === 'intervention' && m.last < at && at - m.last <= ANTECEDENT_REACH);
}
