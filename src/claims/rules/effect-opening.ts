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
  description:
    'A clause that opens with an effect word — a label’s text ("**Effekt:** reduserer cellulitt"), a list ' +
    'item ("- Reduces cellulite"), a clause after a conjunction — has no subject of its own; `label-text` and ' +
    '`effective-for` read it about the treatment in context. One word (an adverb) may come first only in a ' +
    'list item or a clause after the first: at the start of a paragraph’s sentence, a word before the effect ' +
    'word is its own subject, a general statement ("Exercise reduces belly fat").',
  holds({ sentence, clause, context }) {
    const reach = clause.first > 0 || context.listItem ? 1 : 0;
    return sentence.cues.some(
      (m) => isRole(m, 'efficacy') && m.first >= clause.first && m.first <= clause.first + reach,
    );
  },
};
