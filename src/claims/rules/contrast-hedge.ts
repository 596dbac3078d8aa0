/**
 * `contrast-hedge`: "X helps Y, but there is not enough research to say": a contrasting clause
 * that hedges and names no indication other than the claim's ("…, but the research is thin and we
 * can't promise it will regrow hair") makes the claims before it uncertain. Not one that names another
 * treatment: "minoxidil and finasteride have proper evidence, while scalp mesotherapy might help a
 * little" hedges only mesotherapy.
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
      next.reading.indications.every((indication) => indication === claim.object) &&
      next.reading.named.every((subject) => subject === claim.subject) &&
      next.reading.hedged
      ? 'uncertain'
      : undefined;
  },
};
