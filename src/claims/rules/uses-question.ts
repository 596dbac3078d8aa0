/**
 * `uses-question`: a question that asks what a treatment is used for ("What does it treat?",
 * "Hva kan det brukes mot?") gives the treatment, for a list of uses answering it.
 *
 * @module
 */
import { assertsEffect } from '../discourse.js';
import { isRole } from '../sentence.js';
import type { QuestionRule } from './types.js';

export const usesQuestion: QuestionRule = {
  kind: 'question',
  name: 'uses-question',
  description:
    'A question that opens with a question word, has an effect word or ends in a purpose word and names no ' +
    'indication ("What is mesotherapy used for?", "What does it treat?", "Hva brukes mesoterapi mot?") asks ' +
    'the uses of the treatment it is about, for a list of indications answering it (`uses-answer`). "Will it ' +
    'help my hair?" asks whether, not what.',
  asks: ({ sentence, subject }) =>
    subject !== undefined &&
    sentence.cues.some((m) => isRole(m, 'question-word') && m.first === 0) &&
    sentence.entities.every((m) => m.ref.type !== 'indication') &&
    assertsEffect(sentence)
      ? { uses: subject }
      : undefined,
};
