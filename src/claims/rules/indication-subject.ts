/**
 * `indication-subject`: a clause whose subject is an indication with an effect word right
 * after it ("Fine lines soften within weeks", "Fine linjer mykes opp") says what the treatment
 * in context does to it.
 *
 * @module
 */
import { openerOf } from './opener.js';
import type { CarryRule } from './types.js';

export const indicationSubject: CarryRule = {
  kind: 'carry',
  name: 'indication-subject',
  description:
    'A clause that names no treatment and opens with an indication followed at once by an effect word ' +
    '("Fine lines soften within weeks", "Fine linjer mykes opp") tells what the treatment in context does to ' +
    'it. Not when a word stands between ("Hair loss can be treated"), nor when the clause opens otherwise.',
  subject({ clause, context, cues, indicationMatches }) {
    if (context.contextSubject === undefined) return undefined;
    const indication = indicationMatches[0];
    if (indication?.first !== openerOf(clause.first, cues)) return undefined;
    return cues('efficacy').some((m) => m.first === indication.last + 1) ? context.contextSubject : undefined;
  },
};
