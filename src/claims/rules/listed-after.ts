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
 * "causes fewer side effects and removes fat", nor "kan gi fyldigere hår", where the effect word
 * shares a word with the cue). A cue inside a predicate phrase ("no side
 * effects") does not count.
 *
 * @param view - The clause.
 * @param placed - The claim.
 * @param role - `side-effect` or `cause`.
 * @returns True when the indication is listed as a harm or an effect of a cause.
 */
export function listedAfter(view: ClauseView, placed: PlacedClaim, role: CueRole): boolean {
  if (placed.claim.predicate !== 'effective-for') return false;
  return view.cues(role).some(
    (cue) =>
      cue.last < placed.at &&
      !view.predicatePhrases.some((p) => p.first <= cue.last && cue.first <= p.last) &&
      // An effect word after the cue's start and up to the claim's own words, even one that shares a word
      // with the cue ("kan gi fyldigere hår": "gi fyldigere"), names a result, not a harm.
      !view.effects.some((e) => e.last > cue.last && e.first <= placed.at && e.first >= cue.first),
  );
}
