/**
 * `quoted-question`: a sentence that opens with a quoted question and then says who asks it
 * («Er det sant at mesoterapi fjerner appelsinhud?» spør en leser; "Does it really melt fat?" a
 * caller asked) asks what it quotes, as a question does: it asserts nothing.
 *
 * @module
 */
import type { SentenceView } from '../sentence.js';
import type { ClaimSuppressor } from './types.js';

/** Opening quotation marks and the mark that closes each. */
const QUOTES: Readonly<Record<string, string>> = { '«': '»', '"': '"', '“': '”', '„': '“' };

/**
 * Whether the sentence opens with a quotation that ends in a question mark.
 *
 * @param sentence - The sentence.
 * @returns Whether it quotes a question before it goes on.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { opensWithQuotedQuestion } from './quoted-question.js';
 * const lexicon = buildLexicon(knowledgeBase.dataset, 'en');
 * opensWithQuotedQuestion(readSentence('"Does mesotherapy melt fat?" a caller asked.', 0, lexicon)); // true
 * ```
 */
export function opensWithQuotedQuestion(sentence: SentenceView): boolean {
  const text = sentence.text.trimStart();
  const close = QUOTES[text.charAt(0)];
  if (close === undefined) return false;
  const end = text.indexOf(close, 1);
  return end > 1 && text.slice(0, end).trimEnd().endsWith('?');
}

export const quotedQuestion: ClaimSuppressor = {
  kind: 'suppress',
  name: 'quoted-question',
  drops: (view) => opensWithQuotedQuestion(view.sentence),
};
