/**
 * `relative-antecedent`: a relative clause set off by a comma right after a treatment
 * ("… beats minoxidil, which does regrow hair", "… enn minoksidil, som er godkjent") speaks of
 * that treatment, whatever the main clause's subject or negation. With a joint reference right after
 * the relative word ("minoksidil eller finasterid, som begge har god effekt", "…, which both work") it
 * speaks of each of the treatments coordinated there.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import { isRole, type LexiconMatch } from '../lexicon.js';
import { ANTECEDENT_REACH } from './relative-split.js';
import type { CarryRule } from './types.js';

export const relativeAntecedent: CarryRule = {
  kind: 'carry',
  name: 'relative-antecedent',
  subject({ sentence, clause, cues }) {
    if (clause.split !== 'relative-split') return undefined;
    const relative = cues('relative').find((m) => m.first === clause.first);
    if (!relative) return undefined;
    const before = sentence.entities.filter((m) => m.ref.type === 'intervention' && m.last < clause.first);
    const antecedent = before.at(-1);
    if (antecedent === undefined || clause.first - antecedent.last > ANTECEDENT_REACH) return undefined;
    const joint = cues('joint-reference').some((m) => m.first === relative.last + 1);
    if (!joint) return idOf(antecedent);
    // "minoksidil eller finasterid": each treatment joined to the next by one conjunction.
    const conjunctions = new Set(sentence.cues.filter((m) => isRole(m, 'conjunction')).map((m) => m.first));
    const coordinated: LexiconMatch[] = [antecedent];
    let next = antecedent;
    for (const m of before.slice(0, -1).reverse()) {
      if (next.first - m.last !== 2 || !conjunctions.has(m.last + 1)) break;
      coordinated.unshift(m);
      next = m;
    }
    return coordinated.length === 1 ? idOf(antecedent) : [...new Set(coordinated.map(idOf))];
  },
};
