/**
 * `name-part`: an effect word inside an indication's own name ("fat reduction") is part of
 * the name, not an effect claim — unless the name opens with it ("stramme huden", "regrow hair").
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const namePart: CueSuppressor = {
  kind: 'cue',
  name: 'name-part',
  roles: ['efficacy'],
  description:
    'An effect word inside an indication’s name ("fat reduction") is part of the name; one that opens the ' +
    'name ("regrow hair", "stramme huden") still counts.',
  drops: (view, match) => view.indicationMatches.some((e) => e.first < match.first && match.last <= e.last),
};
