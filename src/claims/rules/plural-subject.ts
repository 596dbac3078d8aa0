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
  description:
    'A sentence whose subject, at its start (the plural word among its first three), is a treatment named in the plural ' +
    '("Skin boosters are …", "Mesotherapy sessions are quick") or a plural word for the treatment in context ' +
    '("Behandlingene er raske") notes that treatment for a "they", "de" in it or the next sentence ' +
    '(`plural-reference`). A treatment named in the singular, or later in the sentence, is not noted.',
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
