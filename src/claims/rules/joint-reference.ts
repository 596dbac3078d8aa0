/**
 * `joint-reference`: "both", "neither of them", "begge", "ingen av dem" as a clause's subject
 * refer back to each of the treatments named together earlier in the sentence or the paragraph
 * ("Minoxidil and finasteride are well studied, and both are FDA-approved for it").
 *
 * @module
 */
import { openerOf, reportedAfter, verbFollows } from './opener.js';
import type { CarryRule } from './types.js';

/** How far after the word its verb stands: right after ("both are", "ingen av dem er"; not "begge kjønn er"). */
const VERB_REACH = 1;

export const jointReference: CarryRule = {
  kind: 'carry',
  name: 'joint-reference',
  subject({ clause, context, cues }) {
    if (context.jointSubjects.length < 2) return undefined;
    const opener = openerOf(clause.first, cues);
    // It opens the clause, or the reported clause after "that", «at» or a verb of speaking ("he says that
    // neither of them is shown to smooth wrinkles", «han sier at ingen av dem er vist å glatte ut rynker»).
    const refers = cues('joint-reference').some(
      (m) =>
        (m.first === opener || reportedAfter(m, cues, ['claim-opening', 'speech'])) && verbFollows(m, cues, VERB_REACH),
    );
    return refers ? context.jointSubjects : undefined;
  },
};
