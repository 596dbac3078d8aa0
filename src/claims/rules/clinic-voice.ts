/**
 * `clinic-voice`: a clinic speaks of its own service in the first person plural ("We remove
 * fat from the belly", "Vi behandler dobbelthake", "fjerner vi"): the effect it claims is the
 * treatment's in context.
 *
 * @module
 */
import { openerOf } from './opener.js';
import type { CarryRule } from './types.js';

/** How many words (an adverb, a modal) may stand between "we" and its effect word: "we also gently remove". */
const GAP = 2;

export const clinicVoice: CarryRule = {
  kind: 'carry',
  name: 'clinic-voice',
  subject({ clause, context, cues }) {
    if (context.contextSubject === undefined) return undefined;
    const opener = openerOf(clause.first, cues);
    const effects = cues('efficacy');
    const speaks = cues('clinic-voice').some(
      (we) =>
        (we.first === opener && effects.some((e) => e.first > we.last && e.first - we.last <= GAP + 1)) ||
        effects.some((e) => e.last === we.first - 1 && e.first <= opener + GAP),
    );
    return speaks ? context.contextSubject : undefined;
  },
};
