/**
 * `back-reference`: "it", "the treatment", "behandlingen" refer back to a treatment named
 * before — the only way a sentence that names none speaks of one.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const backReference: CarryRule = {
  kind: 'carry',
  name: 'back-reference',
  description:
    'A clause that names no treatment but refers back to one is about it: "the treatment", "behandlingen" ' +
    'mean the treatment the text is about here (not an ingredient just named); "it", "det" the one named ' +
    'last, even in an earlier paragraph.',
  subject(input) {
    const { context } = input;
    const pronoun = input.has('pronoun');
    if (!pronoun && !input.has('topic-reference')) return undefined;
    // "Phosphatidylcholine is natural, so the treatment is safe": "the treatment" is the text's topic.
    if (!pronoun) return context.contextSubject;
    return context.subjectInSentence ?? context.recentSubject ?? context.contextSubject;
  },
};
