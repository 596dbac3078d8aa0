/**
 * `approver-answer`: a yes that answers an approval question naming no regulator and goes on to
 * name the FDA ("**Er det godkjent?** Ja, av Legemiddelverket og av FDA i USA, men bare mot fett
 * under haken", "**Is it approved?** Yes, by the FDA, but only for fat under the chin") says the
 * FDA approved it: an `fda-approved` claim, and one about each use named after a purpose word.
 *
 * @module
 */
import { idOf } from '../clause-view.js';
import type { LexiconMatch } from '../lexicon.js';
import { textBetween } from '../tokenize.js';
import type { ClaimRule, ClauseView, PlacedClaim } from './types.js';

/** How far after the yes the FDA may be named ("Ja, av Legemiddelverket og av FDA"). */
const APPROVER_REACH = 8;

/** How far after the purpose word the use may start ("bare mot fett under haken"). */
const USE_REACH = 4;

/**
 * The FDA named in a yes that answers an approval question naming no regulator ("Ja, av FDA, …").
 *
 * @param view - The clause.
 * @returns The FDA's name in the answer, or undefined when the clause is no such answer.
 */
export function answeredApprover(view: ClauseView): LexiconMatch | undefined {
  const asked = view.context.approvalAsked;
  if (!asked || asked.length === 0 || !view.opensSentence) return undefined;
  const yes = view.cues('answer-yes').find((m) => m.first === view.clause.first);
  if (!yes) return undefined;
  const { tokens, text, start } = view.sentence;
  if (!textBetween(text, start, tokens[yes.last], tokens[yes.last + 1]).includes(',')) return undefined;
  // "Ja, av FDA (som Kybella)": a name of the treatment asked about does not change what is answered.
  if (view.named.some((id) => !asked.some((claim) => claim.subject === id))) return undefined;
  return view.cues('fda').find((m) => m.first > yes.last && m.first - yes.last <= APPROVER_REACH);
}

export const approverAnswer: ClaimRule = {
  kind: 'claim',
  name: 'approver-answer',
  predicate: 'fda-approved',
  read(view) {
    const fda = answeredApprover(view);
    const asked = view.context.approvalAsked;
    if (!fda || !asked) return [];
    const purposes = view.cues('purpose').filter((p) => p.first > fda.last);
    const uses = view.indicationMatches.filter((m) =>
      purposes.some((p) => m.first > p.last && m.first - p.last <= USE_REACH),
    );
    const placed: PlacedClaim[] = [];
    for (const claim of asked) {
      placed.push({ at: fda.first, rule: 'approver-answer', claim });
      for (const use of uses)
        placed.push({ at: use.first, rule: 'approver-answer', claim: { ...claim, object: idOf(use) } });
    }
    return placed;
  },
};
