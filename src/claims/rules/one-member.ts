/**
 * `one-member`: a clause whose subject is one member of what was named before ("Fat-dissolving
 * injections are not FDA-approved; only one product is approved", "…, but only one product is
 * approved", «bare ett preparat er godkjent») speaks of that member, not of the treatment in
 * context: its claims about a subject not named after the member's start are dropped. A treatment
 * named there is still its subject ("Only one of them, called deoxycholic acid, is approved").
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { ClaimSuppressor, ClauseView } from './types.js';

/** How far into its clause, or past a "but" in it, the member may start: after "only", «men bare». */
const SUBJECT_REACH = 2;

export const oneMember: ClaimSuppressor = {
  kind: 'suppress',
  name: 'one-member',
  drops: (view, placed) =>
    view.cues('one-member').some((cue) => {
      if (cue.first > placed.at) return false;
      const start = subjectStart(view, cue.first);
      return (
        cue.first - start <= SUBJECT_REACH &&
        !view.interventions.some((m) => m.first >= start && idOf(m) === placed.claim.subject)
      );
    }),
};

/** Where the subject before `at` starts: the clause's start, or past the last clause break before it. */
function subjectStart(view: ClauseView, at: number): number {
  const breaks = view.cues('clause-break').filter((m) => m.last < at);
  return breaks.length > 0 ? (breaks.at(-1)?.last ?? 0) + 1 : view.clause.first;
}
