/**
 * `side-effect-question`: a question about side effects ("Are there side effects?", "Får man
 * bivirkninger?") asks whether there are any, so "None." answers that the treatment is
 * side-effect free.
 *
 * @module
 */
import type { QuestionRule } from './types.js';

export const sideEffectQuestion: QuestionRule = {
  kind: 'question',
  name: 'side-effect-question',
  asks: ({ sentence, subject }, asked) =>
    subject === undefined || !sentence.has('side-effect-topic') || asked.some((claim) => claim.polarity === 'affirm')
      ? undefined
      : { claims: [{ subject, predicate: 'side-effect-free', polarity: 'negate' }] },
};
