/**
 * `substance-reference`: "the substance", "the active ingredient", "stoffet" refer back to
 * the drug named last — an ingredient too ("Aqualyx contains deoxycholic acid. The substance is
 * approved by the FDA") — as "the treatment" refers back to the treatment.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const substanceReference: CarryRule = {
  kind: 'carry',
  name: 'substance-reference',
  subject({ context, cues }) {
    const blockers = cues('not-reference');
    const refers = cues('substance-reference').some((m) => !blockers.some((b) => b.last === m.first - 1));
    return refers ? context.substance : undefined;
  },
};
