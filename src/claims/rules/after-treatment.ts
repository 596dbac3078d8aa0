/**
 * `after-treatment`: a clause that opens with a time after the treatment ("After the procedure
 * the skin is becoming more hydrated", "Etter behandlingen blir huden glattere") and has an effect
 * word or a claim phrase tells the result of the treatment in context; so does one whose effect words
 * all come before such a time, which ends it ("The skin is visibly more hydrated after the first
 * treatment", «Huden blir mer fuktig etter første behandling»). Not one whose effect comes after it:
 * "Exercise after the treatment reduces belly fat" speaks of the exercise.
 *
 * @module
 */
import type { CarryRule } from './types.js';

export const afterTreatment: CarryRule = {
  kind: 'carry',
  name: 'after-treatment',
  subject(input) {
    const { clause, context, cues, predicatePhrases } = input;
    if (!input.has('efficacy') && predicatePhrases.length === 0) return undefined;
    // It opens the clause, or only a conjunction stands before it ("And after the procedure", "Men etter en kur").
    const conjunctions = cues('conjunction');
    const opens = cues('after-treatment').some(
      (m) => m.first === clause.first || conjunctions.some((c) => c.first === clause.first && c.last + 1 === m.first),
    );
    const effects = cues('efficacy');
    const closes =
      effects.length > 0 && cues('after-treatment').some((m) => effects.every((effect) => effect.last < m.first));
    return opens || closes ? (context.contextSubject ?? context.recentSubject) : undefined;
  },
};
