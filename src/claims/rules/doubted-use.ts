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
import type { SentenceClaimsRule, Trace } from './types.js';

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

/**
 * The sentence's claims without the affirmed effects that `others(index)` deny or doubt, each dropped one
 * reported to the trace under the rule's name; the same array when none is.
 *
 * @param claims - The claims of each clause of the sentence, in order.
 * @param rule - The name of the rule that drops them.
 * @param trace - Where to report what it drops.
 * @param others - For a clause (undefined to keep its claims), the claims that may deny or doubt its own.
 * @returns The claims, clause by clause.
 * @example
 * ```ts
 * import { withoutDoubted } from './doubted-use.js';
 * const affirmed = { subject: 'mesotherapy', predicate: 'effective-for', object: 'cellulite', polarity: 'affirm' } as const;
 * const denied = { ...affirmed, polarity: 'negate' } as const;
 * withoutDoubted([[affirmed, denied]], 'doubted-use', undefined, (i, list) => list).length; // 1 clause: [denied]
 * ```
 */
export function withoutDoubted(
  claims: readonly (readonly Claim[])[],
  rule: string,
  trace: Trace | undefined,
  others: (index: number, list: readonly Claim[]) => readonly Claim[] | undefined,
): readonly (readonly Claim[])[] {
  const next = claims.map((list, index) => {
    const against = others(index, list);
    if (against === undefined) return list;
    const doubted = (c: Claim): boolean =>
      c.polarity === 'affirm' && against.some((o) => o.polarity !== 'affirm' && sameEffect(c, o));
    if (!list.some(doubted)) return list;
    for (const claim of list) if (doubted(claim)) trace?.({ rule, action: 'dropped', claim });
    return list.filter((c) => !doubted(c));
  });
  return next.some((list, index) => list !== claims[index]) ? next : claims;
}

export const doubtedUse: SentenceClaimsRule = {
  kind: 'sentence-claims',
  name: 'doubted-use',
  reconcile: (_sentence, _clauses, claims, trace) =>
    withoutDoubted(claims, 'doubted-use', trace, (_index, list) => list),
};
