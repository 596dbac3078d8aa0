/**
 * `ceased-offer`: "stop" in "we decided to stop offering fat-dissolving injections for the body",
 * «Selskapet sluttet å tilby fettløsende sprøyter på mage og lår» says that a clinic stopped
 * offering or selling a treatment, not that the treatment stops anything (`ceased` phrases).
 *
 * @module
 */
import type { CueSuppressor } from './types.js';

export const ceasedOffer: CueSuppressor = {
  kind: 'cue',
  name: 'ceased-offer',
  roles: ['efficacy'],
  drops: (view, match) => view.cues('ceased').some((c) => c.first <= match.first && match.last <= c.last),
};
