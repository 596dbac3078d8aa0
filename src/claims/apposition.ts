/**
 * Apposition after a count of one: "the FDA has approved one injectable drug to reduce fat,
 * Kybella", "FDA har bare godkjent én fettløsende sprøyte, Kybella". The treatment after the
 * comma is the one spoken of; the words between the count and it describe its class.
 *
 * @module
 */
import type { LexiconMatch } from './lexicon.js';
import { isRole, type SentenceView } from './sentence.js';
import { textBetween } from './tokenize.js';

/** How far after the approval word the count of one may come: "approved only one", "har bare godkjent én". */
const SINGLE_REACH = 2;

/** An appositive: the treatment named after the comma, and where the class it names starts. */
export interface Apposition {
  /** The treatment in apposition ("Kybella"). */
  readonly apposed: LexiconMatch;
  /** The count of one that opens the class ("one", "én"). */
  readonly single: LexiconMatch;
}

/**
 * The treatment in apposition to a count of one right after an approval word, within the
 * given interventions (a clause's), if any.
 *
 * @param sentence - The sentence.
 * @param interventions - The treatments named in the clause, in order.
 * @param first - The clause's first token.
 * @param last - The clause's last token.
 * @returns The apposition, or undefined.
 */
export function approvalApposition(
  sentence: SentenceView,
  interventions: readonly LexiconMatch[],
  first: number,
  last: number,
): Apposition | undefined {
  const inClause = (m: LexiconMatch): boolean => m.first >= first && m.last <= last;
  const approvals = sentence.cues.filter((m) => isRole(m, 'approval') && inClause(m));
  const single = sentence.cues.find(
    (m) =>
      isRole(m, 'single') && inClause(m) && approvals.some((a) => m.first > a.last && m.first - a.last <= SINGLE_REACH),
  );
  if (!single) return undefined;
  const { tokens, text, start } = sentence;
  const commaBefore = (at: number): boolean => textBetween(text, start, tokens[at - 1], tokens[at]).includes(',');
  const apposed = interventions.find((m) => m.first > single.last && commaBefore(m.first));
  return apposed ? { apposed, single } : undefined;
}
