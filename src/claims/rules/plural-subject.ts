/**
 * `plural-subject`: a sentence that opens with a treatment named in the plural ("Skin boosters
 * are …", "Mesotherapy sessions are quick", "Behandlingene er raske") gives a later "they", "de"
 * its meaning.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { DiscourseRule } from './types.js';

/** The last token the plural word may start at: "Our skin boosters", "Våre behandlinger". */
const OPENING_REACH = 2;

export const pluralSubject: DiscourseRule = {
  kind: 'discourse',
  name: 'plural-subject',
  note({ sentence, named: namedId, inContext }) {
    const plural = sentence.cues.find((m) => isRole(m, 'plural-treatment') && m.first <= OPENING_REACH);
    if (!plural) return undefined;
    const named = sentence.entities.find((m) => m.ref.type === 'intervention');
    if (named && named.first <= 1 && plural.first <= named.last + 1 && plural.last >= named.first) return namedId;
    // "Behandlingene er raske": a plural word for the treatment in context.
    if (plural.first <= 1 && sentence.cues.some((m) => isRole(m, 'topic-reference') && m.first === plural.first))
      return inContext;
    return undefined;
  },
};
