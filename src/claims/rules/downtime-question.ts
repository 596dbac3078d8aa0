/**
 * `downtime-question`: a question about recovery time ("Is there any downtime?", "Hvor lang er
 * nedetiden?") asks whether there is any, so "None." answers that there is no downtime.
 *
 * @module
 */
import type { QuestionRule } from './types.js';

export const downtimeQuestion: QuestionRule = {
  kind: 'question',
  name: 'downtime-question',
  asks: ({ sentence, subject }, asked) =>
    subject === undefined || !sentence.has('downtime-topic') || asked.some((claim) => claim.polarity === 'affirm')
      ? undefined
      : { claims: [{ subject, predicate: 'no-downtime', polarity: 'negate' }] },
};
