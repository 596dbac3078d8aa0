/**
 * `effect-opening`: a clause that opens with an effect word ("**Effekt:** reduserer cellulitt",
 * "- Reduces cellulite") states an effect of the treatment in context.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClauseSignal } from './types.js';

export const effectOpening: ClauseSignal = {
  kind: 'signal',
  name: 'effect-opening',
  holds({ sentence, clause, context }) {
    const reach = clause.first > 0 || context.listItem ? 1 : 0;
    // An effect named as a noun («… og resultatene spriker») is the clause's own subject.
    const nouns = sentence.cues.filter((m) => isRole(m, 'effect-noun'));
    return sentence.cues.some(
      (m) =>
        isRole(m, 'efficacy') &&
        m.first >= clause.first &&
        m.first <= clause.first + reach &&
        !nouns.some((t) => t.first <= m.first && m.last <= t.last),
    );
  },
};
