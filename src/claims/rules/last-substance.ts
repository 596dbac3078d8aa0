/**
 * `last-substance`: the drug a text names last, in any role (an ingredient too: "Aqualyx
 * inneholder deoksykolsyre"), is what "the substance", "stoffet" means after it.
 *
 * @module
 */
import type { DiscourseRule } from './types.js';

export const lastSubstance: DiscourseRule = {
  kind: 'discourse',
  name: 'last-substance',
  note({ sentence, end }) {
    let found: string | undefined;
    for (const m of sentence.entities)
      if (m.ref.type === 'intervention' && m.ref.substance === true && m.last < end) found = m.ref.id;
    return found;
  },
};
