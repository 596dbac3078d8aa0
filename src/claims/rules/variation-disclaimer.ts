/**
 * `variation-disclaimer`: "Results vary from person to person", «Resultatene varierer fra person til
 * person» on its own says that outcomes differ, not that the treatment works or may work for the
 * indication named before: in a sentence that names no indication, the word for a result inside the
 * disclaimer is no effect word.
 *
 * @module
 */
import { inIdiom } from './idiom.js';
import type { CueSuppressor } from './types.js';

export const variationDisclaimer: CueSuppressor = {
  kind: 'cue',
  name: 'variation-disclaimer',
  roles: ['efficacy'],
  drops: (view, match) =>
    !view.sentence.entities.some((m) => m.ref.type === 'indication') && inIdiom(view.cues('variation'), match),
};
