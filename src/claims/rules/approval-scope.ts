/**
 * `approval-scope`: in a clause about approval, effect and purpose words give the
 * approval's scope ("approved by the FDA for fat under the chin", "godkjent av FDA, men
 * bare til behandling av fett under haken"), not an effect claim.
 *
 * @module
 */
import { isRole } from '../lexicon.js';
import { answeredApprover } from './approver-answer.js';
import type { CueSuppressor } from './types.js';
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
    return approval !== undefined && match.first > approval.last;
  },
};
