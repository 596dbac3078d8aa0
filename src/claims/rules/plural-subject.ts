/**
 * `plural-subject`: a sentence that opens with a treatment named in the plural ("Skin boosters
 * are …", "Mesotherapy sessions are quick", "Behandlingene er raske") gives a later "they", "de"
 * its meaning.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import { afterSpeakerLabel } from './speaker-label.js';
import type { DiscourseRule } from './types.js';

/** The last token the plural word may start at: "Our skin boosters", "Våre behandlinger". */
const OPENING_REACH = 2;

export const pluralSubject: DiscourseRule = {
  kind: 'discourse',
  name: 'plural-subject',
  note({ sentence, named: namedId, inContext }) {
    // After a speaker's label the sentence opens where the words start ("Priya: Skin boosters were flat").
    const opening = afterSpeakerLabel(sentence);
    const plural = sentence.cues.find(
      (m) => isRole(m, 'plural-treatment') && m.first >= opening && m.first - opening <= OPENING_REACH,
    );
    if (!plural) return undefined;
    const named = sentence.entities.find((m) => m.ref.type === 'intervention');
    if (named && named.first - opening <= 1 && plural.first <= named.last + 1 && plural.last >= named.first)
      return namedId;
    // "Behandlingene er raske": a plural word for the treatment in context.
    if (
      plural.first - opening <= 1 &&
      sentence.cues.some((m) => isRole(m, 'topic-reference') && m.first === plural.first)
    )
      return inContext;
    return undefined;
  },
};
