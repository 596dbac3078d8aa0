/**
 * What `side-effect-list` and `cause` share: an effect claim whose indication is listed
 * after a cue of harm or cause, with no effect word between them.
 *
 * @module
 */
import type { CueRole } from '../../schema/cue.js';
import type { ClauseView, PlacedClaim } from './types.js';

/**
 * Whether an `effective-for` claim's indication comes after a cue of the role in its
 * clause with no effect word between ("side effects include bruising and pain", but not
 * "causes fewer side effects and removes fat"). A cue inside a predicate phrase ("no side
 * effects") does not count.
 *
 * @param view - The clause.
 * @param placed - The claim.
 * @param role - `side-effect` or `cause`.
 * @returns True when the indication is listed as a harm or an effect of a cause.
 */
export function listedAfter(view: ClauseView, placed: PlacedClaim, role: CueRole): boolean {
  if (placed.claim.predicate !== 'effective-for') return false;
  return view
    .cues(role)
    .some(
      (cue) =>
        cue.last < placed.at &&
        !view.predicatePhrases.some((p) => p.first <= cue.last && cue.first <= p.last) &&
        !view.effects.some((e) => e.first > cue.last && e.first < placed.at),
    );
}
