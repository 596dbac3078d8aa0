/**
 * `list-lead-in`: the items of a list under a lead-in that speaks of a treatment ("Our
 * mesotherapy treats:", "Mesoterapi behandler:") or under its heading are about it.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const listLeadIn: CarryRule = {
  kind: 'carry',
  name: 'list-lead-in',
  subject: ({ context }) => (context.listItem ? (context.subjectInSentence ?? context.contextSubject) : undefined),
};
