/**
 * `label-text`: a text with no subject of its own that states a claim — a benefit bullet
 * ("No downtime", "Trygg og effektiv") or a label's text ("**Effekt:** reduserer
 * cellulitt") — is about the treatment in context.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const labelText: CarryRule = {
  kind: 'carry',
  name: 'label-text',
  subject: ({ predicatePhrases, opensWithEffect, context }) =>
    predicatePhrases.length > 0 || opensWithEffect ? (context.subjectInSentence ?? context.contextSubject) : undefined,
};
