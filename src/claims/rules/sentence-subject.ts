/**
 * `sentence-subject`: a clause that continues its sentence (", and reduces cellulite",
 * "but is not approved", "men ikke godkjent av FDA") keeps the sentence's subject.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const sentenceSubject: CarryRule = {
  kind: 'carry',
  name: 'sentence-subject',
  subject: ({ carried, context }) => (carried ? context.subjectInSentence : undefined),
};
