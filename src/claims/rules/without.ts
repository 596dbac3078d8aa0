/**
 * `without`: an indication right after "without", "uten" ("uten kniv, uten narkose og uten
 * arr") is something the treatment spares you, not what it treats.
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const without: ClaimSuppressor = {
  kind: 'suppress',
  name: 'without',
  description:
    'An indication right after "without", "uten" is spared, not treated: "effektive behandlinger for en ' +
    'slankere kropp – uten kniv, uten narkose og uten arr" makes no claim about scars; one right after ' +
    '"outside", "utenfor" is an area the treatment is not for ("for bruk utenfor under haken").',
  drops: (view, placed) =>
    placed.claim.predicate === 'effective-for' && view.cues('without').some((m) => m.last === placed.at - 1),
};
