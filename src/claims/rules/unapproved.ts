/**
 * `unapproved`: "a non-approved procedure", "en ikke-godkjent behandling": an approval word
 * negated by its prefix denies approval, with the FDA named or not.
 *
 * @module
 */
import type { LexiconMatch } from '../lexicon.js';
import type { ClaimRule, ClauseView, PlacedClaim } from './types.js';

/**
 * The clause's first approval word negated by its prefix: "unapproved", or "non-approved"
 * as one hyphenated word ("not approved" is a plain negation, which `fda-approved` reads).
 *
 * @param view - The clause.
 * @returns The cue, if any.
 */
export function prefixNegatedApproval(view: ClauseView): LexiconMatch | undefined {
  const { tokens } = view.sentence;
  return view.cues('unapproved').find((m) => m.first === m.last || tokens[m.last]?.joinedToPrevious === true);
}

export const unapproved: ClaimRule = {
  kind: 'claim',
  name: 'unapproved',
  predicate: 'fda-approved',
  read(view) {
    const cue = prefixNegatedApproval(view);
    if (!cue) return [];
    const objects = view.indications.length > 0 ? view.indications : [undefined];
    return view.subjects.flatMap((subject) =>
      objects.map((object): PlacedClaim => ({
        at: cue.first,
        rule: 'unapproved',
        claim: { subject, predicate: 'fda-approved', ...(object ? { object } : {}), polarity: 'negate' },
      })),
    );
  },
};
