/**
 * `partial-refutation`: a sentence that refutes only part of what the sentence before reported
 * ("Several of the claims have no backing in research", "Flere av påstandene har ingen dekning i
 * forskningen") does not say which part: it denies none of the reported claims (`refuted-report`).
 *
 * @module
 */
import type { ClaimSuppressor } from './types.js';

export const partialRefutation: ClaimSuppressor = {
  kind: 'suppress',
  name: 'partial-refutation',
  drops: (view, placed) => placed.rule === 'refuted-report' && view.cues('partitive').some((m) => m.first < placed.at),
};
