/**
 * `speaker-label`: a sentence that opens with a speaker's label ("A: No.", "Dr Kim: I have seen no
 * good evidence of that.", «Svar: Nei.», "[00:02:22] DR K: …") says its words after the label: the
 * clause after it opens the sentence, as an answer must ("Is it safe?" … "A: No.").
 *
 * @module
 */
import { isRole } from '../sentence.js';
import { textBetween } from '../tokenize.js';
import type { ClauseSignal } from './types.js';

/** The most words a label has ("[00:02:22] DR K": five). */
const MAX_LABEL_WORDS = 6;

export const speakerLabel: ClauseSignal = {
  kind: 'signal',
  name: 'speaker-label',
  holds({ sentence, clause }) {
    const { tokens, text, start } = sentence;
    if (clause.first === 0 || clause.first > MAX_LABEL_WORDS || sentence.clauses[1] !== clause) return false;
    // The label names no treatment and says nothing the reader knows a word of ("Benefits:" is a lead-in).
    // An indefinite article is no word of that kind: "A:" is an answer's label.
    const inLabel = (m: { readonly first: number }): boolean => m.first < clause.first;
    if (sentence.entities.some(inLabel) || sentence.cues.some((m) => inLabel(m) && !isRole(m, 'indefinite-article')))
      return false;
    return textBetween(text, start, tokens[clause.first - 1], tokens[clause.first]).includes(':');
  },
};
