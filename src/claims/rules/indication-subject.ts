/**
 * `indication-subject`: a clause whose subject is an indication with an effect word right
 * after it ("Fine lines soften within weeks", "Fine linjer mykes opp", after an article too: "The
 * fine lines soften", «De fine linjene er mindre synlige») says what the treatment in context does to it.
 *
 * @module
 */
import { openerOf } from './opener.js';
import type { CarryRule } from './types.js';

export const indicationSubject: CarryRule = {
  kind: 'carry',
  name: 'indication-subject',
  subject({ clause, context, cues, indicationMatches }) {
    if (context.contextSubject === undefined) return undefined;
    const indication = indicationMatches[0];
    const opener = openerOf(clause.first, cues);
    const subjectAt = cues('article').some((m) => m.first === opener && m.last === opener) ? opener + 1 : opener;
    if (indication === undefined || (indication.first !== opener && indication.first !== subjectAt)) return undefined;
    // The effect word right after it, or after one verb that links it ("Cellulite looks smoother",
    // "Cellulittene blir mindre synlige").
    // A modal is no linking verb: "Hårtap kan behandles" says what can be done, not what the treatment does.
    const next = (m: { first: number }): boolean => m.first === indication.last + 1;
    const linked = cues('auxiliary').some(next) && !cues('modal').some(next);
    const at = linked ? indication.last + 2 : indication.last + 1;
    return cues('efficacy').some((m) => m.first === at) ? context.contextSubject : undefined;
  },
};
