/**
 * `quiz-prompt`: a statement put to the reader to judge ("True or false: mesotherapy gets rid of
 * cellulite.", «Sant eller usant: …») asks and asserts nothing, as a question does; what it asks
 * is answered by a "False." or a «Sant.» after it (`run-answer`, `elliptical-answer`).
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';
import type { ClaimSuppressor } from './types.js';

/** How far into the sentence the prompt may start ("7. True or false: …", "Quiz: true or false …"). */
const PROMPT_START = 2;

/**
 * Whether the sentence opens with a quiz's prompt and so asks what it says.
 *
 * @param sentence - The sentence.
 * @returns Whether it is put to the reader to judge.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { asksToJudge } from './quiz-prompt.js';
 * const lexicon = buildLexicon(knowledgeBase.dataset, 'en');
 * asksToJudge(readSentence('True or false: mesotherapy is safe.', 0, lexicon)); // true
 * ```
 */
export function asksToJudge(sentence: SentenceView): boolean {
  return sentence.cues.some((m) => isRole(m, 'quiz-prompt') && m.first <= PROMPT_START);
}

export const quizPrompt: ClaimSuppressor = {
  kind: 'suppress',
  name: 'quiz-prompt',
  // Read as a statement for the answer after it (`asked-statement`), it is not a question.
  drops: (view) => view.context.question && asksToJudge(view.sentence),
};
