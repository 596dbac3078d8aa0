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
  asks: ({ sentence, subject }) =>
    subject !== undefined &&
    sentence.cues.some((m) => isRole(m, 'question-word') && m.first === 0) &&
    sentence.entities.every((m) => m.ref.type !== 'indication') &&
    assertsEffect(sentence)
      ? { uses: subject }
      : undefined,
};
