/**
 * What the phrase rules (`safe`, `side-effect-free`, `no-downtime`) share: the phrase is
 * the claim, about each subject of the clause.
 *
 * @module
 */
import type { Predicate } from '../../evidence/claim.js';
import type { ClauseView, PlacedClaim } from './types.js';

/** How far before a predicate phrase a negation still denies it: "is not completely safe". */
const NEGATION_REACH = 3;

/**
 * Reads the claims of one predicate phrase role. Only a negation right before the phrase
 * denies it ("not risk-free", "ikke uten risiko"), not one earlier in a list ("No surgery
 * and no downtime").
 *
 * @param view - The clause.
 * @param predicate - The phrase role, which is also the predicate.
 * @returns The claims.
 */
export function readPhrase(view: ClauseView, predicate: 'safe' | 'side-effect-free' | 'no-downtime'): PlacedClaim[] {
  const placed: PlacedClaim[] = [];
  for (const span of view.cues(predicate))
    for (const subject of view.subjects)
      placed.push({
        at: span.first,
        rule: predicate,
        claim: {
          subject,
          predicate: predicate satisfies Predicate,
          polarity: view.polarityAt(span.first, span.first - NEGATION_REACH),
        },
      });
  return placed;
}
