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
  description:
    'A claim about the treatment in context, in a clause whose subject is a generic treatment word with ' +
    '"no", "every" or "all" before the claim ("No injection treatment is entirely without risk", "Ingen ' +
    'injeksjonsbehandling er helt uten risiko"), is a statement about treatments in general: no finding. A ' +
    'treatment the clause names is still its subject ("No treatment removes fat like liposuction").',
  drops: (view, placed) =>
    !view.named.includes(placed.claim.subject) && view.cues('general-subject').some((cue) => cue.first <= placed.at),
};
