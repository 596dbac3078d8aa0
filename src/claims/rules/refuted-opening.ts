/**
 * `refuted-opening`: a sentence that opens with a reported claim as its subject and then calls it
 * wrong ("That some call these injections safe is simply wrong", "At noen kaller slike sprøyter
 * trygge, er direkte feil") denies the claim it reports.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClaimQualifier, ClauseView } from './types.js';

/** How many words (a conjunction, "But") may stand before the claim-opening words. */
const OPENING = 1;

/**
 * Whether the sentence opens with a reported claim before token `at` and calls it wrong after it
 * ("The claim that mesotherapy is safe is false").
 *
 * @param view - The clause.
 * @param at - The claim's token.
 * @returns True when the claim at `at` is refuted by the sentence that reports it.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { readable } from '../../factcheck/fact-check.js';
 * import { clauseView } from '../clause-view.js';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { refutedOpening } from './refuted-opening.js';
 * const lexicon = buildLexicon(readable(knowledgeBase.dataset), 'en');
 * const sentence = readSentence('The claim that mesotherapy is safe is false.', 0, lexicon);
 * const view = clauseView(sentence, sentence.clauses[0]!, { contextSubject: undefined, recentSubject: undefined, listItem: false,
 *   leadInEffect: false, harmSection: false, subjectInSentence: undefined, pluralSubject: undefined, jointSubjects: [],
 *   lastIndication: undefined, lastIndications: [], fdaNearby: false, fdaApprover: false, question: false, abbreviations: new Set() });
 * refutedOpening(view, 5); // true: "safe" (token 5) is reported by "The claim that" and called "false"
 * ```
 */
export function refutedOpening(view: ClauseView, at: number): boolean {
  const { cues } = view.sentence;
  const opening = cues.find((m) => isRole(m, 'claim-opening') && m.first <= OPENING && m.last < at);
  return opening !== undefined && cues.some((m) => isRole(m, 'refuting') && m.first > at);
}

export const refutedOpeningQualifier: ClaimQualifier = {
  kind: 'qualify',
  name: 'refuted-opening',
  polarity: (view, placed) =>
    placed.claim.polarity !== 'negate' && refutedOpening(view, placed.at) ? 'negate' : undefined,
};
