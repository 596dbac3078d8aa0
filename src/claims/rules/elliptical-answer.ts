/**
 * `elliptical-answer`: an answer that opens the paragraph after a question ("Is it
 * FDA-approved?" … "Not yet."; "Er det trygt?" … "Ja.") asserts or denies what the question
 * asked.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import { textBetween } from '../tokenize.js';
import type { Claim } from '../../evidence/claim.js';
import type { ClaimRule, ClauseView, PlacedClaim } from './types.js';

/**
 * The claims a yes or no opening the clause gives to what was asked: the asked claims affirmed or denied
 * (a question about downtime or side effects asks whether there are any, and only "None." answers it).
 *
 * @param view - The clause.
 * @param asked - What the question asked, read as statements.
 * @param rule - The rule placing the claims.
 * @param bare - Whether the answer must be the whole sentence ("No.", "False."), not open one ("No, but …").
 * @returns The claims the answer gives, or none.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { readable } from '../../factcheck/fact-check.js';
 * import { clauseView } from '../clause-view.js';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { answeredClaims } from './elliptical-answer.js';
 * const lexicon = buildLexicon(readable(knowledgeBase.dataset), 'en');
 * const sentence = readSentence('No.', 0, lexicon);
 * const view = clauseView(sentence, sentence.clauses[0]!, { contextSubject: undefined, recentSubject: undefined, listItem: false,
 *   leadInEffect: false, harmSection: false, subjectInSentence: undefined, pluralSubject: undefined, jointSubjects: [],
 *   lastIndication: undefined, lastIndications: [], fdaNearby: false, fdaApprover: false, question: false, abbreviations: new Set() });
 * const asked = [{ subject: 'mesotherapy', predicate: 'safe', polarity: 'affirm' } as const];
 * answeredClaims(view, asked, 'run-answer', true); // one claim: mesotherapy safe, denied, at token 0
 * ```
 */
export function answeredClaims(
  view: ClauseView,
  asked: readonly Claim[],
  rule: string,
  bare: boolean,
): readonly PlacedClaim[] {
  // A question about downtime or side effects asks whether there are any (its claims read denied):
  // only "None.", "Ingen." answers it, affirming their absence.
  const presence = asked.some((claim) => claim.polarity !== 'affirm');
  const yes = presence ? undefined : longestAtStart(view, 'answer-yes');
  const no = longestAtStart(view, presence ? 'answer-none' : 'answer-no');
  const answer = yes ?? no;
  // The answer is the whole of its clause or ends at a comma ("No.", "Ja, når …"), not "No two people are alike".
  if (!answer) return [];
  const { tokens, text, start } = view.sentence;
  const gap = textBetween(text, start, tokens[answer.last], tokens[answer.last + 1]);
  // "No. Some skin boosters …" (read as one sentence, "no." being an abbreviation too) ends the answer.
  const stop = /[.!]/.test(gap);
  if (bare && !stop && answer.last !== tokens.length - 1) return [];
  if (answer.last !== view.clause.last && !stop && !gap.includes(',')) return [];
  // "Yes, mesotherapy is FDA approved for hair loss": an answer that names a treatment says its claim in full.
  if (!stop && view.named.length > 0) return [];
  return asked.map((claim): PlacedClaim => ({
    at: answer.first,
    rule,
    claim: { ...claim, polarity: presence ? 'affirm' : yes ? 'affirm' : 'negate' },
  }));
}

/** The longest phrase of the role that opens the clause ("That is not true either", not "That is not true"). */
function longestAtStart(view: ClauseView, role: 'answer-yes' | 'answer-no' | 'answer-none'): LexiconMatch | undefined {
  let longest: LexiconMatch | undefined;
  for (const m of view.cues(role))
    if (m.first === view.clause.first && (!longest || m.last > longest.last)) longest = m;
  return longest;
}

export const ellipticalAnswer: ClaimRule = {
  kind: 'claim',
  name: 'elliptical-answer',
  read(view) {
    const asked = view.context.asked;
    if (!asked || asked.length === 0 || !view.opensSentence) return [];
    return answeredClaims(view, asked, 'elliptical-answer', false);
  },
};
