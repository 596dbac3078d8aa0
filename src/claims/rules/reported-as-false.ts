/**
 * `reported-as-false`: a claim reported in order to be refuted ("warned about false
 * statements that the procedure is safe") is denied, not asserted.
 *
 * @module
 */
import { isRole } from '../sentence.js';
import type { ClaimQualifier } from './types.js';

export const reportedAsFalse: ClaimQualifier = {
  kind: 'qualify',
  name: 'reported-as-false',
  polarity: (view, placed) =>
    placed.claim.polarity !== 'negate' && view.sentence.cues.some((m) => isRole(m, 'refuted') && m.last < placed.at)
      ? 'negate'
      : undefined,
};
