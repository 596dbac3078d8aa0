/**
 * `documented-harm`: a phrase that says something is well shown ("well documented", «godt
 * dokumentert») after a word for harms in its clause ("side effects such as swelling, lumps and
 * infection are well documented") says the harms are shown, not that a treatment works.
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const documentedHarm: CueSuppressor = {
  kind: 'cue',
  name: 'documented-harm',
  roles: ['evidence-positive'],
  drops: (view, match) =>
    [...view.cues('side-effect'), ...view.cues('harm'), ...view.cues('side-effect-topic')].some(
      (m) => m.last < match.first,
    ),
};
