/**
 * `narrower-approval`: "The only fat-dissolving product the FDA has approved is deoxycholic acid, and
 * only for fat under the chin": an approval the sentence grants with no use is the one it goes on to
 * grant for a use, and one granted for a broad use is the one it grants for a narrower part of it
 * ("The only injectable licensed for fat reduction is deoxycholic acid, which the FDA approved for fat
 * under the chin"). The broader approval is dropped.
 *
 * @module
 */
import type { Claim } from '../../evidence/claim.js';
import type { SentenceView } from '../sentence.js';
import type { SentenceClaimsRule } from './types.js';

export const narrowerApproval: SentenceClaimsRule = {
  kind: 'sentence-claims',
  name: 'narrower-approval',
  reconcile(sentence, _clauses, claims, trace) {
    const grantsUse = (c: Claim): boolean => isGrant(c) && c.object !== undefined;
    if (!claims.some((list) => list.some(grantsUse))) return claims;
    const grants = claims.flatMap((list) => list.filter(grantsUse));
    const granted = new Set(grants.map((c) => c.subject));
    const parents = indicationParents(sentence);
    const narrowed = (c: Claim): boolean =>
      grants.some((g) => g.subject === c.subject && g.object !== undefined && parents.get(g.object) === c.object);
    const broader = (c: Claim): boolean =>
      isGrant(c) && (c.object === undefined ? granted.has(c.subject) : narrowed(c));
    if (!claims.some((list) => list.some(broader))) return claims;
    return claims.map((list) => {
      if (!list.some(broader)) return list;
      for (const claim of list) if (broader(claim)) trace?.({ rule: 'narrower-approval', action: 'dropped', claim });
      return list.filter((c) => !broader(c));
    });
  },
};

/** Whether a claim affirms an FDA approval. */
function isGrant(claim: Claim): boolean {
  return claim.predicate === 'fda-approved' && claim.polarity === 'affirm';
}

/**
 * The broader indication of each indication the sentence names that has one.
 *
 * @example
 * ```ts
 * import { indicationParents } from './narrower-approval.js';
 * // indicationParents(readSentence('… fat under the chin', 0, lexicon)).get('submental-fat'); // 'localized-fat'
 * ```
 */
export function indicationParents(sentence: SentenceView): ReadonlyMap<string, string> {
  const parents = new Map<string, string>();
  for (const m of sentence.entities)
    if (m.ref.type === 'indication' && m.ref.parent !== undefined) parents.set(m.ref.id, m.ref.parent);
  return parents;
}
