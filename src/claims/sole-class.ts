/**
 * A class with one member: "Kybella is the only fat-dissolving injection approved by the
 * FDA", "Det er den eneste fettløsende sprøyten FDA har godkjent". The words right after "the
 * only" / "den eneste" name the class the subject belongs to; a treatment named there is not
 * what the sentence speaks of.
 *
 * @module
 */
import type { LexiconMatch } from './lexicon.js';
import { isRole, type SentenceView } from './sentence.js';

/** How far after "the only" the class's words run: "the only FDA-approved fat-dissolving injection". */
export const SOLE_REACH = 3;

/**
 * Whether a word starting at `at` describes the class after a "the only" of the clause (not
 * past a relative word: "the only treatment that stops hair loss").
 *
 * @param sentence - The sentence.
 * @param at - The word's first token.
 * @param first - The clause's first token.
 * @param last - The clause's last token.
 * @returns Whether it stands in the class's words.
 */
export function inSoleClass(sentence: SentenceView, at: number, first: number, last: number): boolean {
  // "the only treatment that stops hair loss": a relative clause after the class says what it does.
  const relativeBetween = (from: number): boolean =>
    sentence.cues.some((r) => isRole(r, 'relative') && r.first > from && r.first < at);
  return sentence.cues.some(
    (m) =>
      isRole(m, 'sole') &&
      m.first >= first &&
      m.last <= last &&
      at > m.last &&
      at - m.last <= SOLE_REACH &&
      !relativeBetween(m.last),
  );
}

/**
 * The treatments of a clause that only name the class after "the only", when the clause has
 * something else to speak of: another treatment, or a word that refers back ("it", "det").
 * "The only mesotherapy we trust is our own" keeps its one treatment.
 *
 * @param sentence - The sentence.
 * @param interventions - The treatments named in the clause, in order.
 * @param first - The clause's first token.
 * @param last - The clause's last token.
 * @returns The treatments that name the class.
 */
export function soleClassMembers(
  sentence: SentenceView,
  interventions: readonly LexiconMatch[],
  first: number,
  last: number,
): ReadonlySet<LexiconMatch> {
  const classes = interventions.filter((m) => inSoleClass(sentence, m.first, first, last));
  if (classes.length === 0) return new Set();
  const other = interventions.some((m) => !classes.includes(m));
  // "den eneste" holds the pronoun "den": a word of "the only" itself refers to nothing.
  const soles = sentence.cues.filter((m) => isRole(m, 'sole'));
  const refersBack = sentence.cues.some(
    (m) =>
      (isRole(m, 'pronoun') || isRole(m, 'topic-reference')) &&
      m.first >= first &&
      m.last <= last &&
      !soles.some((s) => m.first >= s.first && m.last <= s.last),
  );
  return other || refersBack ? new Set(classes) : new Set();
}
