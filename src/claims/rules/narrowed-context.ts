/**
 * `narrowed-context`: "For androgenetic alopecia, some small trials report greater hair density, but
 * reviewers found no convincing evidence that it works" — a claim whose indication the clause does not
 * name, taken from context as a broad one ("hair density": hair loss), is about the narrower one of it
 * that an earlier clause of the sentence named: the sentence set its scope. Not when another treatment
 * was named before it ("Minoxidil works for male pattern baldness; scalp mesotherapy may help a few"):
 * then it was the other's use.
 *
 * @module
 */
import { afterAnotherTreatment, idOf } from '../clause-view.js';
import type { ClaimQualifier } from './types.js';

export const narrowedContext: ClaimQualifier = {
  kind: 'qualify',
  name: 'narrowed-context',
  object(view, placed) {
    const { claim } = placed;
    if (claim.predicate !== 'effective-for' || claim.object === undefined) return undefined;
    if (view.indications.includes(claim.object)) return undefined;
    // Not one named as another treatment's use ("Minoxidil works for male pattern baldness; scalp
    // mesotherapy may help a few"): that is the other's claim, not the sentence's scope.
    const narrower = view.sentence.entities.filter(
      (m) =>
        m.ref.type === 'indication' &&
        m.last < view.clause.first &&
        m.ref.parent === claim.object &&
        !afterAnotherTreatment(view.sentence, m, [claim.subject]),
    );
    const ids = new Set(narrower.map(idOf));
    // Two narrower ones named: the sentence does not say which.
    return ids.size === 1 ? [...ids][0] : undefined;
  },
};
