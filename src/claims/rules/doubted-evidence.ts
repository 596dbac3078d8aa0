/**
 * `doubted-evidence`: "The evidence is inconclusive", «Forskningen er likevel ikke entydig»: a
 * clause that names the evidence or the effect as its topic and doubts or denies it, and names
 * no treatment, speaks of the treatment in context (`effect-doubt` reads the claim).
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const doubtedEvidence: CarryRule = {
  kind: 'carry',
  name: 'doubted-evidence',
  subject(input) {
    const topic = input.has('evidence-topic') || input.has('effect-topic');
    const doubt = input.has('hedge') || input.has('negation');
    return topic && doubt && !input.has('safety-topic')
      ? (input.context.subjectInSentence ?? input.context.contextSubject)
      : undefined;
  },
};
