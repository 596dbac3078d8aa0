/**
 * `speaker-label`: a sentence that opens with a speaker's label ("A: No.", "Dr Kim: I have seen no
 * good evidence of that.", «Svar: Nei.», "[00:02:22] DR K: …") says its words after the label: the
 * clause after it opens the sentence, as an answer must ("Is it safe?" … "A: No.").
 *
 * @module
 */
import { isRole, type SentenceView } from '../sentence.js';
import { textBetween } from '../tokenize.js';
import type { ClauseSignal } from './types.js';

/** The most words a label has ("[00:02:22] DR K": five). */
const MAX_LABEL_WORDS = 6;

/**
 * Where the words after a speaker's label start: the index of the sentence's second clause when its
 * first is such a label ("Priya Anand (Northgate Capital): Skin boosters were flat"), else 0.
 *
 * @param sentence - The sentence.
 * @returns The index of the first token after the label, or 0.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { buildLexicon } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { afterSpeakerLabel } from './speaker-label.js';
 * afterSpeakerLabel(readSentence('Dr Kim: It is safe.', 0, buildLexicon(knowledgeBase.dataset, 'en'))); // 2
 * ```
 */
export function afterSpeakerLabel(sentence: SentenceView): number {
  const clause = sentence.clauses[1];
  if (!clause || clause.first > MAX_LABEL_WORDS) return 0;
  const { tokens, text, start } = sentence;
  // The label names no treatment and says nothing the reader knows a word of ("Benefits:" is a lead-in).
  // An indefinite article is no word of that kind: "A:" is an answer's label.
  const inLabel = (m: { readonly first: number }): boolean => m.first < clause.first;
  if (sentence.entities.some(inLabel) || sentence.cues.some((m) => inLabel(m) && !isRole(m, 'indefinite-article')))
    return 0;
  return textBetween(text, start, tokens[clause.first - 1], tokens[clause.first]).includes(':') ? clause.first : 0;
}

export const speakerLabel: ClauseSignal = {
  kind: 'signal',
  name: 'speaker-label',
  holds: ({ sentence, clause }) => clause.first > 0 && afterSpeakerLabel(sentence) === clause.first,
};
