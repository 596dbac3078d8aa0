/**
 * `reported-as-false`: a claim reported in order to be refuted ("warned about false
 * statements that the procedure is safe") is not asserted.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClaimSuppressor } from './types.js';

export const reportedAsFalse: ClaimSuppressor = {
  kind: 'suppress',
  name: 'reported-as-false',
  description:
    'A claim after words that report it as false ("false statements that", "misleading claims", "falske ' +
    'påstander om") in the same sentence is refuted, not asserted: no finding.',
  drops: (view, placed) => view.sentence.cues.some((m) => isRole(m, 'refuted') && m.last < placed.at),
};
