/**
 * `indication-subject`: a clause whose subject is an indication with an effect word right
 * after it ("Fine lines soften within weeks", "Fine linjer mykes opp") says what the treatment
 * in context does to it.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { CarryRule } from './types.js';

export const indicationSubject: CarryRule = {
  kind: 'carry',
  name: 'indication-subject',
  description:
    'A clause that names no treatment and opens with an indication followed at once by an effect word ' +
    '("Fine lines soften within weeks", "Fine linjer mykes opp") tells what the treatment in context does to ' +
    'it. Not when a word stands between ("Hair loss can be treated"), nor when the clause opens otherwise.',
  subject({ sentence, clause, context }) {
    if (context.contextSubject === undefined) return undefined;
    const opener = sentence.cues.some(
      (m) => (isRole(m, 'clause-break') || isRole(m, 'conjunction')) && m.first === clause.first,
    )
      ? clause.first + 1
      : clause.first;
    const indication = sentence.entities.find(
      (m) => m.ref.type === 'indication' && m.first >= clause.first && m.first <= clause.last,
    );
    if (indication?.first !== opener) return undefined;
    return sentence.cues.some((m) => isRole(m, 'efficacy') && m.first === indication.last + 1)
      ? context.contextSubject
      : undefined;
  },
};
