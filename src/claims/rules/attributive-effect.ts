/**
 * `attributive-effect`: an effect word between an article and a treatment's name — "suggests the
 * hydrating skin booster instead", «anbefaler den fuktgivende skinboosteren» — describes which
 * treatment is meant; it says nothing the sentence asserts of it.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const attributiveEffect: CueSuppressor = {
  kind: 'cue',
  name: 'attributive-effect',
  roles: ['efficacy'],
  drops(view, match) {
    if (!view.interventions.some((m) => m.first === match.last + 1)) return false;
    return view.cues('article').some((a) => a.last === match.first - 1);
  },
};
