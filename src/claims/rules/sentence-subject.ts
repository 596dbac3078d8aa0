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
  description:
    'A clause that continues its sentence keeps the subject an earlier clause named (", and reduces ' +
    'cellulite"); a contrasting one only when it opens with a verb, negated or not ("but is not approved", ' +
    '"but not approved by the FDA", "men ikke godkjent av FDA"), and never one with a subject of its own ' +
    '("I", "vi").',
  subject: ({ carried, context }) => (carried ? context.subjectInSentence : undefined),
};
