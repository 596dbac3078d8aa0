/**
 * `contrast-hedge`: "X helps Y, but there is not enough research to say": a contrasting clause
 * that hedges and names no indication of its own makes the claims before it uncertain.
 *
 * @module
 */
import type { SentenceQualifier } from './types.js';

export const contrastHedge: SentenceQualifier = {
  kind: 'sentence',
  name: 'contrast-hedge',
  polarity(clauses, index, claim) {
    const next = clauses[index + 1];
    return claim.polarity === 'affirm' &&
      next !== undefined &&
      next.clause.contrast &&
      next.reading.indications.length === 0 &&
      next.reading.hedged
      ? 'uncertain'
      : undefined;
  },
};
