/**
 * `narrowed-answer`: a short sentence right after a question in its paragraph, that names part of
 * what was asked and ends in a no after a comma ("Do they get rid of wrinkles? Deep ones, no.",
 * "Fjerner den rynker? De dype, nei."), denies what the question asked: the words before the no
 * narrow the answer, they do not change what it is about.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import type { SentenceView } from '../sentence.js';
import { textBetween } from '../tokenize.js';
import type { ClaimRule, PlacedClaim } from './types.js';

/**
 * The no that ends a sentence after a comma, with a few words before it ("Deep ones, no.", "Risk-free,
 * no."; read with what follows it too, "no." being an abbreviation): the first of `noes` that starts
 * after word `after` and at most at word `reach` and ends the sentence, if a comma stands before it.
 *
 * @param sentence - The sentence.
 * @param noes - Its `answer-no` words.
 * @param after - The no starts after this word.
 * @param reach - The no starts at this word at the latest.
 * @returns The no, or undefined.
 * @example
 * ```ts
 * import { knowledgeBase } from 'meso-evidence';
 * import { readable } from '../../factcheck/fact-check.js';
 * import { buildLexicon, isRole } from '../lexicon.js';
 * import { readSentence } from '../sentence.js';
 * import { commaNoAtEnd } from './narrowed-answer.js';
 * const sentence = readSentence('Deep ones, no.', 0, buildLexicon(readable(knowledgeBase.dataset), 'en'));
 * commaNoAtEnd(sentence, sentence.cues.filter((m) => isRole(m, 'answer-no')), 0, 3)?.first; // 2
 * ```
 */
export function commaNoAtEnd(
  sentence: Pick<SentenceView, 'tokens' | 'text' | 'start'>,
  noes: readonly LexiconMatch[],
  after: number,
  reach: number,
): LexiconMatch | undefined {
  const { tokens, text, start } = sentence;
  const no = noes.find(
    (m) =>
      m.first > after &&
      m.first <= reach &&
      (m.last === tokens.length - 1 || /[.!]/.test(textBetween(text, start, tokens[m.last], tokens[m.last + 1]))),
  );
  return no && textBetween(text, start, tokens[no.first - 1], tokens[no.first]).includes(',') ? no : undefined;
}

/** How many words may stand before the no ("Deep ones", "De dype rynkene"). */
const NARROWING_REACH = 3;

export const narrowedAnswer: ClaimRule = {
  kind: 'claim',
  name: 'narrowed-answer',
  read(view) {
    const asked = view.context.runAsked;
    if (!asked || asked.length === 0 || !view.opensSentence) return [];
    // A few words before the no and nothing else: no treatment or effect word.
    const no = commaNoAtEnd(view.sentence, view.cues('answer-no'), 0, NARROWING_REACH);
    if (!no) return [];
    if (view.named.some((id) => !asked.some((claim) => claim.subject === id))) return [];
    if (view.effects.some((m) => m.first < no.first)) return [];
    return asked
      .filter((claim) => claim.polarity === 'affirm')
      .map((claim): PlacedClaim => ({
        at: no.first,
        rule: 'narrowed-answer',
        claim: { ...claim, polarity: 'negate' },
      }));
  },
};
