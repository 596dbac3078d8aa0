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
  description:
    'A clause with no subject that is a claim phrase by itself ("No downtime", "Trygg og effektiv") or ' +
    'opens with an effect word (a label’s text: "**Effekt:** reduserer cellulitt") is about the treatment ' +
    'in context. A word before the effect word at the start of a paragraph’s sentence is its own subject, a ' +
    'general statement ("Exercise reduces belly fat").',
  subject: ({ predicatePhrases, opensWithEffect, context }) =>
    predicatePhrases.length > 0 || opensWithEffect ? (context.subjectInSentence ?? context.contextSubject) : undefined,
};
