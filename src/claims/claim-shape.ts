/**
 * One shape for the engine's claims. Rules write claims as object literals with the fields
 * they need, in their own order; every claim suppressor and qualifier then reads
 * `placed.claim` at a site that saw many hidden classes, and V8 deoptimized some forty of them
 * ("wrong map"). The clause reader hands its suppressors and qualifiers a copy of every claim a
 * rule reads in this shape (every field set, `undefined` where absent); the claim it gives on is
 * the rule's own, so a finding's JSON keeps the order of fields it always had (a rule that adds
 * an indication to an asked claim writes it after the polarity).
 *
 * @module
 */
import type { Claim, Polarity, Predicate } from '../evidence/claim.js';
import type { Population } from '../schema/common.js';
import type { PlacedClaim } from './rules/types.js';

/**
 * A claim with every field set, in one order.
 *
 * @param subject - The intervention.
 * @param predicate - What it says.
 * @param object - The indication, or undefined.
 * @param polarity - Asserted, denied or hedged.
 * @param population - Whom it is limited to, or undefined.
 * @returns The claim.
 * @example
 * ```ts
 * import { claimOf } from './claim-shape.js';
 * claimOf('mesotherapy', 'safe', undefined, 'affirm', undefined).polarity; // 'affirm'
 * ```
 */
export function claimOf(
  subject: string,
  predicate: Predicate,
  object: string | undefined,
  polarity: Polarity,
  population: Population | undefined,
): Claim {
  return { subject, predicate, object, polarity, population };
}

/**
 * The claim in the one shape ({@link claimOf}).
 *
 * @param claim - A claim of any shape.
 * @returns An equal claim with every field set.
 */
export function shapedClaim(claim: Claim): Claim {
  return claimOf(claim.subject, claim.predicate, claim.object, claim.polarity, claim.population);
}

/**
 * A placed claim in one shape, its claim in the one shape too.
 *
 * @param at - The token its words start at.
 * @param claim - The claim (any shape).
 * @param rule - The rule that read it.
 * @returns The placed claim.
 */
export function placedClaim(at: number, claim: Claim, rule: string): PlacedClaim {
  return { at, claim: shapedClaim(claim), rule };
}
