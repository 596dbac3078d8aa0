/**
 * `general-subject`: a clause whose subject is a generic treatment word with "no", "every" or
 * "all" ("No injection treatment is entirely without risk", "Ingen injeksjonsbehandling er helt
 * uten risiko") speaks of treatments in general, not of the treatment in context.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const generalSubject: ClaimSuppressor = {
  kind: 'suppress',
  name: 'general-subject',
  drops: (view, placed) =>
    !view.named.includes(placed.claim.subject) && view.cues('general-subject').some((cue) => cue.first <= placed.at),
};
