/**
 * `name-part`: an effect word inside an indication's own name ("fat reduction") or a
 * treatment's ("fat-dissolving injections") is part of the name, not an effect claim —
 * unless an indication's name opens with it ("stramme huden", "regrow hair").
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const namePart: CueSuppressor = {
  kind: 'cue',
  name: 'name-part',
  roles: ['efficacy'],
  drops: (view, match) =>
    view.indicationMatches.some((e) => e.first < match.first && match.last <= e.last) ||
    view.interventions.some((e) => e.first <= match.first && match.last <= e.last),
};
