/**
 * `refuted-after`: a claim others are reported to make that a later clause of the same sentence
 * calls wrong ("She had read online that it is FDA-approved for hair; I have told her that it is
 * not true", «Klinikken skriver at den er trygg, men det stemmer ikke») is denied, as a report the
 * next sentence calls wrong is (`refuted-report`).
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import type { ClaimQualifier, ClauseView, PlacedClaim } from './types.js';

/**
 * Whether the claim follows words that report it as others' and a later clause of the sentence
 * calls it wrong.
 *
 * @param view - The clause.
 * @param placed - The claim.
 * @returns True when the sentence reports the claim and then refutes it.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { readable } from '../../factcheck/fact-check.js';
 * import { clauseView } from '../clause-view.js';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { refutedAfter } from './refuted-after.js';
 * const lexicon = buildLexicon(readable(knowledgeBase.dataset), 'en');
 * const sentence = readSentence('She read online that mesotherapy is FDA-approved, but that is not true.', 0, lexicon);
 * const view = clauseView(sentence, sentence.clauses[0]!, { contextSubject: undefined, recentSubject: undefined, listItem: false,
 *   leadInEffect: false, harmSection: false, subjectInSentence: undefined, pluralSubject: undefined, jointSubjects: [],
 *   lastIndication: undefined, lastIndications: [], fdaNearby: false, fdaApprover: false, question: false, abbreviations: new Set() });
 * const claim = { subject: 'mesotherapy', predicate: 'fda-approved', polarity: 'affirm' } as const;
 * refutedAfter(view, { at: 6, rule: 'fda-approved', claim }); // true: "read online that" reports it, "not true" refutes it
 * ```
 */
export function refutedAfter(view: ClauseView, placed: PlacedClaim): boolean {
  if (placed.claim.polarity !== 'affirm') return false;
  const { cues, clauses } = view.sentence;
  if (!cues.some((m) => isRole(m, 'claimed') && m.last < placed.at)) return false;
  return clauses.some(
    (c) =>
      c.first > view.clause.last && cues.some((m) => isRole(m, 'refuting') && m.first >= c.first && m.last <= c.last),
  );
}

export const refutedAfterQualifier: ClaimQualifier = {
  kind: 'qualify',
  name: 'refuted-after',
  polarity: (view, placed) => (refutedAfter(view, placed) ? 'negate' : undefined),
};
