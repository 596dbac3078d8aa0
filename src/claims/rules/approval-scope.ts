/**
 * `approval-scope`: in a clause about approval, effect and purpose words give the
 * approval's scope ("approved by the FDA for fat under the chin", "godkjent av FDA, men
 * bare til behandling av fett under haken"), not an effect claim. An effect word right after
 * "approved for" ("the only injection the agency has approved for dissolving fat", "godkjent for
 * å løse opp fett") is the scope too, whoever approved.
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import { answeredApprover } from './approver-answer.js';
import type { ClauseView, CueSuppressor } from './types.js';
import { prefixNegatedApproval } from './unapproved.js';

export const approvalScope: CueSuppressor = {
  kind: 'cue',
  name: 'approval-scope',
  roles: ['efficacy', 'purpose'],
  drops(view, match) {
    // "**Er det godkjent?** Ja, av FDA, men bare mot fett under haken": the answer's approver (`approver-answer`).
    const approver = answeredApprover(view);
    if (isRole(match, 'purpose'))
      return (
        view.has('approval') ||
        view.has('off-label') ||
        prefixNegatedApproval(view) !== undefined ||
        (approver !== undefined && match.first > approver.last)
      );
    // "an unapproved treatment for cellulite": a prefix-negated approval word needs no FDA to give a scope.
    const approval =
      (view.context.fdaNearby ? view.cues('approval')[0] : undefined) ?? prefixNegatedApproval(view) ?? approver;
    // The approval word itself is no effect word either ("The US regulator has cleared one drug": "cleared").
    // Before it, an effect word joined to the word before by a hyphen modifies a noun: "One fat-dissolving
    // medicine, deoxycholic acid, has been approved by the FDA" names a kind of drug, not a claimed effect.
    return (
      (approval !== undefined &&
        (match.first >= approval.first || view.sentence.tokens[match.first]?.joinedToPrevious === true)) ||
      afterApprovedFor(view, match.first)
    );
  },
};

/** How many words ("to", "å") may stand between "approved for" and the effect word. */
const INFINITIVE_REACH = 1;

/** Whether an effect word at `at` stands right after an approval word and its purpose word ("approved for dissolving"). */
function afterApprovedFor(view: ClauseView, at: number): boolean {
  const approvals = view.cues('approval');
  return view
    .cues('purpose')
    .some((p) => p.last < at && at - p.last - 1 <= INFINITIVE_REACH && approvals.some((a) => a.last === p.first - 1));
}
