/**
 * `effect-opening`: a clause that opens with an effect word ("**Effekt:** reduserer cellulitt",
 * "- Reduces cellulite") states an effect of the treatment in context.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import { isRole } from '../sentence.js';
import type { ClauseSignal } from './types.js';

export const effectOpening: ClauseSignal = {
  kind: 'signal',
  name: 'effect-opening',
  holds({ sentence, clause, context }) {
    const reach = clause.first > 0 || context.listItem ? 1 : 0;
    // An effect named as a noun («… og resultatene spriker») is the clause's own subject.
    // Listed only when an effect word stands there (most clauses have none).
    let nouns: readonly LexiconMatch[] | undefined;
    return sentence.cues.some(
      (m) =>
        isRole(m, 'efficacy') &&
        m.first >= clause.first &&
        m.first <= clause.first + reach &&
        // "Fat-dissolving vials bought online are not safe": joined by a hyphen, it modifies a noun.
        sentence.tokens[m.first]?.joinedToPrevious !== true &&
        !(nouns ??= sentence.cues.filter((n) => isRole(n, 'effect-noun'))).some(
          (t) => t.first <= m.first && m.last <= t.last,
        ),
    );
  },
};
