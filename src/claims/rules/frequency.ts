/**
 * `frequency`: an effect word inside a phrase of how often ("less often", "mindre ofte") is no
 * effect claim — "may cause swelling and, less often, scarring" lists a rarer harm.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const frequency: CueSuppressor = {
  kind: 'cue',
  name: 'frequency',
  roles: ['efficacy'],
  drops: (view, match) => view.cues('frequency').some((f) => f.first <= match.first && match.last <= f.last),
};
