/**
 * `plural-reference`: "they", "de" as a clause's subject refer back to treatments named in
 * the plural as the subject of the sentence or of the one before ("Mesotherapy sessions are
 * quick. They strengthen the hair you still have").
 *
 * @module
 */
import { openerOf, verbFollows } from './opener.js';
import type { CarryRule } from './types.js';

/** How far after the pronoun its verb may stand ("they also reduce"). */
const VERB_REACH = 2;

export const pluralReference: CarryRule = {
  kind: 'carry',
  name: 'plural-reference',
  subject({ clause, context, cues }) {
    if (context.pluralSubject === undefined) return undefined;
    const opener = openerOf(clause.first, cues);
    const refers = cues('plural-pronoun').some(
      (m) => (m.first === opener || m.last > m.first) && verbFollows(m, cues, VERB_REACH),
    );
    return refers ? context.pluralSubject : undefined;
  },
};
