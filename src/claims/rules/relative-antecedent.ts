/**
 * `relative-antecedent`: a relative clause set off by a comma right after a treatment
 * ("… beats minoxidil, which does regrow hair", "… enn minoksidil, som er godkjent") speaks of
 * that treatment, whatever the main clause's subject or negation.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import { ANTECEDENT_REACH } from './relative-split.js';
import type { CarryRule } from './types.js';

export const relativeAntecedent: CarryRule = {
  kind: 'carry',
  name: 'relative-antecedent',
  subject({ sentence, clause, cues }) {
    if (clause.split !== 'relative-split') return undefined;
    if (!cues('relative').some((m) => m.first === clause.first)) return undefined;
    const antecedent = sentence.entities
      .filter(
        (m) => m.ref.type === 'intervention' && m.last < clause.first && clause.first - m.last <= ANTECEDENT_REACH,
      )
      .at(-1);
    return antecedent === undefined ? undefined : idOf(antecedent);
  },
};
