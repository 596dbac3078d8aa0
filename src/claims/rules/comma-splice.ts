/**
 * `comma-splice`: two main clauses joined by a comma alone ("It does not hurt, it reduces
 * cellulite", "Den gjør ikke vondt, den reduserer cellulitter") are two clauses, each with its own
 * subject and polarity. Not a phrase before the comma that names no subject ("Injected under the chin,
 * it destroys fat cells there"): it is part of the clause after it.
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

/** Roles of the words that may be the subject of the clause before the comma. */
const SUBJECT_ROLES: readonly CueRole[] = [
  'pronoun',
  'plural-pronoun',
  'topic-reference',
  'speaker',
  'clinic-voice',
  'general-subject',
];

/** Roles of the words that may follow the pronoun as its verb. */
const VERB_ROLES: readonly CueRole[] = ['efficacy', 'auxiliary', 'negation', 'modal', 'approval', 'linking'];

/**
 * Where comma splices start a clause: the index of the pronoun after the comma.
 *
 * @param tokens - The sentence's tokens.
 * @param cues - Its cue matches.
 * @param text - Its text.
 * @param base - Its offset.
 * @param entities - Its name matches: a treatment named before the comma is a subject there.
 * @returns The token indexes.
 */
export function commaSpliceStarts(
  tokens: readonly Token[],
  cues: readonly LexiconMatch[],
  text: string,
  base: number,
  entities: readonly LexiconMatch[] = [],
): ReadonlySet<number> {
  let starts: Set<number> | undefined;
  let from = 0;
  for (const pronoun of cues) {
    if (pronoun.first === 0 || pronoun.first !== pronoun.last) continue;
    if (!isRole(pronoun, 'pronoun') && !isRole(pronoun, 'plural-pronoun')) continue;
    if (!verbAt(cues, pronoun.last + 1)) continue;
    if (!textBetween(text, base, tokens[pronoun.first - 1], tokens[pronoun.first]).includes(',')) continue;
    // "Injected under the chin, it …": the words before the comma have no subject, so no clause of their own.
    if (!subjectBetween(cues, entities, from, pronoun.first)) continue;
    (starts ??= new Set()).add(pronoun.first);
    from = pronoun.first;
  }
  return starts ?? NO_STARTS;
}
/**
 * Whether a verb stands at token `at`. A function of its own, like {@link subjectBetween}: a
 * closure over the loop's pronoun made every cue of every sentence allocate a scope.
 */
function verbAt(cues: readonly LexiconMatch[], at: number): boolean {
  return cues.some((m) => m.first === at && VERB_ROLES.some((role) => isRole(m, role)));
}

/** Whether a treatment or a subject word lies in tokens `[from, end)`. */
function subjectBetween(
  cues: readonly LexiconMatch[],
  entities: readonly LexiconMatch[],
  from: number,
  end: number,
): boolean {
  const before = (m: LexiconMatch): boolean => m.first >= from && m.last < end;
  return (
    entities.some((m) => m.ref.type === 'intervention' && before(m)) ||
    cues.some((m) => before(m) && SUBJECT_ROLES.some((role) => isRole(m, role)))
  );
}

/** What {@link commaSpliceStarts} finds in most sentences: no start (one set, shared). */
const NO_STARTS: ReadonlySet<number> = new Set();
