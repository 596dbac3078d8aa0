/**
 * `plural-reference`: "they", "de" as a clause's subject refer back to treatments named in
 * the plural as the subject of the sentence or of the one before ("Mesotherapy sessions are
 * quick. They strengthen the hair you still have"), and so do they after the verb a question opens
 * with ("Skin boosters are popular. Do they get rid of wrinkles?") and after a verb of speaking
 * ("Dr Adeyemi says they soften crow's-feet").
 *
 * @module
 */
import type { CueRole } from '../../schema/cue.js';
import { openerOf, reportedAfter, verbFollows } from './opener.js';
import type { CarryRule } from './types.js';

/** How far after the pronoun its verb may stand ("they also reduce"). */
const VERB_REACH = 2;

/** Cue roles of the verb a question opens with, before its pronoun ("Do they", "Can they", "Fjerner de"). */
const QUESTION_VERBS: readonly CueRole[] = ['auxiliary', 'modal', 'efficacy'];

export const pluralReference: CarryRule = {
  kind: 'carry',
  name: 'plural-reference',
  subject({ sentence, clause, context, cues }) {
    if (context.pluralSubject === undefined) return undefined;
    const opener = openerOf(clause.first, cues);
    // "Dr Adeyemi says they soften crow's-feet", «Legen sier de virker»: the pronoun right after a verb of
    // speaking opens the reported clause.
    const refers = cues('plural-pronoun').some(
      (m) =>
        (m.first === opener || m.last > m.first || reportedAfter(m, cues, ['speech'])) &&
        verbFollows(m, cues, VERB_REACH),
    );
    // A question puts its verb before the pronoun: "Do they get rid of wrinkles?", "Fjerner de rynker?".
    const asks =
      sentence.text.trimEnd().endsWith('?') &&
      QUESTION_VERBS.flatMap((role) => cues(role)).some(
        (v) => v.first === opener && cues('plural-pronoun').some((m) => m.first === v.last + 1),
      );
    return refers || asks ? context.pluralSubject : undefined;
  },
};
