/**
 * `doubted-use`: a treatment named with its use, then doubted or denied in the same clause —
 * «Kommuneoverlegen opplyser at fettløsende injeksjoner mot mage og lår ikke har dokumentert effekt»,
 * "fat-dissolving injections for the belly have no documented effect" — is not also said to work for
 * it: the use in the name says what the treatment is for, the rest of the clause what it does. Of an
 * affirmed and a denied or doubted effect of one treatment on one use in one clause, the affirmed one
 * is dropped.
 *
 * @module
 */
import type { Claim } from '../../evidence/claim.js';
import type { SentenceClaimsRule } from './types.js';

/** Whether two effect claims speak of the same treatment, use and population. */
function sameEffect(a: Claim, b: Claim): boolean {
  return (
    a.predicate === 'effective-for' &&
    b.predicate === 'effective-for' &&
    a.subject === b.subject &&
    a.object === b.object &&
    a.population?.sex === b.population?.sex
  );
}

export const doubtedUse: SentenceClaimsRule = {
  kind: 'sentence-claims',
  name: 'doubted-use',
  reconcile(_sentence, _clauses, claims, trace) {
    const next = claims.map((list) => {
      const doubted = (c: Claim): boolean =>
        c.polarity === 'affirm' && list.some((o) => o.polarity !== 'affirm' && sameEffect(c, o));
      if (!list.some(doubted)) return list;
      for (const claim of list) if (doubted(claim)) trace?.({ rule: 'doubted-use', action: 'dropped', claim });
      return list.filter((c) => !doubted(c));
    });
    return next.some((list, index) => list !== claims[index]) ? next : claims;
  },
};
