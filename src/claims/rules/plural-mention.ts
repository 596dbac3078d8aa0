/**
 * `plural-mention`: a sentence that does not open with a treatment in the plural but speaks of the
 * treatment in context with a plural word for it ("A handful of small trials suggest that the
 * injections may shrink small fat pockets", "Små studier tyder på at sprøytene kan gjøre fettputer
 * mindre") gives a "they", "de" in the next sentence its meaning ("Nobody has shown that they work on
 * cellulite"), as `plural-subject` does for a sentence that opens with one. A sentence that names
 * another treatment notes nothing: its "they" may be that one.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { DiscourseRule } from './types.js';

export const pluralMention: DiscourseRule = {
  kind: 'discourse',
  name: 'plural-mention',
  note({ sentence, named, inContext }) {
    if (named !== undefined || inContext === undefined) return undefined;
    const references = sentence.cues.filter((m) => isRole(m, 'topic-reference'));
    const plural = sentence.cues.some(
      (m) => isRole(m, 'plural-treatment') && references.some((r) => r.first <= m.first && m.last <= r.last),
    );
    return plural ? inContext : undefined;
  },
};
