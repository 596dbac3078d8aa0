/**
 * `back-reference`: "it", "the treatment", "behandlingen" refer back to a treatment named
 * before — the only way a sentence that names none speaks of one.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import type { CarryInput, CarryRule } from './types.js';

export const backReference: CarryRule = {
  kind: 'carry',
  name: 'back-reference',
  subject(input) {
    const { context } = input;
    const pronoun = refers(input, 'pronoun');
    if (!pronoun && !refers(input, 'topic-reference')) return undefined;
    // "Phosphatidylcholine is natural, so the treatment is safe": "the treatment" is the text's topic,
    // but after a procedure the sentence itself names ("Mesoterapi gir tykkere hår, og behandlingen har
    // ingen nedetid") it is that one.
    if (!pronoun) {
      const inSentence = context.subjectInSentence;
      return inSentence !== undefined && inSentence !== context.substance ? inSentence : context.contextSubject;
    }
    return context.subjectInSentence ?? context.recentSubject ?? context.contextSubject;
  },
};

/** Whether the clause has a word of the role that refers back: none of the `not-reference` words right before it. */
function refers({ cues }: CarryInput, role: 'pronoun' | 'topic-reference'): boolean {
  const blockers = cues('not-reference');
  const blocked = (m: LexiconMatch): boolean => blockers.some((b) => b.last === m.first - 1);
  return cues(role).some((m) => !blocked(m));
}
